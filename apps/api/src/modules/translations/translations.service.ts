import { Injectable } from '@nestjs/common';
import { AppException } from '../../common/errors/app.exception';
import type { Language, MatchesResponse, ReviewRequest, Revision, SaveTranslationRequest, Translation } from '@interlinea/shared';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import { TranslationLedger } from '../ledger/translation-ledger';
import { MemoryService } from '../memory/memory.service';
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
  ) {}

  /**
   * Optimistic concurrency: the request names the version it was edited from (0 for a first
   * translation). If someone saved in between, nothing is written and 409 carries their text.
   */
  async save(user: SessionUser, segmentId: string, language: Language, request: SaveTranslationRequest): Promise<Translation> {
    const { segment } = await this.access.segment(user, segmentId, 'translate', language);
    if (!segment.translatable) {
      throw AppException.invalid('segmentId', 'this segment is site furniture, not for translation: make it translatable first (PATCH /api/segments/:id)');
    }
    const change = { kind: 'typed' as const, text: request.text, status: request.status, origin: request.origin, suggestion: request.suggestion };
    return this.ledger.apply({ segmentId, language, change, expected: request.version, authorId: user.id }, user.displayName);
  }

  /** Approve or reject a translation; a rejection carries the reviewer's reason. */
  async review(user: SessionUser, segmentId: string, language: Language, request: ReviewRequest): Promise<Translation> {
    await this.access.segment(user, segmentId, 'review', language);
    const change = { kind: 'reviewed' as const, decision: request.decision, comment: request.comment ?? null };
    return this.ledger.apply({ segmentId, language, change, expected: request.version ?? 'latest', authorId: user.id }, null);
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
