import type { ConcordanceHit, Language } from '@interlinea/shared';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, ErrorMessage, useFormatDate } from '../../ui';
import { useConcordance } from '../hooks/use-concordance';
import { Highlighted } from './Highlighted';

interface ConcordanceDialogProps {
  projectId: string;
  lang: Language;
  /** Text to search at once (the selection, when there was one). */
  initialQuery?: string;
  canInsert: boolean;
  onInsert: (hit: ConcordanceHit) => void;
  onClose: () => void;
}

/** Ctrl+K: searches the memory for a phrase in source and target; ↑/↓ pick a hit, Enter inserts its translation. */
export function ConcordanceDialog({ projectId, lang, initialQuery = '', canInsert, onInsert, onClose }: ConcordanceDialogProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [query, setQuery] = useState(initialQuery);
  const [selected, setSelected] = useState(0);
  const [partial, setPartial] = useState(false);
  const search = useConcordance(projectId, lang, query, partial);
  const hits = search.settledQuery ? (search.data?.hits ?? []) : [];
  const current = Math.min(selected, Math.max(hits.length - 1, 0));

  const insert = (hit: ConcordanceHit | undefined) => {
    if (!hit || !canInsert) return;
    onInsert(hit);
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      setSelected(Math.min(Math.max(current + delta, 0), Math.max(hits.length - 1, 0)));
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      insert(hits[current]);
    }
  };

  return (
    <Dialog title={t('memory:concordance.title')} onClose={onClose} wide testId="concordance-dialog">
      <label className="field">
        <span className="field__label">{t('memory:concordance.label')}</span>
        <input
          className="input"
          type="search"
          value={query}
          maxLength={200}
          data-autofocus
          data-testid="concordance-input"
          aria-controls="concordance-hits"
          aria-activedescendant={hits.length ? `concordance-hit-${current}` : undefined}
          onChange={(e) => {
            setQuery(e.target.value);
            setSelected(0);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={partial} data-testid="concordance-partial" onChange={(e) => setPartial(e.target.checked)} />
        {t('memory:concordance.partial')}
      </label>
      <p className="muted small">{t('memory:concordance.hint')}</p>
      {search.error ? <ErrorMessage error={search.error} /> : null}
      {search.settledQuery && search.isSuccess && hits.length === 0 && (
        <p className="muted" data-testid="concordance-empty">
          {t('memory:concordance.none', { query: search.settledQuery })}
        </p>
      )}
      {hits.length > 0 && (
        <ul className="concordance-list" id="concordance-hits" role="listbox" aria-label={t('memory:concordance.results')}>
          {hits.map((hit, i) => (
            <li
              key={hit.unitId}
              id={`concordance-hit-${i}`}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'concordance-hit concordance-hit--selected' : 'concordance-hit'}
              data-testid="concordance-hit"
              data-selected={i === current || undefined}
              onMouseEnter={() => setSelected(i)}
              onClick={() => insert(hit)}
            >
              <span className="concordance-hit__lang">{hit.sourceLanguage.toUpperCase()}</span>
              <Highlighted text={hit.source} ranges={hit.sourceHits} lang={hit.sourceLanguage} />
              <span className="concordance-hit__lang">{hit.targetLanguage.toUpperCase()}</span>
              <span data-testid="concordance-target">
                <Highlighted text={hit.target} ranges={hit.targetHits} lang={hit.targetLanguage} />
              </span>
              <span className="concordance-hit__meta">
                {t(`machinery:origin.${hit.origin}`)}
                {hit.authorName ? ` · ${hit.authorName}` : ''} · {formatDate(hit.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {search.data?.truncated && <p className="muted small">{t('memory:concordance.truncated')}</p>}
    </Dialog>
  );
}
