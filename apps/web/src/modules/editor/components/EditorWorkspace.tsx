import type { DocumentSummary, Language, ProjectSummary, SegmentRow } from '@interlinea/shared';
import { useCallback, useMemo } from 'react';
import { useEditionDrafts } from '../hooks/use-edition-drafts';
import { useEditorCommands } from '../hooks/use-editor-commands';
import { useEditorDialogs } from '../hooks/use-editor-dialogs';
import { useEditorNotice } from '../hooks/use-editor-notice';
import { useOpenCommentsPatch } from '../hooks/use-open-comments-patch';
import { useRowPatch } from '../hooks/use-row-patch';
import { useFurnitureSwitch } from '../hooks/use-furniture-switch';
import { useSegmentSaving } from '../hooks/use-segment-saving';
import { useSegmentSelection } from '../hooks/use-segment-selection';
import { useSegmentSuggestions } from '../hooks/use-segment-suggestions';
import { useSplitMerge } from '../hooks/use-split-merge';
import { useBatchApproval } from '../hooks/use-batch-approval';
import { useLatest } from '../hooks/use-latest';
import { useReplaceBatches } from '../hooks/use-replace-batches';
import { useReviewMode } from '../hooks/use-review-mode';
import { useSegmentFilter } from '../hooks/use-segment-filter';
import { useOutdatedConfirmation } from '../../editions';
import { OfflineIndicator } from '../../offline';
import { useQaSeverity } from '../../qa';
import { ApproveChangedDialog, LiveProvider, PresenceBar, TakeOverDialog, useLiveEditor } from '../../live';
import { useMe } from '../../session';
import { useTranslationSaver } from '../hooks/use-translation-saver';
import { editionProgress } from '../utils/edition-progress';
import { resumeSegment } from '../utils/resume-segment';
import { EditorBanners } from './EditorBanners';
import { EditorDialogs } from './EditorDialogs';
import { EditorToolbar } from './EditorToolbar';
import { FilterBar } from './FilterBar';
import { ReplaceDialog } from './ReplaceDialog';
import { ReplaceDoneBanner } from './ReplaceDoneBanner';
import { ReviewBar } from './ReviewBar';
import { SegmentGrid } from './SegmentGrid';
import { SidePanel } from './SidePanel';

interface EditorWorkspaceProps {
  document: DocumentSummary;
  project: ProjectSummary;
  lang: Language;
  rows: SegmentRow[];
  canTranslate: boolean;
  canReview: boolean;
  /** A segment to open first (a link from the inbox), when it is in this edition. */
  initialSegmentId?: string | null;
  /** Managers mark segments as site furniture. */
  canManage?: boolean;
}

/** The editor of one edition: toolbar, virtualised grid, side panel, keyboard, saving and conflicts. */
export function EditorWorkspace({ document, project, lang, rows, canTranslate, canReview, initialSegmentId, canManage = false }: EditorWorkspaceProps) {
  const edition = `${document.id}:${lang}`;
  const rowById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const progress = useMemo(() => editionProgress(lang, rows), [lang, rows]);
  const drafts = useEditionDrafts(edition, rowById);
  const notice = useEditorNotice();
  const selection = useSegmentSelection({
    rowById,
    initialId: () => (initialSegmentId && rowById.has(initialSegmentId) ? initialSegmentId : resumeSegment(rows, drafts.restored)),
    onActivate: notice.clear,
  });
  const { active } = selection;
  const me = useMe();
  const live = useLiveEditor({
    documentId: document.id,
    lang,
    myUserId: me.data?.id,
    activeId: selection.activeId,
    typed: selection.activeId ? drafts.drafts.get(selection.activeId) : undefined,
    canTranslate,
    rowById,
  });
  const qaSeverity = useQaSeverity(document.id, project.sourceLanguage, lang);
  const filtering = useSegmentFilter(rows, rowById, qaSeverity);
  const saver = useTranslationSaver(document.id, lang);
  const queued = useMemo(() => new Map(saver.offline.changes.map((c) => [c.segmentId, c])), [saver.offline.changes]);
  const patchOpenComments = useOpenCommentsPatch(document.id, lang);
  const furniture = useFurnitureSwitch(document.id, lang, canTranslate || canManage, canManage, notice.show);
  const saving = useSegmentSaving({ saver, drafts, canTranslate, onNotice: notice.show });
  const patchRow = useRowPatch(document.id, lang);
  const outdated = useOutdatedConfirmation({
    lang,
    canTranslate,
    onConfirmed: (segmentId, translation) => patchRow(segmentId, { translation, outdated: false }),
    onNotice: notice.show,
  });
  const suggestions = useSegmentSuggestions({
    edition,
    lang,
    projectId: project.id,
    activeId: selection.activeId,
    active,
    canTranslate,
    drafts,
    onFocus: selection.refocus,
  });
  const dialogs = useEditorDialogs();
  const structure = useSplitMerge({
    documentId: document.id,
    lang,
    rows,
    active,
    drafts: drafts.drafts,
    canTranslate,
    onNotice: notice.show,
    onDone: (first) => {
      // Indexes shifted and ids changed: show everything again, with the new segment active.
      filtering.showAll();
      if (first) selection.select(first.id);
      selection.refocus();
    },
    onSplitCancelled: selection.refocus,
  });
  const review = useReviewMode({
    lang,
    canReview,
    filtering,
    selection,
    hasDraft: (id) => drafts.drafts.has(id),
    applyTranslation: saver.applyTranslation,
    onNotice: notice.show,
    guardApproval: live.approval.guard,
  });
  const batch = useBatchApproval(document.id, lang, rowById, notice.show);
  const replace = useReplaceBatches(document.id, lang);
  const latestBatch = useLatest(batch);
  const toggleSelect = useCallback((segmentId: string) => latestBatch.current.toggle(segmentId), [latestBatch]);
  const toggleSidePanel = () => {
    const panel = window.document.querySelector<HTMLElement>('[data-testid="side-panel"]');
    if (panel && !panel.contains(window.document.activeElement)) panel.focus();
    else selection.refocus();
  };
  const commands = useEditorCommands({
    visibleRows: filtering.visibleRows,
    canTranslate,
    selection,
    drafts,
    saving,
    suggestions,
    structure,
    dialogs,
    review,
    canReview,
    toggleSidePanel,
    confirmOutdated: outdated.confirm,
    keyboard: !dialogs.helpOpen && !dialogs.concordance && !saver.conflict && !structure.confirming && !replace.dialogOpen,
  });

  return (
    <LiveProvider value={live}>
      <div className="editor" data-testid="editor">
        <EditorToolbar
          documentId={document.id}
          title={document.title}
          projectId={project.id}
          lang={lang}
          languages={project.targetLanguages}
          progress={progress}
          onHelp={dialogs.openHelp}
          connectionStatus={<OfflineIndicator queue={saver.offline} />}
        />
        <PresenceBar />
        <FilterBar
          rows={rows}
          filter={filtering.filter}
          searchError={filtering.searchError}
          shownCount={filtering.visibleRows.length}
          canReplace={canTranslate}
          onFilter={(next) => selection.keepWithin(filtering.choose(next))}
          onReplace={replace.open}
        />
        {canReview && <ReviewBar review={review} batch={batch} shownRows={filtering.visibleRows} />}
        <ReplaceDoneBanner batches={replace} />
        <EditorBanners
          lang={lang}
          canTranslate={canTranslate}
          notice={notice.message}
          restoredCount={[...drafts.restored].filter((id) => !queued.has(id)).length}
          saveError={saver.error}
          onDismissSaveError={saver.dismissError}
          structureError={structure.error}
          onDismissStructureError={structure.dismissError}
        />
        <div className="editor__body">
          <SegmentGrid
            rows={filtering.visibleRows}
            lang={lang}
            sourceLang={project.sourceLanguage}
            activeId={selection.activeId}
            editable={canTranslate}
            drafts={drafts.drafts}
            restored={drafts.restored}
            saving={saver.saving}
            queued={queued}
            focusToken={selection.focusToken}
            split={structure.split}
            canMerge={structure.canMerge}
            highlight={filtering.highlight}
            selected={batch.selected}
            onToggleSelect={canReview && (review.on || batch.selected.size > 0) ? toggleSelect : undefined}
            furniture={furniture}
            onActivate={selection.activate}
            onChange={drafts.put}
            onAction={commands.onAction}
          />
          <SidePanel
            segment={active}
            projectId={project.id}
            lang={lang}
            canTranslate={canTranslate}
            canReview={canReview}
            hasUnsavedText={active ? drafts.drafts.has(active.id) : false}
            sourceLang={project.sourceLanguage}
            machinery={suggestions.machinery}
            prefilledScore={active ? suggestions.prefilled.get(active.id) : undefined}
            onInsertSuggestion={suggestions.insert}
            onReviewed={saver.applyTranslation}
            onOpenComments={patchOpenComments}
            reasonFocusToken={review.reasonFocusToken}
            onDecided={review.afterDecision}
            currentText={active ? (drafts.drafts.get(active.id) ?? active.translation?.text ?? '') : ''}
            documentId={document.id}
            languages={project.targetLanguages}
            canManage={canManage}
            confirmation={outdated}
            onSourceCorrected={(segmentId, corrected) =>
              patchRow(
                segmentId,
                {
                  source: corrected.source,
                  sourceVersion: corrected.sourceVersion,
                  wordCount: corrected.wordCount,
                  outdated: corrected.outdatedIn.includes(lang),
                },
                true,
              )
            }
          />
        </div>
        <EditorDialogs
          projectId={project.id}
          lang={lang}
          canTranslate={canTranslate}
          active={active}
          rowById={rowById}
          dialogs={dialogs}
          structure={structure}
          saver={saver}
          onInsertHit={(hit) => suggestions.take('tm', hit.target)}
        />
        {replace.dialogOpen && (
          <ReplaceDialog
            documentId={document.id}
            lang={lang}
            rows={filtering.visibleRows}
            drafts={drafts.drafts}
            initialFind={filtering.filter.text.find}
            initialOptions={filtering.filter.text}
            onDone={replace.done}
            onClose={replace.close}
          />
        )}
        <TakeOverDialog />
        <ApproveChangedDialog />
      </div>
    </LiveProvider>
  );
}
