import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  exportOverrideSchema,
  qaEditionContextSchema,
  qaIgnoreRequestSchema,
  qaIgnoreSchema,
  qaReportFindingSchema,
  qaReportQuerySchema,
  qaSettingsSchema,
  updateQaSettingsSchema,
  type ExportOverride,
  type QaEditionContext,
  type QaIgnore,
  type QaIgnoreRequest,
  type QaReportFinding,
  type QaReportQuery,
  type QaSettings,
  type UpdateQaSettings,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { QaService } from './qa.service';

@ApiTags('qa')
@Controller()
export class QaController {
  constructor(private readonly qa: QaService) {}

  /** The QA report of an edition: every finding, with its message in the reader's language (Accept-Language). */
  @ApiContract({ response: z.array(qaReportFindingSchema) })
  @Get('documents/:id/qa')
  report(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(qaReportQuerySchema)) query: QaReportQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<QaReportFinding[]> {
    return this.qa.report(user, id, query.lang, acceptLanguage);
  }

  @ApiContract({ response: qaEditionContextSchema })
  @Get('documents/:id/qa/context')
  context(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(qaReportQuerySchema)) query: QaReportQuery,
  ): Promise<QaEditionContext> {
    return this.qa.context(user, id, query.lang);
  }

  @ApiContract({ response: z.array(exportOverrideSchema) })
  @Get('documents/:id/export-overrides')
  exportOverrides(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<ExportOverride[]> {
    return this.qa.exportOverrides(user, id);
  }

  @ApiContract({ response: qaIgnoreSchema })
  @Post('segments/:id/qa-ignores')
  ignore(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodValidationPipe(qaIgnoreRequestSchema)) body: QaIgnoreRequest,
  ): Promise<QaIgnore> {
    return this.qa.ignore(user, id, body);
  }

  /** Un-ignores: `?language=de&code=NUMBER_MISMATCH`, or the same fields as a JSON body. */
  @ApiContract({ response: null })
  @Delete('segments/:id/qa-ignores')
  @HttpCode(204)
  unignore(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(qaIgnoreRequestSchema.partial())) query: Partial<QaIgnoreRequest>,
    @Body(new ZodValidationPipe(qaIgnoreRequestSchema.partial())) body: Partial<QaIgnoreRequest>,
  ): Promise<void> {
    return this.qa.unignore(user, id, new ZodValidationPipe(qaIgnoreRequestSchema).transform({ ...body, ...query }));
  }

  @ApiContract({ response: qaSettingsSchema })
  @Get('projects/:projectId/qa-settings')
  settings(@CurrentUser() user: SessionUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<QaSettings> {
    return this.qa.settings(user, projectId);
  }

  @ApiContract({ response: qaSettingsSchema })
  @Put('projects/:projectId/qa-settings')
  updateSettings(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Body(new ZodValidationPipe(updateQaSettingsSchema)) body: UpdateQaSettings,
  ): Promise<QaSettings> {
    return this.qa.updateSettings(user, projectId, body);
  }

  /** The same as PUT; usually with `{ checks: { CODE: false } }` to switch some checks only. */
  @ApiContract({ response: qaSettingsSchema })
  @Patch('projects/:projectId/qa-settings')
  patchSettings(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Body(new ZodValidationPipe(updateQaSettingsSchema)) body: UpdateQaSettings,
  ): Promise<QaSettings> {
    return this.qa.updateSettings(user, projectId, body);
  }
}
