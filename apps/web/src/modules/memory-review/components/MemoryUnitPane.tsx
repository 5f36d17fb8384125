import type { MemoryUnitDetail } from '@interlinea/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading, useFormatDate } from '../../ui';
import { UnitBadges } from './UnitBadges';
import { UnitProvenance } from './UnitProvenance';

interface UnitPaneProps {
  unit: MemoryUnitDetail | undefined;
  loading: boolean;
  error: unknown;
  editing: boolean;
  canReview: boolean;
  canDelete: boolean;
  onEdit: (editing: boolean) => void;
  onSave: (variants: Record<string, string>) => Promise<void>;
  onRetire: () => void;
  onVouch: (trusted: boolean) => void;
  onDelete: () => void;
}

/** One unit: its variants (editable), where it came from, trust and retirement, and its history. */
export function MemoryUnitPane({ unit, loading, error, editing, canReview, canDelete, onEdit, onSave, onRetire, onVouch, onDelete }: UnitPaneProps) {
  const { t } = useTranslation('memoryReview');
  const formatDate = useFormatDate();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<unknown>(null);
  const firstField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!editing || !unit) return;
    setTexts(Object.fromEntries(unit.variants.map((v) => [v.language, v.text])));
    setSaveError(null);
    requestAnimationFrame(() => firstField.current?.focus());
  }, [editing, unit]);

  if (loading) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!unit) return <p className="muted">{t('unit.choose')}</p>;

  const save = async () => {
    const changed = Object.fromEntries(Object.entries(texts).filter(([lang, text]) => unit.variants.find((v) => v.language === lang)?.text !== text));
    try {
      if (Object.keys(changed).length > 0) await onSave(changed);
      onEdit(false);
    } catch (cause) {
      setSaveError(cause);
    }
  };

  return (
    <article className="memory-pane" data-testid="memory-unit-pane" aria-labelledby="memory-unit-title">
      <header className="memory-pane__head">
        <h2 id="memory-unit-title" tabIndex={-1}>
          {t('unit.title', { id: unit.id })}
        </h2>
        <UnitBadges unit={unit} />
      </header>
      {canReview && !editing && (
        <div className="memory-pane__actions">
          <button type="button" className="button button--small" onClick={() => onEdit(true)} data-testid="unit-edit">
            {t('unit.edit')}
          </button>
          <button type="button" className="button button--small" onClick={onRetire} data-testid="unit-retire">
            {unit.retired ? t('unit.restore') : t('unit.retire')}
          </button>
          <button type="button" className="button button--small" onClick={() => onVouch(!unit.trusted)} data-testid="unit-vouch">
            {unit.trusted ? t('unit.unvouch') : t('unit.vouch')}
          </button>
          {canDelete && (
            <button type="button" className="button button--small button--danger" onClick={onDelete} data-testid="unit-delete">
              {t('unit.delete')}
            </button>
          )}
        </div>
      )}

      <h3 className="memory-pane__section">{t('unit.variants')}</h3>
      {editing ? (
        <form
          className="memory-pane__edit"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onEdit(false);
            } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
        >
          {unit.variants.map((v, i) => (
            <label key={v.language} className="memory-pane__variant">
              <span className="memory-lang">{v.language.toUpperCase()}</span>
              <textarea
                ref={i === 0 ? firstField : undefined}
                lang={v.language}
                value={texts[v.language] ?? v.text}
                onChange={(e) => setTexts({ ...texts, [v.language]: e.target.value })}
                rows={2}
                data-testid={`unit-variant-${v.language}`}
              />
            </label>
          ))}
          {saveError !== null && <ErrorMessage error={saveError} />}
          <div className="memory-pane__actions">
            <button type="submit" className="button button--primary button--small" data-testid="unit-save">
              {t('unit.save')}
            </button>
            <button type="button" className="button button--small" onClick={() => onEdit(false)}>
              {t('unit.cancel')}
            </button>
            <span className="muted small">{t('unit.saveHint')}</span>
          </div>
        </form>
      ) : (
        <dl className="memory-pane__variants">
          {unit.variants.map((v) => (
            <div key={v.language} className="memory-pane__variant">
              <dt className="memory-lang">{v.locale ?? v.language.toUpperCase()}</dt>
              <dd lang={v.language} data-testid={`unit-text-${v.language}`}>
                {v.text}
                <span className="muted small">
                  {' '}
                  — {v.authorName ? t('unit.by', { name: v.authorName, date: formatDate(v.updatedAt) }) : formatDate(v.updatedAt)}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}

      <UnitProvenance unit={unit} />

      <h3 className="memory-pane__section">{t('unit.history')}</h3>
      {unit.history.length === 0 ? (
        <p className="muted small">{t('unit.noHistory')}</p>
      ) : (
        <ul className="memory-history" data-testid="unit-history">
          {unit.history.map((r, i) => (
            <li key={i} className="small">
              <strong>{t(`unit.kind.${r.kind}`)}</strong>
              {r.language && ` ${r.language.toUpperCase()}`} — {t('unit.by', { name: r.authorName ?? '—', date: formatDate(r.createdAt) })}
              {r.kind === 'corrected' && (
                <div className="memory-history__diff">
                  <del>{r.before}</del> → <ins>{r.after}</ins>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">
        <Link to={`/projects/${unit.projectId}`}>{t('unit.project', { name: unit.projectName })}</Link>
      </p>
    </article>
  );
}
