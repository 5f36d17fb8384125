import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { checkCodes, stripCodes } from '@interlinea/inline-codes';
import { countWords } from '@interlinea/segmentation';
import { ERROR_CODES, type CorrectSourceRequest, type CorrectSourceResult } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { sourceHash } from '../documents/document-import';
import { OriginsRepository } from './origins.repository';

/**
 * A manager corrects the original of one segment (an erratum): over the source version the editor
 * saw (409 with both texts when someone corrected it meanwhile), keeping its inline codes. Every
 * edition's translation made before becomes outdated, through whatever pivot it was made.
 */
@Injectable()
export class SourceCorrectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly origins: OriginsRepository,
  ) {}

  async correct(user: SessionUser, segmentId: string, request: CorrectSourceRequest): Promise<CorrectSourceResult> {
    const { project } = await this.access.segment(user, segmentId, 'manage');
    const text = request.text;
    return this.dataSource.transaction(async (manager) => {
      const segment = await this.origins.lockSource(segmentId, manager);
      if (!segment) throw AppException.notFound('Segment');
      if (segment.sourceVersion !== request.version) {
        throw new AppException(ERROR_CODES.conflict, 'Someone corrected this source after you opened it: compare both texts and choose', {
          current: { text: segment.source, version: segment.sourceVersion },
          submitted: { text, version: request.version },
        });
      }
      const wordCount = countWords(stripCodes(text), project.sourceLanguage);
      if (text === segment.source) {
        return {
          id: segmentId,
          source: text,
          sourceVersion: segment.sourceVersion,
          wordCount,
          outdatedIn: await this.origins.outdatedEditions(segmentId, manager),
        };
      }
      if (checkCodes(segment.source, text).length > 0) throw AppException.invalid('text', 'the corrected text must keep the inline codes of the source');
      const sourceVersion = await this.origins.correctSource(segment, { text, sourceHash: sourceHash(text), wordCount, authorId: user.id }, manager);
      return { id: segmentId, source: text, sourceVersion, wordCount, outdatedIn: await this.origins.outdatedEditions(segmentId, manager) };
    });
  }
}
