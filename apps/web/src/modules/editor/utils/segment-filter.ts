import { MATCH_BANDS, TRANSLATION_ORIGINS, type MatchBand, type SegmentRow, type TranslationOrigin } from '@interlinea/shared';
import { bandOf } from '@interlinea/tm/browser';
import { compileSearch, hasHit, type SearchOptions } from '@interlinea/text-search';
import { statusFilter, type StatusFilter } from './status-filter';

/**
 * One criterion of the grid's filter. A row is shown when every predicate of the filter passes, so a
 * new criterion (QA severity, open comments) plugs in as one more predicate.
 */
export type SegmentPredicate = (row: SegmentRow) => boolean;

export type OriginFilter = 'all' | TranslationOrigin;
export const ORIGIN_OPTIONS: readonly OriginFilter[] = ['all', ...TRANSLATION_ORIGINS];

/** A memory match band of the text's score, or `none`: no match score. */
export type BandFilter = 'all' | MatchBand | 'none';
export const BAND_OPTIONS: readonly BandFilter[] = ['all', ...MATCH_BANDS, 'none'];

/** Where the text search looks. */
export type SearchScope = 'source' | 'target' | 'both';

export interface TextQuery extends SearchOptions {
  find: string;
  scope: SearchScope;
}

/** QA findings a segment must have: any, at least an error, or at least a warning. */
export type QaFilter = 'all' | 'error' | 'warning';
export const QA_OPTIONS: readonly QaFilter[] = ['all', 'error', 'warning'];

/** The worst QA finding of a row's translation (null: none), as the editor's checks see it. */
export type QaSeverityOf = (row: SegmentRow) => 'error' | 'warning' | null;

/** What the filter bar holds. */
export interface SegmentFilter {
  status: StatusFilter;
  origin: OriginFilter;
  band: BandFilter;
  /** An author's display name, or `all`. */
  author: string;
  qa: QaFilter;
  /** Only segments with open comment threads. */
  openComments: boolean;
  /** Only outdated translations: their origin (the source, or their pivot) changed after they were made. */
  outdated: boolean;
  text: TextQuery;
}

export const EMPTY_TEXT_QUERY: TextQuery = { find: '', scope: 'both', wholeWord: false, matchCase: false, regex: false };
export const NO_FILTER: SegmentFilter = {
  status: 'all',
  origin: 'all',
  band: 'all',
  author: 'all',
  qa: 'all',
  openComments: false,
  outdated: false,
  text: EMPTY_TEXT_QUERY,
};

/** The compiled text search of a query: null when there is nothing to find; an error for an invalid regular expression. */
export function textSearchOf(query: TextQuery): { pattern: RegExp | null; error: string | null } {
  if (query.find === '') return { pattern: null, error: null };
  const compiled = compileSearch(query.find, query);
  return compiled.ok ? { pattern: compiled.pattern, error: null } : { pattern: null, error: compiled.error };
}

export const byStatus =
  (status: StatusFilter): SegmentPredicate =>
  (row) =>
    statusFilter.passes(row, status);

export const byOrigin =
  (origin: TranslationOrigin): SegmentPredicate =>
  (row) =>
    row.translation?.origin === origin;

export const byBand =
  (band: MatchBand | 'none'): SegmentPredicate =>
  (row) => {
    const score = row.translation?.score ?? null;
    return band === 'none' ? score === null : score !== null && bandOf(score) === band;
  };

export const byAuthor =
  (author: string): SegmentPredicate =>
  (row) =>
    row.translation?.authorName === author;

export const byText =
  (pattern: RegExp, scope: SearchScope): SegmentPredicate =>
  (row) =>
    (scope !== 'target' && hasHit(row.source, pattern)) || (scope !== 'source' && hasHit(row.translation?.text ?? '', pattern));

export const withOpenComments: SegmentPredicate = (row) => (row.openComments ?? 0) > 0;

export const isOutdated: SegmentPredicate = (row) => row.outdated === true;

export const byQa =
  (level: 'error' | 'warning', severityOf: QaSeverityOf): SegmentPredicate =>
  (row) => {
    const worst = severityOf(row);
    return worst === 'error' || (worst === 'warning' && level === 'warning');
  };

/** The predicates of a filter (an invalid text search filters nothing until it is fixed); QA needs `severityOf`. */
export function predicatesOf(filter: SegmentFilter, severityOf?: QaSeverityOf): SegmentPredicate[] {
  const predicates: SegmentPredicate[] = [];
  if (filter.status !== 'all') predicates.push(byStatus(filter.status));
  if (filter.origin !== 'all') predicates.push(byOrigin(filter.origin));
  if (filter.band !== 'all') predicates.push(byBand(filter.band));
  if (filter.author !== 'all') predicates.push(byAuthor(filter.author));
  if (filter.qa !== 'all' && severityOf) predicates.push(byQa(filter.qa, severityOf));
  if (filter.openComments) predicates.push(withOpenComments);
  if (filter.outdated) predicates.push(isOutdated);
  const { pattern } = textSearchOf(filter.text);
  if (pattern) predicates.push(byText(pattern, filter.text.scope));
  return predicates;
}

/** The rows every predicate passes (AND), in document order. */
export function applyPredicates(rows: readonly SegmentRow[], predicates: readonly SegmentPredicate[]): SegmentRow[] {
  return predicates.length === 0 ? [...rows] : rows.filter((row) => predicates.every((passes) => passes(row)));
}

/** The authors of the edition's translations, for the author filter. */
export function authorsOf(rows: readonly SegmentRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.translation?.authorName ? [r.translation.authorName] : [])))].sort((a, b) => a.localeCompare(b));
}
