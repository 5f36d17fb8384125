import { ERROR_CODES, type BatchChange } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { LedgerOutcome } from '../ledger/translation-ledger';
import type { LedgerEntry } from '../ledger/translation-change';

/**
 * A batch is all or nothing: any stale segment refuses the whole batch (409 listing each, with its
 * version now and the one sent), any refused one answers 422 on its field. Else the written changes.
 */
export function writtenOrThrow(entries: LedgerEntry[], outcomes: LedgerOutcome[], versionNow: (segmentId: string) => number | null): BatchChange[] {
  const stale = outcomes.flatMap((o, i) =>
    o.outcome === 'stale'
      ? [{ segmentId: entries[i].segmentId, version: o.current?.version ?? versionNow(entries[i].segmentId) ?? 0, submitted: entries[i].expected as number }]
      : [],
  );
  if (stale.length > 0) {
    throw new AppException(ERROR_CODES.conflict, `${stale.length} segment(s) changed since you looked: nothing was changed, look again`, { stale });
  }
  const refused = outcomes.find((o) => o.outcome === 'refused');
  if (refused?.outcome === 'refused') throw AppException.invalid(refused.field, refused.reason);
  return outcomes.flatMap((o) =>
    o.outcome === 'written' ? [{ segmentId: o.state.segmentId, version: o.state.version, text: o.state.text, status: o.state.status }] : [],
  );
}
