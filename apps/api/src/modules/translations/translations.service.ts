import { Injectable } from '@nestjs/common';
import {
  ERROR_CODES,
  type Language,
  type MatchesResponse,
  type ReviewRequest,
  type RevertRequest,
  type Revision,
  type SaveTranslationRequest,
  type Translation,
} from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService, allows } from '../access/access.service';
import type { ProjectScope } from '../access/scope.repository';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import { TranslationLedger } from '../ledger/translation-ledger';
import { MemoryService } from '../memory/memory.service';
import { MemoryReviewService } from '../memory/review/memory-review.service';
import { CommentsService } from '../comments/comments.service';
import { TranslationsRepository } from './translations.repository';

/** The editor's calls on one translation: save, review, history, matches. Writes go through the ledger. */
@Injectable()
export class TranslationsService {
  constructor(
    private readonly access: AccessService,
    private readonly ledger: TranslationLedger,
    private readonly outbox: LedgerOutbox,
    private readonly translations: TranslationsRepository,
    private readonly memory: MemoryService,
    private readonly memoryReview: MemoryReviewService,
    private readonly comments: CommentsService,
  ) {}

  /**
   * Optimistic concurrency: the request names the version it was edited from (0 for a first
   * translation). If someone saved in between, nothing is written and 409 carries their text.
   */
  async save(user: SessionUser, segmentId: string, language: Language, request: SaveTranslationRequest): Promise<Translation> {
    const { segment, project } = await this.access.segment(user, segmentId, 'translate', language);
    if (!segment.translatable) {
      throw AppException.invalid('segmentId', 'this segment is site furniture, not for translation: make it translatable first (PATCH /api/segments/:id)');
    }
    const { text, status, origin, suggestion, score, engine } = request;
    const fromLanguage = await this.pivotOf(segmentId, language, request.fromLanguage, project);
    const change = { kind: 'typed' as const, text, status, origin, suggestion, score, engine, fromLanguage };
    const saved = await this.ledger.apply({ segmentId, language, change, expected: request.version, authorId: user.id }, user.displayName);
    // a memory match taken and saved counts as one insertion of its unit (per segment and edition)
    if (origin === 'tm' && request.unitId !== undefined) await this.memoryReview.recordUse(request.unitId, segmentId, language);
    return saved;
  }

  /**
   * The pivot edition a save says it was made from (undefined: the source). `fromLanguage` must be the
   * project's source language or another of its editions that has a translation of the segment;
   * anything else is refused with 400 naming the field.
   */
  private async pivotOf(segmentId: string, language: Language, fromLanguage: Language | undefined, project: ProjectScope): Promise<Language | undefined> {
    if (fromLanguage === undefined || fromLanguage === project.sourceLanguage) return undefined;
    const invalid = (message: string) => new AppException(ERROR_CODES.originInvalid, `fromLanguage: ${message}`, [{ field: 'fromLanguage', message }]);
    if (fromLanguage === language) throw invalid('an edition cannot be translated from itself');
    if (!project.languages.includes(fromLanguage)) throw invalid('choose the source language or another edition of the project');
    if (!(await this.translations.hasText(segmentId, fromLanguage)))
      throw invalid(`the ${fromLanguage} edition of this segment has no translation to work from`);
    return fromLanguage;
  }

  /**
   * Approve or reject a translation; a rejection carries the reviewer's reason, which is also posted
   * as a comment on that edition of the segment and lands in the translator's inbox.
   */
  async review(user: SessionUser, segmentId: string, language: Language, request: ReviewRequest): Promise<Translation> {
    await this.access.segment(user, segmentId, 'review', language);
    const change = { kind: 'reviewed' as const, decision: request.decision, comment: request.comment ?? null };
    const reviewed = await this.ledger.apply({ segmentId, language, change, expected: request.version ?? 'latest', authorId: user.id }, null);
    if (request.decision === 'reject' && request.comment) await this.comments.recordRejection(user, segmentId, language, request.comment);
    return { ...reviewed, reviewerName: user.displayName, reviewedAt: reviewed.updatedAt };
  }

  /**
   * Restores revision `toVersion` as a new revision, over the current `version` (409 when stale). The
   * status follows the ledger's rule: only a reviewer's revert restores an approval or a rejection.
   */
  async revert(user: SessionUser, segmentId: string, language: Language, request: RevertRequest): Promise<Translation> {
    const { roles } = await this.access.segment(user, segmentId, 'translate', language);
    const target = await this.translations.revision(segmentId, language, request.toVersion);
    if (!target) throw AppException.invalid('toVersion', `the translation has no version ${request.toVersion}`);
    const change = {
      kind: 'reverted' as const,
      text: target.text,
      status: target.status,
      toVersion: request.toVersion,
      reviewer: allows(roles, 'review', language),
    };
    return this.ledger.apply({ segmentId, language, change, expected: request.version, authorId: user.id }, user.displayName);
  }

  async revisions(user: SessionUser, segmentId: string, language: Language): Promise<Revision[]> {
    await this.access.segment(user, segmentId, 'view', language);
    return this.translations.revisions(segmentId, language);
  }

  async matches(user: SessionUser, segmentId: string, language: Language): Promise<MatchesResponse> {
    const { project } = await this.access.segment(user, segmentId, 'view', language);
    await this.outbox.settled(project.id);
    return { matches: await this.memory.matches(segmentId, language), mt: null };
  }
}
