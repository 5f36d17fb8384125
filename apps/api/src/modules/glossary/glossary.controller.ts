import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Response } from 'express';
import {
  createGlossaryTermRequestSchema,
  glossaryExportQuerySchema,
  glossaryImportRequestSchema,
  glossaryImportResultSchema,
  glossaryListQuerySchema,
  glossaryTermSchema,
  languageSchema,
  segmentGlossarySchema,
  updateGlossaryTermRequestSchema,
  MAX_UPLOAD_BYTES,
  type CreateGlossaryTermRequest,
  type GlossaryExportQuery,
  type GlossaryImportRequest,
  type GlossaryImportResult,
  type GlossaryListQuery,
  type GlossaryTerm,
  type Language,
  type SegmentGlossary,
  type UpdateGlossaryTermRequest,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract, files } from '../../common/openapi/api-contract.decorator';
import { GlossaryService, type GlossaryFile } from './glossary.service';

@ApiTags('glossary')
@Controller()
export class GlossaryController {
  constructor(private readonly glossary: GlossaryService) {}

  @ApiContract({ response: z.array(glossaryTermSchema) })
  @Get('projects/:projectId/glossary')
  list(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Query(new ZodValidationPipe(glossaryListQuerySchema)) query: GlossaryListQuery,
  ): Promise<GlossaryTerm[]> {
    return this.glossary.list(user, projectId, query);
  }

  @ApiContract({ response: glossaryTermSchema })
  @Post('projects/:projectId/glossary')
  create(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Body(new ZodValidationPipe(createGlossaryTermRequestSchema)) body: CreateGlossaryTermRequest,
  ): Promise<GlossaryTerm> {
    return this.glossary.create(user, projectId, body);
  }

  @ApiContract({ response: glossaryTermSchema })
  @Patch('glossary/:termId')
  update(
    @CurrentUser() user: SessionUser,
    @Param('termId', ParseUUIDPipe) termId: string,
    @Body(new ZodValidationPipe(updateGlossaryTermRequestSchema)) body: UpdateGlossaryTermRequest,
  ): Promise<GlossaryTerm> {
    return this.glossary.update(user, termId, body);
  }

  @ApiContract({ response: null })
  @Delete('glossary/:termId')
  @HttpCode(204)
  remove(@CurrentUser() user: SessionUser, @Param('termId', ParseUUIDPipe) termId: string): Promise<void> {
    return this.glossary.remove(user, termId);
  }

  @ApiContract({
    response: glossaryImportResultSchema,
    errors: { 400: 'FILE_REJECTED: the file is missing, or not what it claims to be.', 413: 'FILE_TOO_LARGE: the file is over the size limit.' },
  })
  @Post('projects/:projectId/glossary/import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        file: { type: 'string', format: 'binary' },
        sourceLanguage: { type: 'string' },
        targetLanguage: { type: 'string' },
        format: { type: 'string' },
      },
    },
  })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  import(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Body(new ZodValidationPipe(glossaryImportRequestSchema)) body: GlossaryImportRequest,
    @UploadedFile() file: GlossaryFile | undefined,
  ): Promise<GlossaryImportResult> {
    return this.glossary.import(user, projectId, body, file);
  }

  @ApiContract({ response: files('text/csv', 'application/x-tbx+xml') })
  @Get('projects/:projectId/glossary/export')
  async export(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Query(new ZodValidationPipe(glossaryExportQuerySchema)) query: GlossaryExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const file = await this.glossary.export(user, projectId, query);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }

  @ApiContract({ response: segmentGlossarySchema })
  @Get('segments/:segmentId/glossary')
  forSegment(
    @CurrentUser() user: SessionUser,
    @Param('segmentId', ParseUUIDPipe) segmentId: string,
    @Query('lang', new ZodValidationPipe(languageSchema)) lang: Language,
  ): Promise<SegmentGlossary> {
    return this.glossary.forSegment(user, segmentId, lang);
  }
}
