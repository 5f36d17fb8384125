import { Injectable } from '@nestjs/common';
import { diffTexts } from '@interlinea/tm';
import { ERROR_CODES, type ConfirmOutdatedRequest, type Language, type OriginChange, type Provenance, type Translation } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import { TranslationLedger } from '../ledger/translation-ledger';
import { OriginsRepository, type TranslationOrigin } from './origins.repository';

/**
 * What a translation was made from, what changed in its origin since, and the confirmation that an
 * outdated translation still holds (a revision of its own, written by the ledger).
 */
@Injectable()
export class ProvenanceService {
  constructor(
    private readonly access: AccessService,
    private readonly origins: OriginsRepository,
    private readonly ledger: TranslationLedger,
    private readonly outbox: LedgerOutbox,
  ) {}

  async provenance(user: SessionUser, segmentId: string, language: Language): Promise<Provenance> {
    const { project } = await this.access.segment(user, segmentId, 'view', language);
    await this.outbox.settled(project.id);
    const origin = await this.origins.translationOrigin(segmentId, language);
    if (!origin) return { fromLanguage: null, fromVersion: null, fromSource: true, outdated: false, changes: [] };
    const fromSource = origin.fromLanguage === null || origin.fromLanguage === project.sourceLanguage;
    return {
      fromLanguage: origin.fromLanguage,
      fromVersion: origin.fromVersion,
      fromSource,
      outdated: origin.outdated,
      changes: origin.outdated ? await this.changes(segmentId, origin, project.sourceLanguage) : [],
    };
  }

  /**
   * The person checked an outdated translation against what changed and it still holds: the ledger
   * records an `outdated-confirmed` revision stamped with the origin's current versions (409 when the
   * translation is not outdated, or is no longer at `version`).
   */
  async confirm(user: SessionUser, segmentId: string, language: Language, request: ConfirmOutdatedRequest): Promise<Translation> {
    const { project } = await this.access.segment(user, segmentId, 'translate', language);
    await this.outbox.settled(project.id);
    const origin = await this.origins.translationOrigin(segmentId, language);
    if (!origin) throw AppException.notFound('Translation');
    if (!origin.outdated && origin.version === request.version) {
      throw new AppException(ERROR_CODES.notOutdated, 'The translation is not outdated: its origin has not changed since it was made');
    }
    const change = { kind: 'outdated-confirmed' as const };
    return this.ledger.apply({ segmentId, language, change, expected: request.version, authorId: user.id }, user.displayName);
  }

  /** The pivot's change (when it is the origin and its text changed), then the source's (when it changed). */
  private async changes(segmentId: string, origin: TranslationOrigin, sourceLanguage: Language): Promise<OriginChange[]> {
    const changes: OriginChange[] = [];
    const pivot = origin.fromLanguage;
    if (pivot && pivot !== sourceLanguage && origin.pivotText !== null && origin.pivotTextVersion! > (origin.fromVersion ?? 0)) {
      const before = await this.origins.translationAt(segmentId, pivot, origin.fromVersion ?? 0);
      changes.push(change('pivot', pivot, origin.fromVersion ?? 0, origin.pivotVersion!, before, origin.pivotText));
    }
    if ((origin.madeAgainstSource ?? origin.sourceVersion) < origin.sourceVersion) {
      const before = await this.origins.sourceAt(segmentId, origin.madeAgainstSource!);
      changes.push(change('source', sourceLanguage, origin.madeAgainstSource!, origin.sourceVersion, before, origin.source));
    }
    return changes;
  }
}

function change(
  kind: OriginChange['kind'],
  language: Language,
  fromVersion: number,
  currentVersion: number,
  before: string | null,
  after: string,
): OriginChange {
  return { kind, language, fromVersion, currentVersion, before, after, diff: before === null ? [{ op: 'insert', text: after }] : diffTexts(before, after) };
}
