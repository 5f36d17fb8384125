import type { Language, SegmentRow } from '@interlinea/shared';
import type { SearchOptions, TextRange } from '@interlinea/text-search';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../api/api-request-error';
import { batchEditsApi } from '../../../api/batch-edits-api';
import { Dialog, ErrorMessage, segmentNumber } from '../../ui';
import { replacePreview } from '../utils/replace-preview';
import { segmentsQueryKey } from '../utils/segments-query-key';
import { SearchOptionToggles } from './SearchOptionToggles';

interface ReplaceDialogProps {
  documentId: string;
  lang: Language;
  /** The rows replaced in (those the filter shows). */
  rows: readonly SegmentRow[];
  /** Segments with unsaved text: left out (their saved text is not what the translator sees). */
  drafts: ReadonlyMap<string, string>;
  initialFind: string;
  initialOptions: SearchOptions;
  onDone: (batchId: string, count: number) => void;
  onClose: () => void;
}

/** Marks the spans of a text (the found text before, its replacement after). */
function Spans({ text, spans, className }: { text: string; spans: readonly TextRange[]; className: string }) {
  const pieces: ReactNode[] = [];
  let from = 0;
  spans.forEach((s, i) => {
    if (s.start > from) pieces.push(<span key={`t${i}`}>{text.slice(from, s.start)}</span>);
    pieces.push(
      <mark key={`m${i}`} className={className}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    from = s.end;
  });
  pieces.push(<span key="rest">{text.slice(from)}</span>);
  return <>{pieces}</>;
}

/** Replace in the targets: every change previewed (before → after), each can be left out; applied as one batch that can be undone. */
export function ReplaceDialog({ documentId, lang, rows, drafts, initialFind, initialOptions, onDone, onClose }: ReplaceDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [find, setFind] = useState(initialFind);
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<SearchOptions>(initialOptions);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const preview = useMemo(
    () =>
      find === ''
        ? null
        : replacePreview(
            rows.filter((r) => !drafts.has(r.id)),
            find,
            replacement,
            options,
          ),
    [rows, drafts, find, replacement, options],
  );
  const items = preview?.ok ? preview.items : [];
  const chosen = items.filter((i) => !excluded.has(i.row.id));
  const findError = preview && !preview.ok ? preview.error : null;

  const apply = () => {
    if (chosen.length === 0 || busy) return;
    setBusy(true);
    setError(null);
    batchEditsApi
      .replace(documentId, { lang, find, replace: replacement, options, segmentIds: chosen.map((i) => i.row.id), versions: chosen.map((i) => i.version) })
      .then((result) => {
        onDone(result.batchId, result.changed.length);
        onClose();
      })
      .catch((e: unknown) => setError(e instanceof ApiRequestError && e.status === 409 ? new Error(t('review:replace.stale')) : e))
      .finally(() => {
        setBusy(false);
        void queryClient.invalidateQueries({ queryKey: segmentsQueryKey(documentId, lang) });
      });
  };

  return (
    <Dialog
      title={t('review:replace.title')}
      onClose={onClose}
      wide
      testId="replace-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="button" className="button button--primary" disabled={chosen.length === 0 || busy} onClick={apply} data-testid="replace-apply">
            {t('review:replace.apply', { count: chosen.length })}
          </button>
        </>
      }
    >
      <div className="replace-form">
        <label className="field">
          <span className="field__label">{t('review:replace.find')}</span>
          <input
            value={find}
            onChange={(e) => setFind(e.target.value)}
            aria-invalid={findError ? true : undefined}
            aria-describedby={findError ? 'replace-find-error' : undefined}
            data-testid="replace-find"
            data-autofocus
          />
          {findError && (
            <span id="replace-find-error" className="field__error" role="alert" data-testid="replace-find-error">
              {t('review:search.invalidRegex', { reason: findError.replace(/^not a valid regular expression: /, '') })}
            </span>
          )}
        </label>
        <label className="field">
          <span className="field__label">{t('review:replace.with')}</span>
          <input value={replacement} onChange={(e) => setReplacement(e.target.value)} data-testid="replace-with" />
        </label>
        <SearchOptionToggles options={options} onChange={setOptions} />
      </div>
      {drafts.size > 0 && <p className="muted small">{t('review:replace.draftsLeftOut')}</p>}
      {preview?.ok && (
        <p className="replace-summary" role="status">
          {t('review:replace.summary', { count: items.length, chosen: chosen.length })}
        </p>
      )}
      <ol className="replace-preview" data-testid="replace-preview">
        {items.map((item) => (
          <li key={item.row.id} className="replace-preview__item" data-testid="replace-item">
            <label className="replace-preview__pick">
              <input
                type="checkbox"
                checked={!excluded.has(item.row.id)}
                onChange={() =>
                  setExcluded((now) => {
                    const next = new Set(now);
                    if (!next.delete(item.row.id)) next.add(item.row.id);
                    return next;
                  })
                }
                aria-label={t('review:replace.include', { number: segmentNumber(item.row.index) })}
              />
              <span className="replace-preview__number">{segmentNumber(item.row.index)}</span>
            </label>
            <span className="replace-preview__before" lang={lang}>
              <Spans text={item.result.before} spans={item.result.spans.map((s) => s.before)} className="replace-preview__old" />
            </span>
            <span className="replace-preview__arrow" aria-hidden="true">
              →
            </span>
            <span className="replace-preview__after" lang={lang}>
              <Spans text={item.result.after} spans={item.result.spans.map((s) => s.after)} className="replace-preview__new" />
            </span>
          </li>
        ))}
      </ol>
      <ErrorMessage error={error} />
    </Dialog>
  );
}
