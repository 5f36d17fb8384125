import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { dashboardQuerySchema, projectDashboardSchema, type DashboardQuery, type ProjectDashboard } from '@interlinea/shared';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('projects/:id/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Per document and edition: words and segments by status, outdated, QA errors, open comments; words per day; who did what. */
  @ApiContract({ response: projectDashboardSchema })
  @Get()
  get(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(dashboardQuerySchema)) query: DashboardQuery,
  ): Promise<ProjectDashboard> {
    return this.dashboard.get(user, id, query.weeks);
  }
}
