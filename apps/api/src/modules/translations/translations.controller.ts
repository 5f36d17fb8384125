import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  languageSchema,
  matchesResponseSchema,
  reviewRequestSchema,
  revertRequestSchema,
  revisionSchema,
  saveTranslationRequestSchema,
  translationSchema,
  versionConflictDetailsSchema,
  type Language,
  type MatchesResponse,
  type ReviewRequest,
  type RevertRequest,
  type Revision,
  type SaveTranslationRequest,
  type Translation,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { TranslationsService } from './translations.service';

const languageParam = new ZodValidationPipe(languageSchema);
const versionConflict = {
  409: {
    description: 'VERSION_CONFLICT: someone saved the segment after `version`; `details.current` is the translation now.',
    details: versionConflictDetailsSchema,
  },
};

@ApiTags('translations')
@Controller('segments/:segmentId')
export class TranslationsController {
  constructor(private readonly translations: TranslationsService) {}

  @ApiContract({ response: translationSchema, errors: versionConflict })
  @Put('translations/:lang')
  save(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Param('lang', languageParam) lang: Language,
    @Body(new ZodValidationPipe(saveTranslationRequestSchema)) body: SaveTranslationRequest,
  ): Promise<Translation> {
    return this.translations.save(user, segmentId, lang, body);
  }

  @ApiContract({ response: translationSchema, errors: versionConflict })
  @Post('translations/:lang/review')
  @HttpCode(200)
  review(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Param('lang', languageParam) lang: Language,
    @Body(new ZodValidationPipe(reviewRequestSchema)) body: ReviewRequest,
  ): Promise<Translation> {
    return this.translations.review(user, segmentId, lang, body);
  }

  @ApiContract({ response: z.array(revisionSchema) })
  @Get('translations/:lang/revisions')
  revisions(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Param('lang', languageParam) lang: Language,
  ): Promise<Revision[]> {
    return this.translations.revisions(user, segmentId, lang);
  }

  /** Restores an earlier revision as a new one (kind `reverted`), over the current `version`. */
  @ApiContract({ response: translationSchema, errors: versionConflict })
  @Post('translations/:lang/revert')
  @HttpCode(200)
  revert(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Param('lang', languageParam) lang: Language,
    @Body(new ZodValidationPipe(revertRequestSchema)) body: RevertRequest,
  ): Promise<Translation> {
    return this.translations.revert(user, segmentId, lang, body);
  }

  @ApiContract({ response: matchesResponseSchema })
  @Get('matches')
  matches(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Query('lang', languageParam) lang: Language,
  ): Promise<MatchesResponse> {
    return this.translations.matches(user, segmentId, lang);
  }
}
