import type { SegmentRow } from '@interlinea/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionDrafts } from './use-edition-drafts';
import type { TranslationSaver } from './use-translation-saver';
import { useUnsavedWarning } from './use-unsaved-warning';

export interface SegmentSaving {
  /** Saves the segment's unsaved text as a draft, if it has any and the user may translate. */
  saveDraft: (segmentId: string) => void;
  /**
   * Confirms the segment: saves its text as translated unless it already is and nothing was typed.
   * Answers false when there is no text to confirm (the notice says so).
   */
  confirm: (segment: SegmentRow) => boolean;
}

interface SavingOptions {
  saver: TranslationSaver;
  drafts: EditionDrafts;
  canTranslate: boolean;
  onNotice: (message: string) => void;
}

/** Saving from the editor's commands (draft, confirm), and the browser's warning while text is unsaved. */
export function useSegmentSaving({ saver, drafts, canTranslate, onNotice }: SavingOptions): SegmentSaving {
  const { t } = useTranslation();
  const { changes } = saver.offline;
  const isQueued = useCallback(
    (edition: string, segmentId: string, text: string) =>
      changes.some((c) => `${c.documentId}:${c.lang}` === edition && c.segmentId === segmentId && c.text === text),
    [changes],
  );
  useUnsavedWarning(saver.inFlight, isQueued);
  return {
    saveDraft: (segmentId) => {
      const typed = drafts.typed(segmentId);
      if (canTranslate && typed !== undefined) void saver.save(segmentId, typed, 'draft');
    },
    confirm: (segment) => {
      const typed = drafts.typed(segment.id);
      const text = typed ?? drafts.savedText(segment.id);
      if (!text.trim()) {
        onNotice(t('editor:emptyNotSaved'));
        return false;
      }
      const status = segment.translation?.status;
      if (typed !== undefined || status === 'draft' || status === 'rejected' || !status) void saver.save(segment.id, text, 'translated');
      return true;
    },
  };
}
