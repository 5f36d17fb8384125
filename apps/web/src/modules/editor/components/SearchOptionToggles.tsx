import type { SearchOptions } from '@interlinea/text-search';
import { useTranslation } from 'react-i18next';

/** Match case · whole word · regular expression, as three small check boxes. */
export function SearchOptionToggles({ options, onChange }: { options: SearchOptions; onChange: (next: SearchOptions) => void }) {
  const { t } = useTranslation();
  const toggle = (key: keyof SearchOptions, short: string) => (
    <label className="search-toggle" title={t(`review:search.${key}`)}>
      <input type="checkbox" checked={options[key]} onChange={(e) => onChange({ ...options, [key]: e.target.checked })} data-testid={`search-${key}`} />
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{t(`review:search.${key}`)}</span>
    </label>
  );
  return (
    <span className="search-toggles">
      {toggle('matchCase', 'Aa')}
      {toggle('wholeWord', 'W')}
      {toggle('regex', '.*')}
    </span>
  );
}
