import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  alignmentCommitRequestSchema,
  alignmentCommitResultSchema,
  alignmentEditRequestSchema,
  alignmentSchema,
  alignmentSummarySchema,
  alignmentUploadRequestSchema,
  MAX_UPLOAD_BYTES,
  type Alignment,
  type AlignmentCommitRequest,
  type AlignmentCommitResult,
  type AlignmentEditRequest,
  type AlignmentSummary,
  type AlignmentUploadRequest,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract } from '../../common/openapi/api-contract.decorator';
import type { UploadedDocument } from '../documents/document-import.service';
import { AlignmentService } from './alignment.service';

const STALE = { 409: 'VERSION_CONFLICT: the alignment changed since `version` (details.current holds it), or is committed already.' };

@ApiTags('alignment')
@Controller()
export class AlignmentController {
  constructor(private readonly alignment: AlignmentService) {}

  @ApiContract({
    response: alignmentSchema,
    errors: { 400: 'FILE_REJECTED / VALIDATION_FAILED: files missing, unreadable or empty; languages not one per file.', 413: 'FILE_TOO_LARGE' },
  })
  @Post('projects/:projectId/alignments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        files: { type: 'array', items: { type: 'string', format: 'binary' } },
        languages: { type: 'string', description: 'language of each file, comma-separated, e.g. "en,de,ru"' },
        title: { type: 'string' },
        machineTranslation: {
          type: 'string',
          enum: ['true', 'false'],
          description: 'compare a machine translation of the first edition (DeepL, when configured)',
        },
      },
    },
  })
  @UseInterceptors(FilesInterceptor('files', 3, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 3 } }))
  upload(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Body(new ZodValidationPipe(alignmentUploadRequestSchema)) body: AlignmentUploadRequest,
    @UploadedFiles() files: UploadedDocument[] | undefined,
  ): Promise<Alignment> {
    return this.alignment.upload(user, projectId, files, body);
  }

  @ApiContract({ response: z.array(alignmentSummarySchema) })
  @Get('projects/:projectId/alignments')
  list(@CurrentUser() user: SessionUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<AlignmentSummary[]> {
    return this.alignment.list(user, projectId);
  }

  @ApiContract({ response: alignmentSchema })
  @Get('alignments/:alignmentId')
  view(@CurrentUser() user: SessionUser, @Param('alignmentId', ParseUUIDPipe) id: string): Promise<Alignment> {
    return this.alignment.view(user, id);
  }

  @ApiContract({ response: alignmentSchema, errors: STALE })
  @Post('alignments/:alignmentId/edits')
  @HttpCode(200)
  edit(
    @CurrentUser() user: SessionUser,
    @Param('alignmentId', ParseUUIDPipe) id: string,
    @Body(new ZodValidationPipe(alignmentEditRequestSchema)) body: AlignmentEditRequest,
  ): Promise<Alignment> {
    return this.alignment.edit(user, id, body);
  }

  @ApiContract({ response: alignmentCommitResultSchema, errors: STALE })
  @Post('alignments/:alignmentId/commit')
  @HttpCode(200)
  commit(
    @CurrentUser() user: SessionUser,
    @Param('alignmentId', ParseUUIDPipe) id: string,
    @Body(new ZodValidationPipe(alignmentCommitRequestSchema)) body: AlignmentCommitRequest,
  ): Promise<AlignmentCommitResult> {
    return this.alignment.commit(user, id, body);
  }
}
