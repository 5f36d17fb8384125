import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  languageSchema, reviewRequestSchema, saveTranslationRequestSchema,
  type Language, type MatchesResponse, type ReviewRequest, type Revision, type SaveTranslationRequest, type Translation,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { TranslationsService } from './translations.service';

const languageParam = new ZodValidationPipe(languageSchema);

@ApiTags('translations')
@Controller('segments/:segmentId')
export class TranslationsController {
  constructor(private readonly translations: TranslationsService) {}

  @Put('translations/:lang')
  save(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Param('lang', languageParam) lang: Language,
    @Body(new ZodValidationPipe(saveTranslationRequestSchema)) body: SaveTranslationRequest,
  ): Promise<Translation> {
    return this.translations.save(user, segmentId, lang, body);
  }

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

  @Get('translations/:lang/revisions')
  revisions(@CurrentUser() user: SessionUser, @Param('segmentId', ParseUUIDPipe) segmentId: string, @Param('lang', languageParam) lang: Language): Promise<Revision[]> {
    return this.translations.revisions(user, segmentId, lang);
  }

  @Get('matches')
  matches(@CurrentUser() user: SessionUser, @Param('segmentId', ParseUUIDPipe) segmentId: string, @Query('lang', languageParam) lang: Language): Promise<MatchesResponse> {
    return this.translations.matches(user, segmentId, lang);
  }
}
