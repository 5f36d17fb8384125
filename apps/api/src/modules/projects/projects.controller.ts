import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  createProjectRequestSchema,
  projectSummarySchema,
  summaryQuerySchema,
  type CreateProjectRequest,
  type ProjectSummary,
  type SummaryQuery,
} from '@interlinea/shared';
import { QueryValidationPipe } from '../../common/pipes/query-validation.pipe';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @ApiContract({ response: z.array(projectSummarySchema) })
  @Get()
  list(@CurrentUser() user: SessionUser): Promise<ProjectSummary[]> {
    return this.projects.listMine(user);
  }

  @ApiContract({ response: projectSummarySchema })
  @Post()
  create(@CurrentUser() user: SessionUser, @Body(new ZodValidationPipe(createProjectRequestSchema)) body: CreateProjectRequest): Promise<ProjectSummary> {
    return this.projects.create(user, body);
  }

  @ApiContract({ response: projectSummarySchema, errors: { 400: '`progress` is neither true nor false.' } })
  @Get(':id')
  get(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new QueryValidationPipe(summaryQuerySchema)) query: SummaryQuery,
  ): Promise<ProjectSummary> {
    return this.projects.get(user, id, { progress: query.progress !== 'false' });
  }
}
