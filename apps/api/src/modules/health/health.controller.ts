import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ERROR_CODES, healthStatusSchema, type HealthStatus } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import { databaseProblem, DATABASE_RETRY_AFTER_SECONDS } from '../../common/errors/database-unavailable';
import { Public } from '../../common/http/public.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Liveness and database readiness; 503 saying what is down, and why, while the database does not answer. */
  @Public()
  @ApiContract({ response: healthStatusSchema, errors: { 503: 'DATABASE_UNAVAILABLE: the database does not answer; details say why.' } })
  @Get()
  async check(): Promise<HealthStatus> {
    try {
      await this.db.query('SELECT 1');
    } catch (error) {
      throw new AppException(ERROR_CODES.databaseUnavailable, 'The database does not answer.', {
        status: 'error',
        database: 'down',
        reason: databaseProblem(error),
        retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      });
    }
    return { status: 'ok', database: 'up' };
  }
}
