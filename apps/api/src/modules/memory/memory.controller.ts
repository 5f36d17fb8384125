import * as os from 'node:os';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { diskStorage } from 'multer';
import {
  MAX_TMX_BYTES,
  analysisQuerySchema,
  analysisSchema,
  concordanceQuerySchema,
  concordanceResponseSchema,
  memorySettingsSchema,
  memorySettingsUpdateSchema,
  tmxExportQuerySchema,
  tmxImportProgressSchema,
  tmxImportQuerySchema,
  tmxImportResultSchema,
  type Analysis,
  type AnalysisQuery,
  type ConcordanceQuery,
  type ConcordanceResponse,
  type MemorySettings,
  type MemorySettingsUpdate,
  type TmxExportQuery,
  type TmxImportProgress,
  type TmxImportQuery,
  type TmxImportResult,
} from '@interlinea/shared';
import { ApiContract, BINARY, files } from '../../common/openapi/api-contract.decorator';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { AnalysisService, analysisCsv } from './lookup/analysis.service';
import { MemoryExchangeService, type UploadedTmx } from './tmx/memory-exchange.service';
import { MemoryService } from './memory.service';

@ApiTags('memory')
@Controller()
export class MemoryController {
  constructor(
    private readonly memory: MemoryService,
    private readonly exchange: MemoryExchangeService,
    private readonly analysis: AnalysisService,
  ) {}

  @ApiContract({ response: concordanceResponseSchema })
  @Get('projects/:projectId/memory/search')
  search(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Query(new ZodValidationPipe(concordanceQuerySchema)) query: ConcordanceQuery,
  ): Promise<ConcordanceResponse> {
    return this.memory.concordance(user, projectId, query);
  }

  @ApiContract({ response: memorySettingsSchema })
  @Get('projects/:projectId/memory/settings')
  settings(@CurrentUser() user: SessionUser, @Param('projectId', ParseUUIDPipe) projectId: string): Promise<MemorySettings> {
    return this.memory.settings(user, projectId);
  }

  @ApiContract({ response: memorySettingsSchema })
  @Put('projects/:projectId/memory/settings')
  updateSettings(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Body(new ZodValidationPipe(memorySettingsUpdateSchema)) body: MemorySettingsUpdate,
  ): Promise<MemorySettings> {
    return this.memory.updateSettings(user, projectId, body);
  }

  @ApiContract({
    response: tmxImportResultSchema,
    errors: { 400: 'FILE_REJECTED: the file is missing, or not what it claims to be.', 413: 'FILE_TOO_LARGE: the file is over the size limit.' },
  })
  @Post('projects/:projectId/memory/import')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { storage: diskStorage({ destination: os.tmpdir() }), limits: { fileSize: MAX_TMX_BYTES, files: 1 } }))
  import(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Query(new ZodValidationPipe(tmxImportQuerySchema)) query: TmxImportQuery,
    @UploadedFile() file: UploadedTmx | undefined,
  ): Promise<TmxImportResult> {
    return this.exchange.import(user, projectId, query, file);
  }

  @ApiContract({ response: tmxImportProgressSchema })
  @Get('projects/:projectId/memory/import/progress/:token')
  importProgress(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Param('token') token: string,
  ): Promise<TmxImportProgress> {
    return this.exchange.progressOf(user, projectId, token);
  }

  @ApiContract({ response: files('application/x-tmx+xml') })
  @Get('projects/:projectId/memory/export')
  async export(
    @CurrentUser() user: SessionUser,
    @Param('projectId', ParseUUIDPipe) projectId: string,
    @Query(new ZodValidationPipe(tmxExportQuerySchema)) query: TmxExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const tmx = await this.exchange.export(user, projectId, query);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${tmx.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(tmx.fileName)}`,
    );
    return new StreamableFile(tmx.stream, { type: 'application/x-tmx+xml; charset=utf-8' });
  }

  @ApiContract({ response: { 'application/json': analysisSchema, 'text/csv': BINARY } })
  @Get('documents/:documentId/analysis')
  async analyse(
    @CurrentUser() user: SessionUser,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Query(new ZodValidationPipe(analysisQuerySchema)) query: AnalysisQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Analysis | string> {
    const analysis = await this.analysis.analyse(user, documentId, query.lang);
    if (query.format === 'json') return analysis;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="analysis.${query.lang}.csv"`);
    return analysisCsv(analysis);
  }
}
