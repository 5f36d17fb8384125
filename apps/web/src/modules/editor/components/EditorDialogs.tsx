import type { ConcordanceHit, Language, SegmentRow } from '@interlinea/shared';
import { ConcordanceDialog } from '../../memory';
import { segmentNumber } from '../../ui';
import type { EditorDialogState } from '../hooks/use-editor-dialogs';
import type { useSplitMerge } from '../hooks/use-split-merge';
import type { TranslationSaver } from '../hooks/use-translation-saver';
import { ConflictDialog } from './ConflictDialog';
import { ShortcutHelpDialog } from './ShortcutHelpDialog';
import { StructureConfirmDialog } from './StructureConfirmDialog';

interface EditorDialogsProps {
  projectId: string;
  lang: Language;
  canTranslate: boolean;
  active: SegmentRow | null;
  rowById: ReadonlyMap<string, SegmentRow>;
  dialogs: EditorDialogState;
  structure: Pick<ReturnType<typeof useSplitMerge>, 'confirming' | 'confirm' | 'cancelConfirm'>;
  saver: Pick<TranslationSaver, 'conflict' | 'keepMine' | 'takeTheirs' | 'postpone'>;
  /** The saving of a second edition shown beside the page's one: its conflicts open here too. */
  secondSaver?: { lang: Language; saver: Pick<TranslationSaver, 'conflict' | 'keepMine' | 'takeTheirs' | 'postpone'> } | null;
  /** A concordance hit's translation goes into the active segment. */
  onInsertHit: (hit: ConcordanceHit) => void;
}

/** The editor's dialogs, each shown while its state says so: split/merge confirmation, shortcut help, concordance, save conflict. */
export function EditorDialogs({ projectId, lang, canTranslate, active, rowById, dialogs, structure, saver, secondSaver, onInsertHit }: EditorDialogsProps) {
  const conflictRow = saver.conflict ? rowById.get(saver.conflict.segmentId) : undefined;
  const secondConflict = !saver.conflict && secondSaver?.saver.conflict ? secondSaver.saver.conflict : null;
  const secondConflictRow = secondConflict ? rowById.get(secondConflict.segmentId) : undefined;
  return (
    <>
      {structure.confirming && active && (
        <StructureConfirmDialog
          kind={structure.confirming.kind}
          number={segmentNumber(active.index)}
          onConfirm={structure.confirm}
          onClose={structure.cancelConfirm}
        />
      )}
      {dialogs.helpOpen && <ShortcutHelpDialog onClose={dialogs.closeHelp} />}
      {dialogs.concordance && (
        <ConcordanceDialog
          projectId={projectId}
          lang={lang}
          initialQuery={dialogs.concordance.query}
          canInsert={canTranslate && active !== null}
          onInsert={onInsertHit}
          onClose={dialogs.closeConcordance}
        />
      )}
      {saver.conflict && (
        <ConflictDialog
          conflict={saver.conflict}
          segmentNumber={conflictRow ? segmentNumber(conflictRow.index) : null}
          codes={conflictRow?.codes ?? []}
          lang={lang}
          onKeepMine={saver.keepMine}
          onTakeTheirs={saver.takeTheirs}
          onClose={saver.postpone}
        />
      )}
      {secondSaver && secondConflict && (
        <ConflictDialog
          conflict={secondConflict}
          segmentNumber={secondConflictRow ? segmentNumber(secondConflictRow.index) : null}
          codes={secondConflictRow?.codes ?? []}
          lang={secondSaver.lang}
          onKeepMine={secondSaver.saver.keepMine}
          onTakeTheirs={secondSaver.saver.takeTheirs}
          onClose={secondSaver.saver.postpone}
        />
      )}
    </>
  );
}
