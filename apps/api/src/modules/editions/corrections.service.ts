import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ERROR_CODES, type CorrectionPair, type CorrectionPreview, type CorrectionResult, type Language } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import type { DocumentScope } from '../access/scope.repository';
import { readUpload, type UploadedDocument } from '../documents/document-import.service';
import type { SegmentedDocument } from '../documents/document-import';
import { DocumentParser } from '../documents/parsing/document-parser';
import { matchCorrection } from './correction-matching';
import { CorrectionsRepository, type KeptSegment, type StoredCorrection } from './corrections.repository';
import { OriginsRepository } from './origins.repository';

/**
 * A corrected version of a document's original, imported over it: previewed first (what stays, what
 * changed, what is new or removed), then applied all or nothing. Segments are matched to the old
 * ones (identical text first, then position and similarity), so every translation stays with its
 * sentence; the changed ones are flagged outdated in every edition by their raised source version.
 */
@Injectable()
export class CorrectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly parser: DocumentParser,
    private readonly corrections: CorrectionsRepository,
    private readonly origins: OriginsRepository,
  ) {}

  async preview(user: SessionUser, documentId: string, file: UploadedDocument | undefined): Promise<CorrectionPreview> {
    const { document, project } = await this.access.document(user, documentId, 'manage');
    const { fileName, segmented } = await this.read(file, document, project.sourceLanguage);
    const previewId = await this.corrections.store(documentId, file!.originalname, file!.buffer, user.id);
    const pairs = matchCorrection(await this.corrections.segments(documentId), segmented.segments);
    return { previewId, fileName, ...counts(pairs), pairs };
  }

  /** Applies a previewed correction (`previewId`), or a file sent again; nothing changes unless all of it does. */
  async apply(user: SessionUser, documentId: string, previewId: string | undefined, file: UploadedDocument | undefined): Promise<CorrectionResult> {
    const { document, project } = await this.access.document(user, documentId, 'manage');
    if (!previewId && !file) throw AppException.invalid('previewId', 'give the previewId of a preview, or the file again');
    let id = previewId;
    if (!id) {
      await this.read(file, document, project.sourceLanguage);
      id = await this.corrections.store(documentId, file!.originalname, file!.buffer, user.id);
    }
    const stored = await this.corrections.find(id);
    if (!stored || stored.documentId !== documentId) throw AppException.notFound('Correction preview');
    // parsed before the transaction: the document is locked only while its segments are rewritten
    const { segmented } = await this.read(asUpload(stored), document, project.sourceLanguage);
    const correctionId = id;
    return this.dataSource.transaction(async (manager) => {
      const correction = await this.corrections.find(correctionId, manager);
      if (correction?.appliedAt) throw new AppException(ERROR_CODES.correctionInvalid, 'This corrected original was already applied');
      const old = await this.corrections.lockSegments(documentId, manager);
      const pairs = matchCorrection(old, segmented.segments);
      const change = { ...plan(pairs, segmented), original: stored.original, skeleton: segmented.skeleton, authorId: user.id };
      await this.corrections.rewrite(documentId, change, manager);
      await this.corrections.markApplied(correctionId, manager);
      return { ...counts(pairs), segmentCount: segmented.segments.length, outdated: await this.origins.outdatedCounts(documentId, manager) };
    });
  }

  private async read(
    file: UploadedDocument | undefined,
    document: DocumentScope,
    language: Language,
  ): Promise<{ fileName: string; segmented: SegmentedDocument }> {
    const { fileName, parsed, segmented } = await readUpload(this.parser, file, { mainContentOnly: false }, language);
    if (parsed.format !== document.format) {
      throw AppException.invalid('file', `the corrected original must be a ${document.format} file, like the document`);
    }
    if (segmented.segments.length === 0) throw AppException.invalid('file', 'the corrected original has no text to translate');
    return { fileName, segmented };
  }
}

function asUpload(correction: StoredCorrection): UploadedDocument {
  return { originalname: correction.fileName, buffer: correction.original, size: correction.original.length };
}

function counts(pairs: CorrectionPair[]): Pick<CorrectionResult, 'unchanged' | 'changed' | 'new' | 'removed'> {
  const count = (kind: CorrectionPair['kind']) => pairs.filter((p) => p.kind === kind).length;
  return { unchanged: count('unchanged'), changed: count('changed'), new: count('new'), removed: count('removed') };
}

/** What the pairs ask of the stored segments. */
function plan(pairs: CorrectionPair[], segmented: SegmentedDocument): { kept: KeptSegment[]; added: SegmentedDocument['segments']; removed: string[] } {
  const kept: KeptSegment[] = [];
  const added: SegmentedDocument['segments'] = [];
  const removed: string[] = [];
  for (const p of pairs) {
    if (p.kind === 'removed') removed.push(p.segmentId!);
    else if (p.kind === 'new') added.push(segmented.segments[p.newIndex!]);
    else kept.push({ id: p.segmentId!, segment: segmented.segments[p.newIndex!], changed: p.kind === 'changed' });
  }
  return { kept, added, removed };
}
