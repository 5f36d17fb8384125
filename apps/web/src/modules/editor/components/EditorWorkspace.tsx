import type { ConcordanceHit, DocumentSummary, Language, ProjectSummary, SegmentRow } from '@interlinea/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestionProvenance, useExactMatchPrefill, useMachinery, type MachinerySuggestion } from '../../machinery';
import { ConcordanceDialog } from '../../memory';
import { ErrorMessage, segmentNumber } from '../../ui';
import { useDrafts, useRestoredDrafts } from '../hooks/use-drafts';
import { useEditorShortcuts } from '../hooks/use-editor-shortcuts';
import { useSplitMerge } from '../hooks/use-split-merge';
import { useTranslationSaver } from '../hooks/use-translation-saver';
import { useUnsavedWarning } from '../hooks/use-unsaved-warning';
import { draftStore } from '../utils/draft-store';
import { editionProgress } from '../utils/edition-progress';
import type { EditorCommand } from '../utils/editor-command';
import type { SegmentAction } from '../utils/segment-action';
import { statusFilter, type StatusFilter } from '../utils/status-filter';
import { ConflictDialog } from './ConflictDialog';
import { EditorToolbar } from './EditorToolbar';
import { SegmentGrid } from './SegmentGrid';
import { ShortcutHelpDialog } from './ShortcutHelpDialog';
import { SidePanel } from './SidePanel';
import { StructureConfirmDialog } from './StructureConfirmDialog';

interface EditorWorkspaceProps {
  document: DocumentSummary;
  project: ProjectSummary;
  lang: Language;
  rows: SegmentRow[];
  canTranslate: boolean;
  canReview: boolean;
}

const ACTION_COMMANDS: Record<SegmentAction, EditorCommand> = {
  confirm: { type: 'confirm' },
  saveDraft: { type: 'saveDraft' },
  copySource: { type: 'copySource' },
  split: { type: 'split' },
  merge: { type: 'merge' },
  discard: { type: 'discard' },
};

/** Where a translator resumes: the first segment not yet translated, else the first. */
function firstOpenSegment(rows: SegmentRow[]): string | null {
  const open = rows.find((r) => !r.translation || r.translation.status === 'draft' || r.translation.status === 'rejected');
  return (open ?? rows[0])?.id ?? null;
}

/** The editor of one edition: toolbar, virtualised grid, side panel, keyboard, saving and conflicts. */
export function EditorWorkspace({ document, project, lang, rows, canTranslate, canReview }: EditorWorkspaceProps) {
  const { t } = useTranslation();
  const edition = `${document.id}:${lang}`;
  // Text typed before a reload (or a crash) comes back from this browser's storage, marked as restored.
  useState(() => {
    const saved = new Map(rows.map((r) => [r.id, r.translation?.text ?? '']));
    draftStore.restore(edition, (id) => saved.get(id));
  });
  const drafts = useDrafts(edition);
  const restored = useRestoredDrafts(edition);
  const saver = useTranslationSaver(document.id, lang);
  // Resume where text was typed and not saved, else at the first segment still to translate.
  const [activeId, setActiveId] = useState<string | null>(() => rows.find((r) => draftStore.restored(edition).has(r.id))?.id ?? firstOpenSegment(rows));
  const [filter, setFilter] = useState<StatusFilter>('all');
  // The filtered ids are taken when the filter is chosen: a segment does not vanish while you work on it.
  const [filteredIds, setFilteredIds] = useState<string[] | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const [concordance, setConcordance] = useState<{ query: string } | null>(null);
  const machinery = useMachinery(activeId, lang, project.id);

  const rowById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const visibleRows = useMemo(
    () => (filteredIds ? filteredIds.map((id) => rowById.get(id)).filter((r): r is SegmentRow => r !== undefined) : rows),
    [filteredIds, rowById, rows],
  );
  const progress = useMemo(() => editionProgress(lang, rows), [lang, rows]);
  const active = activeId ? (rowById.get(activeId) ?? null) : null;
  useUnsavedWarning(saver.inFlight);

  const rowsRef = useRef(rowById);
  useEffect(() => {
    rowsRef.current = rowById;
  });
  const savedText = (id: string) => rowsRef.current.get(id)?.translation?.text ?? '';
  const savedVersion = (id: string) => rowsRef.current.get(id)?.translation?.version ?? 0;

  const changeText = useCallback(
    (segmentId: string, text: string) => {
      const translation = rowsRef.current.get(segmentId)?.translation;
      draftStore.set(edition, segmentId, text, translation?.text ?? '', translation?.version ?? 0);
    },
    [edition],
  );
  const activate = useCallback((segmentId: string) => {
    setActiveId(segmentId);
    setNotice(null);
  }, []);

  const structure = useSplitMerge({
    documentId: document.id,
    lang,
    rows,
    active,
    drafts,
    canTranslate,
    onNotice: setNotice,
    onDone: (first) => {
      // Indexes shifted and ids changed: show everything again, with the new segment active.
      setFilter('all');
      setFilteredIds(null);
      if (first) setActiveId(first.id);
      setFocusToken((n) => n + 1);
    },
    onSplitCancelled: () => setFocusToken((n) => n + 1),
  });

  const chooseFilter = (next: StatusFilter) => {
    setFilter(next);
    const ids = next === 'all' ? null : rows.filter((r) => statusFilter.passes(r, next)).map((r) => r.id);
    setFilteredIds(ids);
    if (ids && activeId && !ids.includes(activeId)) setActiveId(ids[0] ?? null);
  };

  const setText = (text: string) => {
    if (!active || !canTranslate) return;
    draftStore.set(edition, active.id, text, savedText(active.id), savedVersion(active.id));
    setFocusToken((n) => n + 1);
  };

  /** Puts a memory match or MT text into the active segment; saves then carry its origin and the text as offered. */
  const takeSuggestion = (origin: 'tm' | 'mt', text: string, focus = true) => {
    if (!active || !canTranslate) return;
    suggestionProvenance.record(edition, active.id, { origin, suggestion: text });
    if (focus) return setText(text);
    draftStore.set(edition, active.id, text, savedText(active.id), savedVersion(active.id));
  };
  const takeSuggestionRef = useRef(takeSuggestion);
  useEffect(() => {
    takeSuggestionRef.current = takeSuggestion;
  });

  const move = (delta: 1 | -1, saveDraft: boolean) => {
    if (!active) {
      if (visibleRows[0]) setActiveId(visibleRows[0].id);
      return;
    }
    const typed = draftStore.get(edition).get(active.id);
    if (saveDraft && canTranslate && typed !== undefined) void saver.save(active.id, typed, 'draft');
    const position = visibleRows.findIndex((r) => r.id === active.id);
    const next = visibleRows[Math.min(Math.max(position + delta, 0), visibleRows.length - 1)];
    if (next) activate(next.id);
  };

  const confirm = () => {
    if (!active || !canTranslate) return;
    const typed = draftStore.get(edition).get(active.id);
    const text = typed ?? savedText(active.id);
    if (!text.trim()) {
      setNotice(t('editor:emptyNotSaved'));
      return;
    }
    const status = active.translation?.status;
    if (typed !== undefined || status === 'draft' || status === 'rejected' || !status) void saver.save(active.id, text, 'translated');
    move(1, false);
  };

  const run = (command: EditorCommand) => {
    switch (command.type) {
      case 'confirm':
        return confirm();
      case 'move':
        return move(command.delta, true);
      case 'copySource':
        return active && setText(active.source);
      case 'insertMatch': {
        const suggestion = machinery.suggestions[command.rank - 1];
        return suggestion && takeSuggestion(suggestion.kind, suggestion.text);
      }
      case 'concordance':
        return setConcordance({ query: window.getSelection()?.toString().trim().slice(0, 200) ?? '' });
      case 'saveDraft': {
        const typed = active ? draftStore.get(edition).get(active.id) : undefined;
        return active && canTranslate && typed !== undefined && void saver.save(active.id, typed, 'draft');
      }
      case 'help':
        return setHelpOpen(true);
      case 'split':
        return structure.split ? structure.cancelSplit() : structure.startSplit();
      case 'merge':
        return structure.merge();
      case 'discard':
        if (!active) return;
        draftStore.discard(edition, active.id);
        suggestionProvenance.forget(edition, active.id);
        return setFocusToken((n) => n + 1);
    }
  };
  useEditorShortcuts(!helpOpen && !concordance && !saver.conflict && !structure.confirming, run);

  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  const onAction = useCallback((action: SegmentAction) => runRef.current(ACTION_COMMANDS[action]), []);
  const setTextRef = useRef(setText);
  useEffect(() => {
    setTextRef.current = setText;
  });
  const insertSuggestion = useCallback((suggestion: MachinerySuggestion) => takeSuggestionRef.current(suggestion.kind, suggestion.text), []);
  const prefilled = useExactMatchPrefill({
    segment: active,
    hasDraft: active ? drafts.has(active.id) : false,
    memoryLoaded: machinery.memoryLoaded,
    suggestions: machinery.suggestions,
    enabled: canTranslate,
    apply: (match) => takeSuggestion('tm', match.text, false),
  });

  const conflictRow = saver.conflict ? rowById.get(saver.conflict.segmentId) : undefined;

  return (
    <div className="editor" data-testid="editor">
      <EditorToolbar
        documentId={document.id}
        title={document.title}
        projectId={project.id}
        lang={lang}
        languages={project.targetLanguages}
        progress={progress}
        filter={filter}
        onFilter={chooseFilter}
        onHelp={() => setHelpOpen(true)}
      />
      {!canTranslate && (
        <p className="banner" role="note">
          {t('editor:readOnly', { language: t(`common:language.${lang}`) })}
        </p>
      )}
      {notice && (
        <p className="banner banner--warning" role="status">
          {notice}
        </p>
      )}
      {restored.size > 0 && (
        <p className="banner banner--warning" role="status" data-testid="restored-banner">
          {t('editor:restored.banner', { count: restored.size })}
        </p>
      )}
      {saver.error !== null && (
        <div className="banner banner--error">
          <ErrorMessage error={saver.error} testId="save-error" />
          <button type="button" className="button button--small" onClick={saver.dismissError}>
            {t('common:actions.dismiss')}
          </button>
        </div>
      )}
      {structure.error !== null && (
        <div className="banner banner--error">
          <ErrorMessage error={structure.error} testId="structure-error" />
          <button type="button" className="button button--small" onClick={structure.dismissError}>
            {t('common:actions.dismiss')}
          </button>
        </div>
      )}
      <div className="editor__body">
        <SegmentGrid
          rows={visibleRows}
          lang={lang}
          sourceLang={project.sourceLanguage}
          activeId={activeId}
          editable={canTranslate}
          drafts={drafts}
          restored={restored}
          saving={saver.saving}
          focusToken={focusToken}
          split={structure.split}
          canMerge={structure.canMerge}
          onActivate={activate}
          onChange={changeText}
          onAction={onAction}
        />
        <SidePanel
          segment={active}
          lang={lang}
          canTranslate={canTranslate}
          canReview={canReview}
          hasUnsavedText={active ? drafts.has(active.id) : false}
          sourceLang={project.sourceLanguage}
          machinery={machinery}
          prefilledScore={active ? prefilled.get(active.id) : undefined}
          onInsertSuggestion={insertSuggestion}
          onReviewed={saver.applyTranslation}
        />
      </div>
      {structure.confirming && active && (
        <StructureConfirmDialog
          kind={structure.confirming.kind}
          number={segmentNumber(active.index)}
          onConfirm={structure.confirm}
          onClose={structure.cancelConfirm}
        />
      )}
      {helpOpen && <ShortcutHelpDialog onClose={() => setHelpOpen(false)} />}
      {concordance && (
        <ConcordanceDialog
          projectId={project.id}
          lang={lang}
          initialQuery={concordance.query}
          canInsert={canTranslate && active !== null}
          onInsert={(hit: ConcordanceHit) => takeSuggestion('tm', hit.target)}
          onClose={() => setConcordance(null)}
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
    </div>
  );
}
