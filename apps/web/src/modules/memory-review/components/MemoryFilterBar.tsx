import { MEMORY_UNIT_ORIGINS, type MemoryImport, type ProjectSummary } from '@interlinea/shared';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { initialFilter, type UnitFilter } from '../utils/unit-filter';

interface FilterBarProps {
  filter: UnitFilter;
  onChange: (filter: UnitFilter) => void;
  languages: string[];
  imports: MemoryImport[];
  /** The shared memory's page: units of every project, filtered by one. */
  projects?: ProjectSummary[];
  searchRef: RefObject<HTMLInputElement | null>;
}

/** The search box and the filters of the memory page: a new search starts when submitted, a filter when chosen. */
export function MemoryFilterBar({ filter, onChange, languages, imports, projects, searchRef }: FilterBarProps) {
  const { t } = useTranslation('memoryReview');
  const [q, setQ] = useState(filter.q);
  const set = <K extends keyof UnitFilter>(key: K, value: UnitFilter[K]) => onChange({ ...filter, q, [key]: value });
  const select = <K extends keyof UnitFilter>(key: K, label: string, options: [string, string][]) => (
    <label className="memory-filter">
      <span>{label}</span>
      <select value={filter[key]} onChange={(e) => set(key, e.target.value as UnitFilter[K])} data-testid={`memory-filter-${key}`}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const languageOptions = languages.map((l): [string, string] => [l, l.toUpperCase()]);

  return (
    <form
      className="memory-filters"
      role="search"
      aria-label={t('search.label')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ ...filter, q: q.trim() });
      }}
    >
      <div className="memory-filters__search">
        <input
          ref={searchRef}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault(); // a search box empties itself on Esc: here Esc leaves it for the list
            e.currentTarget.blur();
          }}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          data-testid="memory-search"
        />
        {select('mode', t('search.mode.label'), [
          ['words', t('search.mode.words')],
          ['phrase', t('search.mode.phrase')],
          ['regex', t('search.mode.regex')],
        ])}
        {select('in', t('search.in.label'), [
          ['both', t('search.in.both')],
          ['source', t('search.in.source')],
          ['target', t('search.in.target')],
        ])}
        <button type="submit" className="button button--primary button--small">
          {t('search.submit')}
        </button>
      </div>
      <div className="memory-filters__row">
        {select('source', t('filters.source'), languageOptions)}
        {select('target', t('filters.target'), languageOptions)}
        {select('origin', t('filters.origin'), [['', t('filters.anyOrigin')], ...MEMORY_UNIT_ORIGINS.map((o): [string, string] => [o, t(`origin.${o}`)])])}
        {imports.length > 0 &&
          select('importId', t('filters.import'), [['', t('filters.anyImport')], ...imports.map((i): [string, string] => [String(i.id), i.fileName])])}
        {projects && select('project', t('filters.project'), [['', t('filters.anyProject')], ...projects.map((p): [string, string] => [p.id, p.name])])}
        {select('trusted', t('filters.trusted'), [
          ['', t('filters.anyTrust')],
          ['true', t('filters.trustedOnly')],
          ['false', t('filters.untrustedOnly')],
        ])}
        {select('retired', t('filters.retired'), [
          ['false', t('filters.activeOnly')],
          ['true', t('filters.retiredOnly')],
          ['any', t('filters.anyRetired')],
        ])}
        <label className="memory-filter">
          <span>{t('filters.author')}</span>
          <input
            type="text"
            defaultValue={filter.author}
            onBlur={(e) => e.target.value.trim() !== filter.author && set('author', e.target.value.trim())}
            size={12}
          />
        </label>
        <label className="memory-filter">
          <span>{t('filters.from')}</span>
          <input type="date" value={filter.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label className="memory-filter">
          <span>{t('filters.to')}</span>
          <input type="date" value={filter.to} onChange={(e) => set('to', e.target.value)} />
        </label>
        {select('sort', t('filters.sort'), [
          ['relevance', t('filters.relevance')],
          ['date', t('filters.date')],
        ])}
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setQ('');
            onChange(initialFilter(filter.source, filter.target));
          }}
        >
          {t('filters.reset')}
        </button>
      </div>
    </form>
  );
}
