import { Injectable } from '@nestjs/common';
import type { MemoryUnitFilter, MemoryUnitPage, MemoryUnitQuery, MemoryUnitSummary } from '@interlinea/shared';
import { SHARED_SCOPE, hitDensity, hitRanges, matcherOf, tokenId, wordKeys, type TextMatcher } from '@interlinea/tm';
import { AppException } from '../../../common/errors/app.exception';
import { MemoryLookupRepository } from '../lookup/memory-lookup.repository';
import { MemoryReviewRepository, type SearchCandidate, type UnitRow } from './memory-review.repository';
import type { MemoryPageScope } from './unit-filter-sql';

/** Variants a search reads at most: the most selective word's postings, then checked text by text. */
export const SEARCH_CANDIDATES = 10000;
/** Browsing without a search counts the units up to this many. */
export const BROWSE_COUNT_CAP = 10000;

interface Hit {
  unitId: number;
  changedAt: number;
  /** Hits per word of the texts that matched: denser hits rank first. */
  density: number;
}

/**
 * The memory page's search. Words and phrases go through the lookups' word index (`tm_posting`):
 * the rarest word of the search, per side of the pair, lists the candidates (word ids are per
 * language pair and scope, so the side and the pair come with them), which the filters narrow in
 * SQL and every word (or the phrase) then confirms in the text. A regular expression reads the texts.
 */
@Injectable()
export class MemoryUnitSearch {
  constructor(
    private readonly reviews: MemoryReviewRepository,
    private readonly lookups: MemoryLookupRepository,
  ) {}

  async page(scope: MemoryPageScope, query: MemoryUnitQuery): Promise<MemoryUnitPage> {
    const started = performance.now();
    const offset = (query.page - 1) * query.pageSize;
    let ids: number[];
    let total: number;
    let totalCapped: boolean;
    const matcher = query.q === '' ? null : this.matcher(query);
    if (!matcher) {
      const browsed = await this.reviews.browse(scope, query, offset, query.pageSize, BROWSE_COUNT_CAP);
      ({ ids, total } = browsed);
      totalCapped = total >= BROWSE_COUNT_CAP;
    } else {
      const found = await this.hits(scope, query, matcher);
      const sorted = query.sort === 'date' ? found.hits.sort((a, b) => b.changedAt - a.changedAt || b.unitId - a.unitId) : found.hits.sort(byRelevance);
      ids = sorted.slice(offset, offset + query.pageSize).map((h) => h.unitId);
      total = found.hits.length;
      totalCapped = found.capped;
    }
    const rows = new Map((await this.reviews.units(ids)).map((r) => [r.id, r]));
    const units = ids.flatMap((id) => (rows.has(id) ? [summary(rows.get(id)!, query, matcher)] : []));
    return { units, total, totalCapped, page: query.page, pageSize: query.pageSize, tookMs: Math.round((performance.now() - started) * 10) / 10 };
  }

  /** Every unit the filter (and its search) keeps: for bulk actions. */
  async ids(scope: MemoryPageScope, filter: MemoryUnitFilter): Promise<{ ids: number[]; capped: boolean }> {
    if (filter.q === '') return { ids: await this.reviews.allIds(scope, filter), capped: false };
    const found = await this.hits(scope, filter, this.matcher(filter));
    return { ids: found.hits.map((h) => h.unitId), capped: found.capped };
  }

  private matcher(filter: MemoryUnitFilter): TextMatcher {
    try {
      const matcher = matcherOf(filter.mode, filter.q);
      if (matcher.kind !== 'regex' && matcher.keys.length === 0) throw AppException.invalid('q', 'search for at least one word or number');
      return matcher;
    } catch (error) {
      if (error instanceof SyntaxError) throw AppException.invalid('q', `not a valid regular expression: ${error.message}`);
      throw error;
    }
  }

  private async hits(scope: MemoryPageScope, filter: MemoryUnitFilter, matcher: TextMatcher): Promise<{ hits: Hit[]; capped: boolean }> {
    const sides = sidesOf(filter);
    let candidates: SearchCandidate[];
    if (matcher.kind === 'regex') {
      try {
        candidates = await this.reviews.regexCandidates(
          filter.q,
          sides.map(([from]) => from),
          scope,
          filter,
          SEARCH_CANDIDATES,
        );
      } catch (error) {
        if ((error as { code?: string }).code === '2201B') throw AppException.invalid('q', 'not a valid regular expression');
        throw error;
      }
    } else {
      const tokens = await this.selectiveTokens(scope, filter.q, sides);
      candidates = tokens.length === 0 ? [] : await this.reviews.wordCandidates(tokens, scope, filter, SEARCH_CANDIDATES);
    }
    const wanted = new Set(sides.map(([from]) => from));
    const hits = new Map<number, Hit>();
    for (const c of candidates) {
      if (!wanted.has(c.language)) continue;
      const density = hitDensity(c.text, matcher);
      if (density === 0) continue;
      const hit = hits.get(c.unitId);
      if (!hit) hits.set(c.unitId, { unitId: c.unitId, changedAt: new Date(c.changedAt).getTime(), density });
      else hit.density = Math.max(hit.density, density);
    }
    return { hits: [...hits.values()], capped: candidates.length >= SEARCH_CANDIDATES };
  }

  /**
   * The word ids to read: per side, those of the rarest word of the search (in both scopes a
   * project's units live in); none for a side where some word is never found.
   */
  private async selectiveTokens(scope: MemoryPageScope, q: string, sides: [string, string][]): Promise<number[]> {
    const keys = [...new Set(wordKeys(q))];
    const scopes = scope.kind === 'project' ? [SHARED_SCOPE, scope.projectId] : [SHARED_SCOPE];
    const idsOf = ([from, to]: [string, string], key: string) => scopes.map((s) => tokenId(from, to, s, key));
    const frequencies = await this.lookups.frequencies(sides.flatMap((side) => keys.flatMap((k) => idsOf(side, k))));
    const frequency = (side: [string, string], key: string) => idsOf(side, key).reduce((n, id) => n + (frequencies.get(id) ?? 0), 0);
    return sides.flatMap((side) => {
      if (keys.some((k) => frequency(side, k) === 0)) return [];
      const rarest = [...keys].sort((a, b) => frequency(side, a) - frequency(side, b))[0];
      return idsOf(side, rarest).filter((id) => frequencies.has(id));
    });
  }
}

/** The sides searched, each as (language searched, the other language of the pair). */
function sidesOf(filter: MemoryUnitFilter): [string, string][] {
  if (filter.source === filter.target) throw AppException.invalid('target', 'choose a target language other than the source language');
  const source: [string, string] = [filter.source, filter.target];
  const target: [string, string] = [filter.target, filter.source];
  return filter.in === 'source' ? [source] : filter.in === 'target' ? [target] : [source, target];
}

const byRelevance = (a: Hit, b: Hit) => b.density - a.density || b.changedAt - a.changedAt || b.unitId - a.unitId;

function summary(row: UnitRow, filter: MemoryUnitFilter, matcher: TextMatcher | null): MemoryUnitSummary {
  const variants: Record<string, string> = {};
  const hits: Record<string, [number, number][]> = {};
  const searched = new Set(sidesOf(filter).map(([from]) => from));
  for (const v of row.variants) {
    if (v.language in variants) continue;
    variants[v.language] = v.text;
    if (matcher && searched.has(v.language)) hits[v.language] = hitRanges(v.text, matcher);
  }
  const author = row.variants.find((v) => v.language === filter.target) ?? row.variants[0];
  return {
    id: row.id,
    variants,
    origin: row.origin,
    trusted: row.trusted,
    retired: row.retired,
    projectId: row.projectId,
    shared: row.shared,
    authorName: author?.authorName ?? null,
    updatedAt: new Date(row.updatedAt).toISOString(),
    importId: row.importId,
    insertions: row.insertions,
    hits,
  };
}
