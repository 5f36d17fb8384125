import type { Alignment, AlignmentCommitResult, Language } from '@interlinea/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { alignmentApi } from '../../../api/alignment-api';
import { ErrorMessage } from '../../ui';
import { alignmentQueryKey } from '../hooks/use-alignment';

interface CommitPanelProps {
  alignment: Alignment;
  sourceLanguage: Language;
  /** Managers may also make a document. */
  manage: boolean;
  /** Edits are still being saved. */
  busy: boolean;
}

/** Commit: the rows not marked bad into the memory and/or as a new document. */
export function CommitPanel({ alignment, sourceLanguage, manage, busy }: CommitPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const hasSource = alignment.editions.some((e) => e.language === sourceLanguage);
  const [memory, setMemory] = useState(true);
  const [document, setDocument] = useState(false);
  const [title, setTitle] = useState(alignment.title);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<AlignmentCommitResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const good = alignment.rows.filter((r) => !r.bad).length;

  const commit = async () => {
    if (!window.confirm(t('alignment:commit.confirm'))) return;
    setSending(true);
    setError(null);
    try {
      setResult(await alignmentApi.commit(alignment.id, { version: alignment.version, memory, document, title: document ? title : undefined }));
      await queryClient.invalidateQueries({ queryKey: alignmentQueryKey(alignment.id) });
    } catch (cause) {
      setError(cause);
    } finally {
      setSending(false);
    }
  };

  if (alignment.committedAt) {
    const units = result?.memoryUnits ?? alignment.memoryUnits ?? 0;
    const documentId = result?.documentId ?? alignment.documentId;
    return (
      <section className="align-commit align-commit--done" data-testid="alignment-committed">
        <p>{result?.documentId ? t('alignment:commit.doneDocument', { units, translations: result.translations }) : t('alignment:commit.done', { units })}</p>
        {documentId && (
          <Link to={`/documents/${documentId}/${alignment.editions.find((e) => e.language !== sourceLanguage)?.language ?? sourceLanguage}`}>
            {t('alignment:commit.openDocument')}
          </Link>
        )}
      </section>
    );
  }
  return (
    <section className="align-commit" aria-label={t('alignment:commit.title')}>
      <label className="check">
        <input type="checkbox" checked={memory} onChange={(e) => setMemory(e.target.checked)} data-testid="commit-memory" />
        {t('alignment:commit.memory')}
      </label>
      {manage && (
        <label className="check">
          <input type="checkbox" checked={document} disabled={!hasSource} onChange={(e) => setDocument(e.target.checked)} data-testid="commit-document" />
          {t('alignment:commit.document')}
        </label>
      )}
      {manage && !hasSource && <p className="muted small">{t('alignment:commit.documentNeedsSource', { language: t(`common:language.${sourceLanguage}`) })}</p>}
      {document && (
        <label className="field field--inline">
          <span className="field__label">{t('alignment:commit.documentTitle')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="commit-title" />
        </label>
      )}
      <button
        type="button"
        className="button button--primary"
        disabled={sending || busy || (!memory && !document) || good === 0}
        onClick={() => void commit()}
        data-testid="commit"
      >
        {t('alignment:commit.submit', { count: good })}
      </button>
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}
