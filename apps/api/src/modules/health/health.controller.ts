import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { healthStatusSchema } from '@interlinea/shared';
import { Public } from '../../common/http/public.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Liveness and database readiness; 503 while the database does not answer. */
  @Public()
  @ApiContract({ response: healthStatusSchema, errors: { 503: 'INTERNAL_ERROR: the database does not answer.' } })
  @Get()
  async check(): Promise<{ status: 'ok'; database: 'up' }> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new HttpException({ status: 'error', database: 'down' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: 'up' };
  }
}
