import type { SegmentRow } from '@interlinea/shared';
import { useCallback } from 'react';
import type { EditorCommand } from '../utils/editor-command';
import type { SegmentAction } from '../utils/segment-action';
import type { EditionDrafts } from './use-edition-drafts';
import type { EditorDialogState } from './use-editor-dialogs';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { useLatest } from './use-latest';
import type { SegmentSaving } from './use-segment-saving';
import type { SegmentSelection } from './use-segment-selection';
import type { SegmentSuggestions } from './use-segment-suggestions';
import type { useSplitMerge } from './use-split-merge';
import type { ReviewMode } from './use-review-mode';

const ACTION_COMMANDS: Record<SegmentAction, EditorCommand> = {
  confirm: { type: 'confirm' },
  saveDraft: { type: 'saveDraft' },
  copySource: { type: 'copySource' },
  split: { type: 'split' },
  merge: { type: 'merge' },
  discard: { type: 'discard' },
};

/** Commands that act on the page's edition only (its suggestions, structure, review): not in a second edition's column. */
const PAGE_EDITION_ONLY: ReadonlySet<EditorCommand['type']> = new Set(['insertMatch', 'split', 'merge', 'approve', 'reject', 'concordance']);

/** Moves across the grid that the workspace carries out (columns, first / last, go to a number). */
export interface GridMoves {
  column: (delta: 1 | -1) => void;
  jump: (to: 'first' | 'last') => void;
  goToNumber: () => void;
}

interface CommandsOptions {
  /** The rows shown (filtered): moving goes through these. */
  visibleRows: readonly SegmentRow[];
  /** The user may translate the edition of the column the cursor is in. */
  canTranslate: boolean;
  selection: SegmentSelection;
  /** The active segment with the translation of the column the cursor is in. */
  activeRow: SegmentRow | null;
  /** The column the cursor is in is the page's edition (not a second edition beside it). */
  pageColumn: boolean;
  /** Unsaved text and saving of the column the cursor is in. */
  drafts: EditionDrafts;
  saving: SegmentSaving;
  moves: GridMoves;
  suggestions: Pick<SegmentSuggestions, 'insertRank' | 'forget'>;
  structure: Pick<ReturnType<typeof useSplitMerge>, 'split' | 'startSplit' | 'cancelSplit' | 'merge'>;
  dialogs: Pick<EditorDialogState, 'openHelp' | 'openConcordance'>;
  review: Pick<ReviewMode, 'on' | 'approveAndNext' | 'startReject'>;
  canReview: boolean;
  /** Moves the focus to the side panel, or back to the grid when it is there. */
  toggleSidePanel: () => void;
  /** The active segment's outdated translation still holds (Alt+O). */
  confirmOutdated: (row: SegmentRow) => void;
  /** Keyboard shortcuts are listened for (no dialog open). */
  keyboard: boolean;
}

export interface EditorCommands {
  run: (command: EditorCommand) => void;
  /** The active segment's buttons; stable across renders. */
  onAction: (action: SegmentAction) => void;
}

/** What the keyboard and the segment's buttons ask of the active segment, carried out. */
export function useEditorCommands({
  visibleRows,
  canTranslate,
  selection,
  activeRow,
  pageColumn,
  drafts,
  saving,
  moves,
  suggestions,
  structure,
  dialogs,
  review,
  canReview,
  toggleSidePanel,
  confirmOutdated,
  keyboard,
}: CommandsOptions): EditorCommands {
  const active = activeRow;

  /** Puts text into the active segment and gives its editor the focus. */
  // Site furniture is not for translation: no text goes into it, and moving on skips it.
  const locked = active?.translatable === false;
  const setText = (text: string) => {
    if (!active || !canTranslate || locked) return;
    drafts.put(active.id, text);
    selection.refocus();
  };

  const move = (delta: 1 | -1, saveDraft: boolean) => {
    if (active && saveDraft && !locked) saving.saveDraft(active.id);
    selection.step(delta, visibleRows);
  };

  const reviewing = review.on && pageColumn;
  const run = (command: EditorCommand): void => {
    if (!pageColumn && PAGE_EDITION_ONLY.has(command.type)) return;
    switch (command.type) {
      case 'column':
        if (active && !locked) saving.saveDraft(active.id);
        return moves.column(command.delta);
      case 'jump':
        if (active && !locked) saving.saveDraft(active.id);
        return moves.jump(command.to);
      case 'goToNumber':
        return moves.goToNumber();
      case 'confirm':
        // in review mode Ctrl+Enter approves; a changed text is confirmed first (approve with the next Ctrl+Enter)
        if (reviewing && canReview && active && !drafts.drafts.has(active.id)) return review.approveAndNext();
        if (!active || !canTranslate) return;
        if (locked || (saving.confirm(active) && !reviewing)) move(1, false);
        return;
      case 'approve':
        return review.approveAndNext();
      case 'reject':
        return review.startReject();
      case 'sidePanel':
        return toggleSidePanel();
      case 'confirmOutdated':
        if (active) confirmOutdated(active);
        return;
      case 'move':
        return move(command.delta, true);
      case 'copySource':
        if (active) setText(active.source);
        return;
      case 'insertMatch':
        return suggestions.insertRank(command.rank);
      case 'concordance':
        return dialogs.openConcordance(window.getSelection()?.toString().trim().slice(0, 200) ?? '');
      case 'saveDraft':
        if (active && !locked) saving.saveDraft(active.id);
        return;
      case 'help':
        return dialogs.openHelp();
      case 'split':
        if (structure.split) return structure.cancelSplit();
        return locked ? undefined : structure.startSplit();
      case 'merge':
        return locked ? undefined : structure.merge();
      case 'discard':
        if (!active) return;
        drafts.discard(active.id);
        suggestions.forget(active.id);
        return selection.refocus();
    }
  };
  useEditorShortcuts(keyboard, run);

  const latestRun = useLatest(run);
  const onAction = useCallback((action: SegmentAction) => latestRun.current(ACTION_COMMANDS[action]), [latestRun]);
  return { run, onAction };
}
