import type { DocumentSummary, Language, ProjectSummary, SegmentRow } from '@interlinea/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { stepColumn } from '../utils/grid-columns';
import { useEditionColumn } from '../hooks/use-edition-column';
import { useGridNavigation } from '../hooks/use-grid-navigation';
import type { GridEditions } from '../hooks/use-grid-editions';
import { GridNavigator } from './GridNavigator';
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
import { openingSegment } from '../utils/resume-segment';
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
  /** Every page of `rows` has come (false while the rest of a long document is still loading). */
  complete?: boolean;
  /** The editions shown side by side, and the translator's choice of them. */
  editions?: GridEditions;
  /** The second edition's segment list, when one is shown beside the page's edition. */
  secondEdition?: { rows: SegmentRow[] | undefined; complete: boolean; canTranslate: boolean } | null;
}

const ONE_EDITION: GridEditions = { shown: [], second: null, choose: () => undefined };

/** The editor of one edition: toolbar, virtualised grid, side panel, keyboard, saving and conflicts. */
export function EditorWorkspace({
  document,
  project,
  lang,
  rows,
  canTranslate,
  canReview,
  initialSegmentId,
  canManage = false,
  complete = true,
  editions = ONE_EDITION,
  secondEdition = null,
}: EditorWorkspaceProps) {
  const edition = `${document.id}:${lang}`;
  const rowById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const progress = useMemo(() => editionProgress(lang, rows), [lang, rows]);
  const drafts = useEditionDrafts(edition, rowById, complete);
  const notice = useEditorNotice();
  const selection = useSegmentSelection({
    rowById,
    initialId: () => openingSegment(rows, rowById, complete, edition, initialSegmentId, drafts.restored),
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
  // A filter chosen while pages were still coming is applied again to the whole list once it is in.
  const filteredWhileLoading = useRef(false);
  useEffect(() => {
    if (!complete || !filteredWhileLoading.current) return;
    filteredWhileLoading.current = false;
    filtering.choose(filtering.filter);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the list becomes complete
  }, [complete]);
  const column = useEditionColumn({
    documentId: document.id,
    lang: editions.second,
    rows: secondEdition?.rows,
    complete: secondEdition?.complete ?? false,
    canTranslate: secondEdition?.canTranslate ?? false,
    onNotice: notice.show,
  });
  const [cursorLang, setCursorLang] = useState<Language>(lang);
  const inSecond = column !== null && cursorLang === column.lang;
  const navigation = useGridNavigation({ rows, visibleRows: filtering.visibleRows, complete, selection, showAll: filtering.showAll, onNotice: notice.show });
  const activeRow = inSecond && active ? { ...active, translation: column.translations?.get(active.id) ?? null } : active;
  const activateAt = useCallback(
    (segmentId: string, at: Language | null) => {
      selection.activate(segmentId);
      if (at) setCursorLang(at);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `activate` is stable; the selection object is not
    [selection.activate],
  );
  const focusTarget = useCallback(
    (segmentId: string) => {
      selection.activate(segmentId);
      selection.refocus();
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- both are stable
    [selection.activate, selection.refocus],
  );
  const changeSecond = column?.drafts.put;
  const commands = useEditorCommands({
    visibleRows: filtering.visibleRows,
    canTranslate: inSecond ? column.canTranslate : canTranslate,
    selection,
    activeRow,
    pageColumn: !inSecond,
    drafts: inSecond ? column.drafts : drafts,
    saving: inSecond ? column.saving : saving,
    moves: {
      column: (delta) => {
        const next = stepColumn(editions.shown.length > 0 ? editions.shown : [lang], inSecond ? column.lang : lang, delta);
        setCursorLang(next);
        selection.refocus();
      },
      jump: (to) => navigation.goTo({ kind: to }),
      goToNumber: navigation.focusNumber,
    },
    suggestions,
    structure,
    dialogs,
    review,
    canReview,
    toggleSidePanel,
    confirmOutdated: outdated.confirm,
    keyboard: !dialogs.helpOpen && !dialogs.concordance && !saver.conflict && !column?.saver.conflict && !structure.confirming && !replace.dialogOpen,
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
          onFilter={(next) => {
            if (!complete) filteredWhileLoading.current = true;
            selection.keepWithin(filtering.choose(next));
          }}
          onReplace={replace.open}
        />
        {canReview && <ReviewBar review={review} batch={batch} shownRows={filtering.visibleRows} />}
        <ReplaceDoneBanner batches={replace} />
        <EditorBanners
          lang={lang}
          canTranslate={canTranslate}
          notice={notice.message}
          restoredCount={[...drafts.restored].filter((id) => !queued.has(id)).length}
          saveError={saver.error ?? column?.saver.error ?? null}
          onDismissSaveError={() => {
            saver.dismissError();
            column?.saver.dismissError();
          }}
          structureError={structure.error}
          onDismissStructureError={structure.dismissError}
        />
        <GridNavigator
          navigation={navigation}
          lang={lang}
          editions={project.targetLanguages}
          second={editions.second}
          onChooseSecond={editions.choose}
          loaded={rows.length}
          total={Math.max(document.segmentCount, rows.length)}
          complete={complete}
          onBack={selection.refocus}
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
            onActivate={activateAt}
            onChange={drafts.put}
            onAction={commands.onAction}
            second={
              column && {
                lang: column.lang,
                translations: column.translations,
                drafts: column.drafts.drafts,
                saving: column.saver.saving,
                editable: column.canTranslate,
                first: editions.shown.indexOf(column.lang) < editions.shown.indexOf(lang),
              }
            }
            inSecond={inSecond}
            onSecondChange={changeSecond}
            onFocusTarget={focusTarget}
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
          secondSaver={column ? { lang: column.lang, saver: column.saver } : null}
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
