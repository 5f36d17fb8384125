import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  MAX_UPLOAD_BYTES,
  applyCorrectionRequestSchema,
  correctionPreviewSchema,
  correctionResultSchema,
  type ApplyCorrectionRequest,
  type CorrectionPreview,
  type CorrectionResult,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import type { UploadedDocument } from '../documents/document-import.service';
import { CorrectionsService } from './corrections.service';

const singleFile = FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
const uploadErrors = {
  400: 'FILE_REJECTED: the file is missing, or not what it claims to be.',
  413: 'FILE_TOO_LARGE: the file is over the size limit.',
};

/** A corrected version of a document's original: previewed, then applied all or nothing (managers). */
@ApiTags('editions')
@Controller('documents/:id/corrections')
export class CorrectionsController {
  constructor(private readonly corrections: CorrectionsService) {}

  @ApiContract({ response: correctionPreviewSchema, errors: uploadErrors })
  @Post('preview')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(singleFile)
  preview(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<CorrectionPreview> {
    return this.corrections.preview(user, id, file);
  }

  @ApiContract({
    response: correctionResultSchema,
    errors: { ...uploadErrors, 409: 'CORRECTION_INVALID: this corrected original was already applied.' },
  })
  @Post()
  @HttpCode(200)
  @ApiConsumes('application/json', 'multipart/form-data')
  @UseInterceptors(singleFile)
  apply(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodValidationPipe(applyCorrectionRequestSchema)) body: ApplyCorrectionRequest,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<CorrectionResult> {
    return this.corrections.apply(user, id, body.previewId, file);
  }
}
