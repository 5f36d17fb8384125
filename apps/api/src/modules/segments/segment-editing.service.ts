import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { countWords } from '@interlinea/segmentation';
import { isInsideToken, stripCodes, tokenIds, type InlineCode } from '@interlinea/inline-codes';
import type { Language, SegmentRow, SplitSegmentRequest } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { DocumentsRepository } from '../documents/documents.repository';
import { TranslationLedger } from '../ledger/translation-ledger';
import type { LedgerEntry } from '../ledger/translation-change';
import { sourceHash } from '../documents/document-import';
import { SegmentsRepository, type LockedSegment, type SegmentSource } from './segments.repository';

/**
 * Translators split a segment the segmenter joined, or merge two it cut apart, within one block.
 * Translations follow: a split keeps the translation on the first part (or splits it where the
 * translator says), a merge joins both. A changed source needs a fresh look, so every translation
 * touched goes back to draft, with a revision saying why.
 */
@Injectable()
export class SegmentEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly segments: SegmentsRepository,
    private readonly documents: DocumentsRepository,
    private readonly ledger: TranslationLedger,
  ) {}

  async split(user: SessionUser, segmentId: string, language: Language, request: SplitSegmentRequest): Promise<SegmentRow[]> {
    const { project, document } = await this.access.segment(user, segmentId, 'translate', language);
    const documentId = await this.dataSource.transaction(async (manager) => {
      const segment = await this.lockedSegment(segmentId, document.id, manager);
      const offset = request.sourceOffset;
      if (offset >= segment.source.length || isInsideToken(segment.source, offset))
        throw AppException.invalid('sourceOffset', 'split between two characters of the source, not inside a code');
      const head = segment.source.slice(0, offset).trimEnd();
      const tail = segment.source.slice(offset).trimStart();
      if (stripCodes(head).trim() === '' || stripCodes(tail).trim() === '') throw AppException.invalid('sourceOffset', 'both parts need some text');
      const gap = segment.source.slice(head.length, segment.source.length - tail.length);
      const translations = await this.segments.translationsOf(segment.id, manager);
      const sourceLanguage = project.sourceLanguage;
      await this.segments.updateSource(segment.id, sourceOf(head, segment.codes, sourceLanguage, segment.spaceBefore, gap), manager);
      await this.segments.shiftAfter(segment.documentId, segment.index, 1, manager);
      const newId = await this.segments.insertSegment(
        segment.documentId,
        segment.index + 1,
        segment.blockIndex,
        sourceOf(tail, segment.codes, sourceLanguage, '', segment.spaceAfter),
        manager,
      );
      const entries: LedgerEntry[] = [];
      const restructured = (id: string, lang: Language, text: string): LedgerEntry => ({
        segmentId: id,
        language: lang,
        expected: 'latest',
        authorId: user.id,
        change: { kind: 'restructured', text, reason: 'split' },
      });
      for (const t of translations) {
        const at = t.language === language && request.targetOffset !== undefined ? Math.min(request.targetOffset, t.text.length) : t.text.length;
        entries.push(restructured(segment.id, t.language, t.text.slice(0, at).trimEnd()));
        const rest = t.text.slice(at).trim();
        if (rest) entries.push(restructured(newId, t.language, rest));
      }
      await this.ledger.applyAll(entries, manager);
      return segment.documentId;
    });
    this.ledger.afterCommit();
    return this.rowsAround(documentId, segmentId, language, 2);
  }

  async merge(user: SessionUser, segmentId: string, language: Language): Promise<SegmentRow[]> {
    const { project, document } = await this.access.segment(user, segmentId, 'translate', language);
    const documentId = await this.dataSource.transaction(async (manager) => {
      const first = await this.lockedSegment(segmentId, document.id, manager);
      const second = await this.segments.findByIndex(first.documentId, first.index + 1, manager);
      if (!second || second.blockIndex !== first.blockIndex)
        throw AppException.invalid('withNext', 'only segments of the same paragraph can be merged: this is the last segment of its block');
      const joint = first.spaceAfter.includes('\n') ? first.spaceAfter : first.spaceAfter || ' ';
      const merged = first.source + joint + second.source;
      const codes = [...first.codes, ...second.codes.filter((c) => !first.codes.some((f) => f.id === c.id))];
      const firstTranslations = await this.segments.translationsOf(first.id, manager);
      const secondTranslations = await this.segments.translationsOf(second.id, manager);
      await this.segments.updateSource(first.id, sourceOf(merged, codes, project.sourceLanguage, first.spaceBefore, second.spaceAfter), manager);
      const languages = new Set([...firstTranslations, ...secondTranslations].map((t) => t.language));
      const entries = [...languages].map((lang): LedgerEntry => {
        const a = firstTranslations.find((t) => t.language === lang)?.text ?? '';
        const b = secondTranslations.find((t) => t.language === lang)?.text ?? '';
        return {
          segmentId: first.id,
          language: lang,
          expected: 'latest',
          authorId: user.id,
          change: { kind: 'restructured', text: [a, b].filter(Boolean).join(' '), reason: 'merge' },
        };
      });
      await this.ledger.applyAll(entries, manager);
      await this.segments.deleteSegment(second.id, manager);
      await this.segments.shiftAfter(first.documentId, first.index + 1, -1, manager);
      return first.documentId;
    });
    this.ledger.afterCommit();
    return this.rowsAround(documentId, segmentId, language, 1);
  }

  /** The segment as it is once its document is locked: one segmentation change at a time per document. */
  private async lockedSegment(segmentId: string, documentId: string, manager: EntityManager): Promise<LockedSegment> {
    await this.segments.lockDocument(documentId, manager);
    const segment = await this.segments.findSegment(segmentId, manager);
    if (!segment) throw AppException.notFound('Segment');
    return segment;
  }

  /** The changed segment and the ones the change created, as the editor's grid shows them (only those rows are read). */
  private async rowsAround(documentId: string, segmentId: string, language: Language, count: number): Promise<SegmentRow[]> {
    return this.documents.segmentRowsFrom(documentId, segmentId, language, count);
  }
}

function sourceOf(text: string, codes: InlineCode[], language: Language, spaceBefore: string, spaceAfter: string): SegmentSource {
  const ids = tokenIds(text);
  return {
    source: text,
    codes: codes.filter((c) => ids.has(c.id)),
    sourceHash: sourceHash(text),
    wordCount: countWords(stripCodes(text), language),
    spaceBefore,
    spaceAfter,
  };
}
