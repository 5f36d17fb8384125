import type { Language, SegmentRow } from '@interlinea/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SplitControl } from '../components/SegmentRowView';
import { initialSplitPoint, isValidSplit, targetSplitPoint } from '../utils/split-point';
import { useSegmentStructure } from './use-segment-structure';

type Change = { kind: 'split'; segmentId: string; sourceOffset: number; targetOffset?: number } | { kind: 'merge'; segmentId: string };

interface SplitMergeOptions {
  documentId: string;
  lang: Language;
  rows: SegmentRow[];
  active: SegmentRow | null;
  drafts: ReadonlyMap<string, string>;
  canTranslate: boolean;
  /** Tells the translator why nothing happened. */
  onNotice: (message: string) => void;
  /** After the list is fetched again: the first new row. */
  onDone: (first: SegmentRow | undefined) => void;
  /** Split mode was left without splitting (the target editor takes the focus back). */
  onSplitCancelled: () => void;
}

/**
 * Split mode (a caret in the active source) and "merge with next" for the active segment; asks first
 * when translations are involved, and refuses while they have unsaved text.
 */
export function useSplitMerge({ documentId, lang, rows, active, drafts, canTranslate, onNotice, onDone, onSplitCancelled }: SplitMergeOptions) {
  const { t } = useTranslation();
  const [splitOffset, setSplitOffset] = useState<number | null>(null);
  const [splitFor, setSplitFor] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Change | null>(null);
  const structure = useSegmentStructure(documentId, lang, (first) => {
    setSplitFor(null);
    onDone(first);
  });

  const next = useMemo(() => {
    if (!active) return null;
    const position = rows.findIndex((r) => r.id === active.id);
    const candidate = rows[position + 1];
    return candidate && candidate.blockIndex === active.blockIndex ? candidate : null;
  }, [rows, active]);

  const run = (change: Change, hasTranslation: boolean) => {
    if (hasTranslation) setConfirming(change);
    else structure.mutate(change);
  };

  const startSplit = () => {
    if (!active || !canTranslate) return;
    if (drafts.has(active.id)) return onNotice(t('editor:structure.saveFirst'));
    setSplitFor(active.id);
    setSplitOffset(initialSplitPoint(active.source));
  };
  const cancelSplit = () => {
    setSplitFor(null);
    onSplitCancelled();
  };

  const inSplitMode = active !== null && splitFor === active.id && splitOffset !== null;
  const split: SplitControl | null = inSplitMode
    ? {
        offset: splitOffset,
        onMove: setSplitOffset,
        onCancel: cancelSplit,
        onSplit: () => {
          if (!isValidSplit(active.source, splitOffset) || structure.isPending) return;
          // The translation is split at the matching place, so that each part keeps its own sentence.
          const target = active.translation?.text ?? '';
          const targetOffset = targetSplitPoint(active.source, splitOffset, target);
          run({ kind: 'split', segmentId: active.id, sourceOffset: splitOffset, targetOffset }, Boolean(target));
        },
      }
    : null;

  const merge = () => {
    if (!active || !canTranslate) return;
    if (!next) return onNotice(t('editor:merge.lastInBlock'));
    if (drafts.has(active.id) || drafts.has(next.id)) return onNotice(t('editor:structure.saveFirst'));
    run({ kind: 'merge', segmentId: active.id }, Boolean(active.translation?.text || next.translation?.text));
  };

  return {
    split,
    startSplit,
    cancelSplit,
    merge,
    canMerge: next !== null,
    confirming,
    confirm: () => {
      if (confirming) structure.mutate(confirming);
      setConfirming(null);
    },
    cancelConfirm: () => setConfirming(null),
    pending: structure.isPending,
    error: structure.error,
    dismissError: structure.reset,
  };
}
