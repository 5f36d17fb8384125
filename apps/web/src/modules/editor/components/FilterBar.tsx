import type { SegmentRow } from '@interlinea/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { statusFilter, type StatusFilter } from '../utils/status-filter';
import {
  authorsOf,
  BAND_OPTIONS,
  ORIGIN_OPTIONS,
  QA_OPTIONS,
  type BandFilter,
  type OriginFilter,
  type QaFilter,
  type SearchScope,
  type SegmentFilter,
} from '../utils/segment-filter';
import { SearchOptionToggles } from './SearchOptionToggles';

interface FilterBarProps {
  rows: readonly SegmentRow[];
  filter: SegmentFilter;
  searchError: string | null;
  shownCount: number;
  canReplace: boolean;
  onFilter: (next: SegmentFilter) => void;
  onReplace: () => void;
}

/** Which segments the grid shows: status, origin, match band, author, text in the source and/or translation. */
export function FilterBar({ rows, filter, searchError, shownCount, canReplace, onFilter, onReplace }: FilterBarProps) {
  const { t } = useTranslation();
  const authors = useMemo(() => authorsOf(rows), [rows]);
  const set = (patch: Partial<SegmentFilter>) => onFilter({ ...filter, ...patch });
  const setText = (patch: Partial<SegmentFilter['text']>) => set({ text: { ...filter.text, ...patch } });
  const filtered = shownCount !== rows.length;
  const outdatedCount = useMemo(() => rows.filter((r) => r.outdated).length, [rows]);
  return (
    <div className="filter-bar" role="search" aria-label={t('review:filter.label')} data-testid="filter-bar">
      <label className="filter-bar__field">
        <span>{t('editor:filter.label')}</span>
        <select value={filter.status} onChange={(e) => set({ status: e.target.value as StatusFilter })} data-testid="status-filter">
          {statusFilter.options.map((f) => (
            <option key={f} value={f}>
              {t(`editor:filter.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-bar__field">
        <span>{t('review:filter.origin')}</span>
        <select value={filter.origin} onChange={(e) => set({ origin: e.target.value as OriginFilter })} data-testid="origin-filter">
          {ORIGIN_OPTIONS.map((o) => (
            <option key={o} value={o}>
              {t(`review:filter.origins.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-bar__field">
        <span>{t('review:filter.band')}</span>
        <select value={filter.band} onChange={(e) => set({ band: e.target.value as BandFilter })} data-testid="band-filter">
          {BAND_OPTIONS.map((b) => (
            <option key={b} value={b}>
              {b === 'all' || b === 'none' ? t(`review:filter.bands.${b}`) : `${b} %`}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-bar__field">
        <span>{t('review:filter.author')}</span>
        <select value={filter.author} onChange={(e) => set({ author: e.target.value })} data-testid="author-filter">
          <option value="all">{t('review:filter.anyone')}</option>
          {authors.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-bar__field">
        <span>{t('review:filter.qa')}</span>
        <select value={filter.qa} onChange={(e) => set({ qa: e.target.value as QaFilter })} data-testid="qa-filter">
          {QA_OPTIONS.map((q) => (
            <option key={q} value={q}>
              {t(`review:filter.qaLevels.${q}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-bar__check">
        <input type="checkbox" checked={filter.openComments} onChange={(e) => set({ openComments: e.target.checked })} data-testid="comments-filter" />
        {t('review:filter.openComments')}
      </label>
      <label className="filter-bar__check">
        <input type="checkbox" checked={filter.outdated} onChange={(e) => set({ outdated: e.target.checked })} data-testid="outdated-filter" />
        {outdatedCount > 0 ? t('editions:outdated.filterCount', { count: outdatedCount }) : t('editions:outdated.filter')}
      </label>
      <span className="filter-bar__search">
        <input
          type="search"
          value={filter.text.find}
          placeholder={t('review:search.placeholder')}
          aria-label={t('review:search.label')}
          aria-invalid={searchError ? true : undefined}
          aria-describedby={searchError ? 'filter-search-error' : undefined}
          onChange={(e) => setText({ find: e.target.value })}
          data-testid="text-search"
        />
        <select
          value={filter.text.scope}
          onChange={(e) => setText({ scope: e.target.value as SearchScope })}
          aria-label={t('review:search.scope')}
          data-testid="search-scope"
        >
          {(['both', 'source', 'target'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`review:search.scopes.${s}`)}
            </option>
          ))}
        </select>
        <SearchOptionToggles options={filter.text} onChange={(o) => setText(o)} />
      </span>
      {canReplace && (
        <button type="button" className="button button--small" onClick={onReplace} data-testid="open-replace">
          {t('review:replace.open')}
        </button>
      )}
      {filtered && (
        <span className="filter-bar__count" role="status">
          {t('review:filter.shown', { count: shownCount, total: rows.length })}
        </span>
      )}
      {searchError && (
        <span id="filter-search-error" className="field__error filter-bar__error" role="alert" data-testid="search-error">
          {t('review:search.invalidRegex', { reason: searchError.replace(/^not a valid regular expression: /, '') })}
        </span>
      )}
    </div>
  );
}
