import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  languageSchema,
  machineTranslationQuerySchema,
  machineTranslationStatusSchema,
  machineTranslationSuggestionSchema,
  postEditingStatisticsSchema,
  projectLanguageSettingsSchema,
  updateProjectLanguageRequestSchema,
  type Language,
  type MachineTranslationQuery,
  type MachineTranslationStatus,
  type MachineTranslationSuggestion,
  type PostEditingStatistics,
  type ProjectLanguageSettings,
  type UpdateProjectLanguageRequest,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { MachineTranslationService } from './machine-translation.service';
import { PostEditingService } from './post-editing/post-editing.service';

@ApiTags('machine-translation')
@Controller()
export class MachineTranslationController {
  constructor(
    private readonly machineTranslation: MachineTranslationService,
    private readonly postEdits: PostEditingService,
  ) {}

  @ApiContract({ response: machineTranslationStatusSchema })
  @Get('projects/:projectId/machine-translation/status')
  status(@CurrentUser() user: SessionUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<MachineTranslationStatus> {
    return this.machineTranslation.status(user, projectId);
  }

  @ApiContract({
    response: machineTranslationSuggestionSchema,
    errors: {
      503: 'MT_DISABLED, MT_AUTH_FAILED, MT_QUOTA_EXCEEDED, MT_UNAVAILABLE: machine translation is off, or DeepL refused or failed.',
      504: 'MT_TIMEOUT: DeepL did not answer in time.',
    },
  })
  @Get('segments/:segmentId/machine-translation')
  suggest(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Query(new ZodValidationPipe(machineTranslationQuerySchema)) query: MachineTranslationQuery,
  ): Promise<MachineTranslationSuggestion> {
    return this.machineTranslation.suggest(user, segmentId, query.lang);
  }

  @ApiContract({ response: z.array(projectLanguageSettingsSchema) })
  @Get('projects/:projectId/languages')
  languages(@CurrentUser() user: SessionUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<ProjectLanguageSettings[]> {
    return this.machineTranslation.languageSettings(user, projectId);
  }

  @ApiContract({ response: projectLanguageSettingsSchema })
  @Patch('projects/:projectId/languages/:lang')
  updateLanguage(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Param('lang', new ZodValidationPipe(languageSchema)) lang: Language,
    @Body(new ZodValidationPipe(updateProjectLanguageRequestSchema)) body: UpdateProjectLanguageRequest,
  ): Promise<ProjectLanguageSettings> {
    return this.machineTranslation.updateLanguage(user, projectId, lang, body);
  }

  @ApiContract({ response: postEditingStatisticsSchema })
  @Get('projects/:projectId/statistics/post-editing')
  postEditing(@CurrentUser() user: SessionUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<PostEditingStatistics> {
    return this.postEdits.statistics(user, projectId);
  }
}
