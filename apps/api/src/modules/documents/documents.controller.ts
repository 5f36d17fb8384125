import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Response } from 'express';
import {
  MAX_UPLOAD_BYTES,
  documentSummarySchema,
  exportAllQuerySchema,
  exportPreviewQuerySchema,
  exportPreviewSchema,
  exportQuerySchema,
  parallelQuerySchema,
  exportRefusalDetailsSchema,
  importOptionsSchema,
  importResultSchema,
  languageMismatchDetailsSchema,
  qaExportRefusalSchema,
  languageSchema,
  segmentRowSchema,
  segmentPageQuerySchema,
  summaryQuerySchema,
  SEGMENT_TOTAL_HEADER,
  type SegmentPageQuery,
  type SummaryQuery,
  xliffUpdateResultSchema,
  type DocumentSummary,
  type ExportAllQuery,
  type ExportPreview,
  type ExportPreviewQuery,
  type ParallelQuery,
  type ExportQuery,
  type ImportOptions,
  type ImportResult,
  type Language,
  type SegmentRow,
  type XliffUpdateResult,
} from '@interlinea/shared';
import { RequestAborted } from '../../common/http/request-aborted';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { QueryValidationPipe } from '../../common/pipes/query-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract, files } from '../../common/openapi/api-contract.decorator';
import { DocumentsService } from './documents.service';
import { DocumentImportService, type UploadedDocument } from './document-import.service';
import { EditionExportService, type ExportedEdition } from './edition-export.service';
import { PublisherExportService } from './publisher-export.service';

const singleFile = FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
const uploadErrors = {
  400: 'FILE_REJECTED: the file is missing, or not what it claims to be.',
  413: 'FILE_TOO_LARGE: the file is over the size limit.',
  422: 'PDF_NO_TEXT: a PDF without a text layer (scanned pages).',
};
const importErrors = {
  ...uploadErrors,
  409: {
    description: "LANGUAGE_MISMATCH: the text is not in the project's source language; nothing was stored. Upload again with `confirmLanguage=true`.",
    details: languageMismatchDetailsSchema,
  },
};
/** An edition comes in its document's format (txt, md, html, docx, odt; a PDF's as docx, odt, html or md) or as XLIFF. */
const editionFiles = files(
  'text/plain',
  'text/markdown',
  'text/html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/xliff+xml',
);

@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly importer: DocumentImportService,
    private readonly exporter: EditionExportService,
    private readonly publisher: PublisherExportService,
  ) {}

  @ApiContract({ response: importResultSchema, errors: importErrors })
  @Post('projects/:projectId/documents')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        file: { type: 'string', format: 'binary' },
        mainContentOnly: { type: 'string', enum: ['true', 'false'] },
        confirmLanguage: { type: 'string', enum: ['true', 'false'] },
      },
    },
  })
  @UseInterceptors(singleFile)
  upload(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @UploadedFile() file: UploadedDocument | undefined,
    @Body(new ZodValidationPipe(importOptionsSchema)) options: ImportOptions,
    @RequestAborted() aborted: AbortSignal,
  ): Promise<ImportResult> {
    return this.importer.import(user, projectId, file, options, aborted);
  }

  /** A translated XLIFF of this document, back from another CAT tool. */
  @ApiContract({ response: xliffUpdateResultSchema, errors: uploadErrors })
  @Post('documents/:id/xliff')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(singleFile)
  updateFromXliff(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<XliffUpdateResult> {
    return this.importer.updateFromXliff(user, id, file);
  }

  @ApiContract({ response: z.array(documentSummarySchema) })
  @Get('projects/:projectId/documents')
  list(@CurrentUser() user: SessionUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<DocumentSummary[]> {
    return this.documents.list(user, projectId);
  }

  @ApiContract({ response: documentSummarySchema, errors: { 400: '`progress` is neither true nor false.' } })
  @Get('documents/:id')
  get(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new QueryValidationPipe(summaryQuerySchema)) query: SummaryQuery,
  ): Promise<DocumentSummary> {
    return this.documents.get(user, id, { progress: query.progress !== 'false' });
  }

  @ApiContract({
    response: z.array(segmentRowSchema),
    errors: { 400: '`offset` or `limit` is not a whole number in range; the message names the parameter.' },
  })
  @Get('documents/:id/segments')
  async segments(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query('lang', new ZodValidationPipe(languageSchema)) lang: Language,
    @Query(new QueryValidationPipe(segmentPageQuerySchema)) page: SegmentPageQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SegmentRow[]> {
    const { rows, total } = await this.documents.segments(user, id, lang, page);
    res.setHeader(SEGMENT_TOTAL_HEADER, String(total));
    return rows;
  }

  @ApiContract({
    response: editionFiles,
    errors: {
      409: {
        description: 'QA_ERRORS: the edition has open QA errors and `overrideQa=true` was not given; `details` counts them.',
        details: qaExportRefusalSchema,
      },
      422: { description: 'With `unapproved=refuse`: `details.segments` lists the segments not approved.', details: exportRefusalDetailsSchema },
    },
  })
  @Get('documents/:id/export')
  async export(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(exportQuerySchema)) query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return download(res, await this.exporter.export(user, id, query));
  }

  /** Before exporting: how many rejected, unreviewed and untranslated segments would go out, and which. */
  @ApiContract({ response: exportPreviewSchema })
  @Get('documents/:id/export/preview')
  exportPreview(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(exportPreviewQuerySchema)) query: ExportPreviewQuery,
  ): Promise<ExportPreview> {
    return this.publisher.preview(user, id, query);
  }

  /** The source and one or two editions side by side, paragraph by paragraph: a printable HTML page or a Word table. */
  @ApiContract({
    response: files('text/html', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    errors: { 409: { description: 'QA_ERRORS: an edition has open QA errors and `overrideQa=true` was not given.', details: qaExportRefusalSchema } },
  })
  @Get('documents/:id/export/parallel')
  async exportParallel(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(parallelQuerySchema)) query: ParallelQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return download(res, await this.publisher.parallel(user, id, query));
  }

  /** Every edition of the document, each in its own format (or XLIFF) with the same choices, in one ZIP. */
  @ApiContract({
    response: files('application/zip'),
    errors: {
      409: { description: 'QA_ERRORS: an edition has open QA errors and `overrideQa=true` was not given.', details: qaExportRefusalSchema },
      422: {
        description: 'With `unapproved=refuse`: `details.segments` lists the segments of the first edition not approved.',
        details: exportRefusalDetailsSchema,
      },
    },
  })
  @Get('documents/:id/export/all')
  async exportAll(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(exportAllQuerySchema)) query: ExportAllQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return download(res, await this.publisher.all(user, id, query));
  }
}

function download(res: Response, file: ExportedEdition): StreamableFile {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  return new StreamableFile(Buffer.from(file.bytes));
}

function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
}
