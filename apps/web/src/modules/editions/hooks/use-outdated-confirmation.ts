import type { Language, SegmentRow, Translation } from '@interlinea/shared';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editionsApi } from '../../../api/editions-api';
import { describeError } from '../../ui';

export interface OutdatedConfirmation {
  /** Confirms that the row's outdated translation still holds (Alt+O); does nothing for a row that is not outdated. */
  confirm: (row: SegmentRow) => void;
  pending: ReadonlySet<string>;
}

interface Options {
  lang: Language;
  canTranslate: boolean;
  /** Puts the confirmed translation into the loaded list (no longer outdated). */
  onConfirmed: (segmentId: string, translation: Translation) => void;
  onNotice: (message: string) => void;
}

/** "Still holds": the translation was checked against its changed origin; the ledger records it. */
export function useOutdatedConfirmation({ lang, canTranslate, onConfirmed, onNotice }: Options): OutdatedConfirmation {
  const { t } = useTranslation();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const running = useRef(new Set<string>());
  const confirm = useCallback(
    (row: SegmentRow) => {
      if (!row.outdated || !row.translation) {
        onNotice(t('editions:outdated.notOutdated'));
        return;
      }
      if (!canTranslate) {
        onNotice(t('editions:outdated.cannotConfirm'));
        return;
      }
      if (running.current.has(row.id)) return;
      running.current.add(row.id);
      setPending(new Set(running.current));
      editionsApi
        .confirmOutdated(row.id, lang, row.translation.version)
        .then((translation) => {
          onConfirmed(row.id, translation);
          onNotice(t('editions:outdated.confirmed'));
        })
        .catch((error: unknown) => onNotice(describeError(t, error)))
        .finally(() => {
          running.current.delete(row.id);
          setPending(new Set(running.current));
        });
    },
    [lang, canTranslate, onConfirmed, onNotice, t],
  );
  return { confirm, pending };
}
