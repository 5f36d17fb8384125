import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkCodes } from '@interlinea/inline-codes';
import { compileSearch, replaceAll } from '@interlinea/text-search';
import type { BatchApproveRequest, BatchApproveResult, Language, ReplaceRequest, ReplaceResult, UndoResult } from '@interlinea/shared';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AppException } from '../../common/errors/app.exception';
import { AccessService, allows } from '../access/access.service';
import { TranslationLedger } from '../ledger/translation-ledger';
import type { LedgerEntry } from '../ledger/translation-change';
import { BatchEditsRepository, type EditionTarget } from './batch-edits.repository';
import { writtenOrThrow } from './batch-outcomes';

/**
 * Changes to many segments of an edition at once, each all or nothing in one transaction through the
 * ledger: search and replace in the targets (and its undo), and approving a selection.
 */
@Injectable()
export class BatchEditsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly ledger: TranslationLedger,
    private readonly batches: BatchEditsRepository,
  ) {}

  /**
   * Replaces in the targets of the segments named, each at the version the preview was made from:
   * the same `@interlinea/text-search` code as the preview, so the result is what was shown.
   */
  async replace(user: SessionUser, documentId: string, request: ReplaceRequest): Promise<ReplaceResult> {
    const { lang } = request;
    await this.access.document(user, documentId, 'translate', lang);
    const search = compileSearch(request.find, request.options);
    if (!search.ok) throw AppException.invalid('find', search.error);
    const targets = await this.targetsOf(documentId, lang, request.segmentIds);
    const submitted = new Map(request.segmentIds.map((id, i) => [id, request.versions[i]]));
    const entries: LedgerEntry[] = [];
    for (const target of targets) {
      if (target.text === null || target.version !== submitted.get(target.segmentId)) {
        // stale or gone: let the ledger say so, with every other stale segment
        entries.push(this.replaced(target.segmentId, lang, target.text ?? '', submitted.get(target.segmentId)!, user));
        continue;
      }
      const { after } = replaceAll(target.text, search, request.replace);
      if (after === target.text) continue;
      if (checkCodes(target.source, after).length > checkCodes(target.source, target.text).length) {
        throw AppException.invalid('replace', `the replacement would break the inline codes of segment ${target.index + 1}`);
      }
      entries.push(this.replaced(target.segmentId, lang, after, target.version, user));
    }
    if (entries.length === 0) throw AppException.invalid('find', 'no target of the segments named contains it');
    const versionNow = (id: string) => targets.find((t) => t.segmentId === id)?.version ?? null;
    const result = await this.dataSource.transaction(async (manager) => {
      const changed = writtenOrThrow(entries, await this.ledger.applyAll(entries, manager), versionNow);
      const items = changed.map((c) => ({ segmentId: c.segmentId, before: submitted.get(c.segmentId)!, after: c.version }));
      const batchId = await this.batches.saveBatch(
        { documentId, language: lang, find: request.find, replacement: request.replace, authorId: user.id, items },
        manager,
      );
      return { batchId, changed };
    });
    this.ledger.afterCommit();
    return result;
  }

  /** Undoes a replace batch: each segment back to its text before the batch, where nobody changed it since (else 409, nothing undone). */
  async undoReplace(user: SessionUser, documentId: string, batchId: string): Promise<UndoResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const batch = await this.batches.lockBatch(batchId, manager);
      if (!batch || batch.documentId !== documentId) throw AppException.notFound('Replace batch');
      const { roles } = await this.access.document(user, documentId, 'translate', batch.language);
      if (batch.undoneAt) throw AppException.invalid('batchId', 'this replace was undone already');
      const before = await this.batches.revisions(
        batch.language,
        batch.items.map((i) => ({ segmentId: i.segmentId, version: i.before })),
        manager,
      );
      const reviewer = allows(roles, 'review', batch.language);
      const entries: LedgerEntry[] = batch.items.map((item) => {
        const earlier = before.get(item.segmentId);
        if (!earlier) throw AppException.notFound('Revision');
        return {
          segmentId: item.segmentId,
          language: batch.language,
          change: { kind: 'reverted', text: earlier.text, status: earlier.status, toVersion: item.before, reviewer },
          expected: item.after,
          authorId: user.id,
        };
      });
      const changed = writtenOrThrow(entries, await this.ledger.applyAll(entries, manager), () => null);
      await this.batches.markUndone(batchId, manager);
      return { batchId, changed };
    });
    this.ledger.afterCommit();
    return result;
  }

  /** Approves the named segments, each at its version, in one transaction; permission as for reviewing one segment. */
  async approve(user: SessionUser, documentId: string, request: BatchApproveRequest): Promise<BatchApproveResult> {
    const { lang } = request;
    await this.access.document(user, documentId, 'review', lang);
    const targets = await this.targetsOf(documentId, lang, request.segmentIds);
    const entries: LedgerEntry[] = request.segmentIds.map((segmentId, i) => ({
      segmentId,
      language: lang,
      change: { kind: 'batch-approved' },
      expected: request.versions[i],
      authorId: user.id,
    }));
    const versionNow = (id: string) => targets.find((t) => t.segmentId === id)?.version ?? null;
    const approved = await this.dataSource.transaction(async (manager) => writtenOrThrow(entries, await this.ledger.applyAll(entries, manager), versionNow));
    this.ledger.afterCommit();
    return { approved, unchanged: entries.length - approved.length };
  }

  /** The segments named, all of this document (else 422 on `segmentIds`). */
  private async targetsOf(documentId: string, lang: Language, segmentIds: string[]): Promise<EditionTarget[]> {
    const targets = await this.batches.targets(documentId, lang, segmentIds);
    if (targets.length !== segmentIds.length) {
      const found = new Set(targets.map((t) => t.segmentId));
      throw AppException.invalid('segmentIds', `segment ${segmentIds.find((id) => !found.has(id))} is not in this document`);
    }
    return targets;
  }

  private replaced(segmentId: string, language: Language, text: string, expected: number, user: SessionUser): LedgerEntry {
    return { segmentId, language, change: { kind: 'replaced', text }, expected, authorId: user.id };
  }
}
