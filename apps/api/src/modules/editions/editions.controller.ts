import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  confirmOutdatedRequestSchema,
  correctSourceRequestSchema,
  correctSourceResultSchema,
  languageSchema,
  provenanceSchema,
  sourceConflictDetailsSchema,
  translationSchema,
  versionConflictDetailsSchema,
  type ConfirmOutdatedRequest,
  type CorrectSourceRequest,
  type CorrectSourceResult,
  type Language,
  type Provenance,
  type Translation,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import { ProvenanceService } from './provenance.service';
import { SourceCorrectionService } from './source-correction.service';

const languageParam = new ZodValidationPipe(languageSchema);

/** A segment's original corrected, and its translations' provenance: what they were made from, what changed since. */
@ApiTags('editions')
@Controller('segments/:segmentId')
export class EditionsController {
  constructor(
    private readonly provenance: ProvenanceService,
    private readonly sources: SourceCorrectionService,
  ) {}

  @ApiContract({
    response: correctSourceResultSchema,
    errors: {
      403: "FORBIDDEN: correcting the original is a manager's call.",
      409: {
        description: 'VERSION_CONFLICT: the source was corrected after `version`; `details.current` is the source now.',
        details: sourceConflictDetailsSchema,
      },
    },
  })
  @Patch('source')
  correctSource(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Body(new ZodValidationPipe(correctSourceRequestSchema)) body: CorrectSourceRequest,
  ): Promise<CorrectSourceResult> {
    return this.sources.correct(user, segmentId, body);
  }

  @ApiContract({ response: provenanceSchema })
  @Get('translations/:lang/provenance')
  origin(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Param('lang', languageParam) lang: Language,
  ): Promise<Provenance> {
    return this.provenance.provenance(user, segmentId, lang);
  }

  /** The outdated translation still holds: recorded as an `outdated-confirmed` revision. */
  @ApiContract({
    response: translationSchema,
    errors: {
      409: {
        description: 'NOT_OUTDATED: the translation is not outdated; VERSION_CONFLICT: it changed after `version` (`details.current`).',
        details: versionConflictDetailsSchema,
      },
    },
  })
  @Post('translations/:lang/confirm-outdated')
  @HttpCode(200)
  confirm(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Param('lang', languageParam) lang: Language,
    @Body(new ZodValidationPipe(confirmOutdatedRequestSchema)) body: ConfirmOutdatedRequest,
  ): Promise<Translation> {
    return this.provenance.confirm(user, segmentId, lang, body);
  }
}
