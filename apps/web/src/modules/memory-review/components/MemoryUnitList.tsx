import type { MemoryUnitPage } from '@interlinea/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../ui';
import { UnitBadges } from './UnitBadges';
import { UnitText } from './UnitText';

interface UnitListProps {
  page: MemoryUnitPage;
  source: string;
  target: string;
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  onPage: (page: number) => void;
}

/** A page of units: source | translation with the hits marked, origin, trust and who, and the pager. */
export function MemoryUnitList({ page, source, target, selected, onSelect, onOpen, onPage }: UnitListProps) {
  const { t } = useTranslation('memoryReview');
  const formatDate = useFormatDate();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected, page]);
  const first = (page.page - 1) * page.pageSize;
  const last = first + page.units.length;

  return (
    <section className="memory-results" aria-label={t('list.label')}>
      <div className="memory-results__head">
        <strong data-testid="memory-total">{page.totalCapped ? t('list.countCapped', { count: page.total }) : t('list.count', { count: page.total })}</strong>
        <span className="muted small">{t('list.took', { ms: page.tookMs })}</span>
        {page.total > 0 && (
          <span className="memory-pager">
            <button
              type="button"
              className="button button--small"
              disabled={page.page <= 1}
              onClick={() => onPage(page.page - 1)}
              aria-label={t('list.previous')}
            >
              ‹
            </button>
            <span className="small">{t('list.range', { from: first + 1, to: last, total: page.total })}</span>
            <button
              type="button"
              className="button button--small"
              disabled={last >= page.total}
              onClick={() => onPage(page.page + 1)}
              aria-label={t('list.next')}
            >
              ›
            </button>
          </span>
        )}
      </div>
      {page.units.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : (
        <ul
          ref={list}
          className="memory-units"
          role="listbox"
          aria-label={t('list.label')}
          aria-activedescendant={page.units[selected] ? `memory-unit-${page.units[selected].id}` : undefined}
          tabIndex={0}
          data-testid="memory-units"
        >
          {page.units.map((unit, i) => (
            <li
              key={unit.id}
              id={`memory-unit-${unit.id}`}
              data-index={i}
              role="option"
              aria-selected={i === selected}
              className={`memory-unit${i === selected ? ' memory-unit--selected' : ''}${unit.retired ? ' memory-unit--retired' : ''}`}
              onClick={() => onSelect(i)}
              onDoubleClick={() => onOpen(i)}
              data-testid="memory-unit"
            >
              <div className="memory-unit__texts">
                <UnitText text={unit.variants[source]} ranges={unit.hits[source]} lang={source} />
                <UnitText text={unit.variants[target]} ranges={unit.hits[target]} lang={target} />
              </div>
              <div className="memory-unit__meta small">
                <UnitBadges unit={unit} />
                <span className="muted">
                  {unit.authorName && `${unit.authorName} · `}
                  {formatDate(unit.updatedAt)}
                  {unit.insertions > 0 && ` · ${t('badge.insertions', { count: unit.insertions })}`}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
