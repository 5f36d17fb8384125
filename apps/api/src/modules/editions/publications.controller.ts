import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Response } from 'express';
import {
  errataQuerySchema,
  errataSchema,
  publicationDiffQuerySchema,
  publicationDiffSchema,
  publicationExportQuerySchema,
  publicationListQuerySchema,
  publicationSchema,
  publishRequestSchema,
  qaExportRefusalSchema,
  type Errata,
  type Language,
  type Publication,
  type PublicationDiff,
  type PublicationDiffQuery,
  type PublicationExportQuery,
  type PublishRequest,
} from '@interlinea/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe';
import { CurrentUser, type SessionUser } from '../../common/http/current-user.decorator';
import { ApiContract, files } from '../../common/openapi/api-contract.decorator';
import { PublicationsService } from './publications.service';

const publicationFiles = files(
  'text/plain',
  'text/markdown',
  'text/html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'application/xliff+xml',
);

/** Publications of an edition: immutable snapshots, their files, diffs and errata. */
@ApiTags('editions')
@Controller()
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @ApiContract({
    response: publicationSchema,
    errors: {
      403: 'FORBIDDEN: publishing is for managers.',
      409: {
        description: 'QA_ERRORS: the edition has open QA errors and `overrideQa: true` was not given; `details` counts them.',
        details: qaExportRefusalSchema,
      },
    },
  })
  @Post('documents/:id/publications')
  publish(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body(new ZodValidationPipe(publishRequestSchema)) body: PublishRequest,
  ): Promise<Publication> {
    return this.publications.publish(user, id, body.lang, body.overrideQa);
  }

  @ApiContract({ response: z.array(publicationSchema) })
  @Get('documents/:id/publications')
  list(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(publicationListQuerySchema)) query: { lang?: Language },
  ): Promise<Publication[]> {
    return this.publications.list(user, id, query.lang);
  }

  @ApiContract({ response: errataSchema })
  @Get('documents/:id/errata')
  errata(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(errataQuerySchema)) query: { lang: Language },
  ): Promise<Errata> {
    return this.publications.errata(user, id, query.lang);
  }

  /** The publication's file as rendered when it was published: the same bytes at every download. */
  @ApiContract({ response: publicationFiles })
  @Get('publications/:id/export')
  async export(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(publicationExportQuerySchema)) query: PublicationExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.publications.file(user, id, query.format);
    res.setHeader('Content-Type', file.contentType);
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
    res.setHeader('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    return new StreamableFile(Buffer.from(file.bytes));
  }

  @ApiContract({ response: publicationDiffSchema })
  @Get('publications/:id/diff')
  diff(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query(new ZodValidationPipe(publicationDiffQuerySchema)) query: PublicationDiffQuery,
  ): Promise<PublicationDiff> {
    return this.publications.diff(user, id, query.against);
  }
}
