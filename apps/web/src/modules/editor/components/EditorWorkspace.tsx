import type { DocumentSummary, Language, ProjectSummary, SegmentRow } from '@interlinea/shared';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useEditionDrafts } from '../hooks/use-edition-drafts';
import { useEditorCommands } from '../hooks/use-editor-commands';
import { useEditorDialogs } from '../hooks/use-editor-dialogs';
import { useEditorNotice } from '../hooks/use-editor-notice';
import { useSegmentSaving } from '../hooks/use-segment-saving';
import { useSegmentSelection } from '../hooks/use-segment-selection';
import { useSegmentSuggestions } from '../hooks/use-segment-suggestions';
import { useSplitMerge } from '../hooks/use-split-merge';
import { useStatusFilter } from '../hooks/use-status-filter';
import { useTranslationSaver } from '../hooks/use-translation-saver';
import { editionProgress } from '../utils/edition-progress';
import { resumeSegment } from '../utils/resume-segment';
import { EditorBanners } from './EditorBanners';
import { EditorDialogs } from './EditorDialogs';
import { EditorToolbar } from './EditorToolbar';
import { SegmentGrid } from './SegmentGrid';
import { SidePanel } from './SidePanel';

interface EditorWorkspaceProps {
  document: DocumentSummary;
  project: ProjectSummary;
  lang: Language;
  rows: SegmentRow[];
  canTranslate: boolean;
  canReview: boolean;
}

/** The editor of one edition: toolbar, virtualised grid, side panel, keyboard, saving and conflicts. */
export function EditorWorkspace({ document, project, lang, rows, canTranslate, canReview }: EditorWorkspaceProps) {
  const edition = `${document.id}:${lang}`;
  const rowById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const progress = useMemo(() => editionProgress(lang, rows), [lang, rows]);
  const drafts = useEditionDrafts(edition, rowById);
  const notice = useEditorNotice();
  // `?segment=<id>` (a link from the QA report) opens that segment; else where the translator left off.
  const [search] = useSearchParams();
  const linked = search.get('segment');
  const selection = useSegmentSelection({
    rowById,
    initialId: () => (linked && rowById.has(linked) ? linked : resumeSegment(rows, drafts.restored)),
    onActivate: notice.clear,
  });
  const { active } = selection;
  const filtering = useStatusFilter(rows, rowById);
  const saver = useTranslationSaver(document.id, lang);
  const saving = useSegmentSaving({ saver, drafts, canTranslate, onNotice: notice.show });
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
  const commands = useEditorCommands({
    visibleRows: filtering.visibleRows,
    canTranslate,
    selection,
    drafts,
    saving,
    suggestions,
    structure,
    dialogs,
    keyboard: !dialogs.helpOpen && !dialogs.concordance && !saver.conflict && !structure.confirming,
  });

  return (
    <div className="editor" data-testid="editor">
      <EditorToolbar
        documentId={document.id}
        title={document.title}
        projectId={project.id}
        lang={lang}
        languages={project.targetLanguages}
        progress={progress}
        filter={filtering.filter}
        onFilter={(next) => selection.keepWithin(filtering.choose(next))}
        onHelp={dialogs.openHelp}
      />
      <EditorBanners
        lang={lang}
        canTranslate={canTranslate}
        notice={notice.message}
        restoredCount={drafts.restored.size}
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
          focusToken={selection.focusToken}
          split={structure.split}
          canMerge={structure.canMerge}
          onActivate={selection.activate}
          onChange={drafts.put}
          onAction={commands.onAction}
        />
        <SidePanel
          segment={active}
          lang={lang}
          canTranslate={canTranslate}
          canReview={canReview}
          hasUnsavedText={active ? drafts.drafts.has(active.id) : false}
          sourceLang={project.sourceLanguage}
          machinery={suggestions.machinery}
          prefilledScore={active ? suggestions.prefilled.get(active.id) : undefined}
          onInsertSuggestion={suggestions.insert}
          onReviewed={saver.applyTranslation}
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
    </div>
  );
}
