import { Inject, Injectable } from '@nestjs/common';
import type { Match, MemoryOrigin } from '@interlinea/shared';
import { CONTEXT_MATCH_SCORE, MIN_MATCH_SCORE, SHARED_SCOPE, bandOf, diffTexts, lookupPlan, prepare, replaceNumbers, score, tokenId } from '@interlinea/tm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { MemoryLookupRepository, type Candidate } from './memory-lookup.repository';

export interface LookupQuery {
  text: string;
  sourceLanguage: string;
  targetLanguage: string;
  /** The project whose private memory is searched besides the shared one. */
  projectId: string;
  excludeSegmentId?: string | null;
  /** Hash of the segment's neighbours: a 100 % match with the same context scores 101. */
  contextHash?: number | null;
  /**
   * Hash of the translation before the segment in the target edition (libs/tm targetContextHash): a
   * unit stored with the hash of the translation that preceded it scores 101 only when they are equal.
   */
  targetContextHash?: number | null;
  limit?: number;
  minScore?: number;
}

export type Penalties = AppConfig['memoryPenalties'];

/** Candidates scored exactly per lookup: a few hundred at most. */
export const CANDIDATE_LIMIT = 100;
/**
 * Matches of at least this score are always found: the rarest quarter of the query's words (the
 * prefix for 75 %), which every such text holds one of, is always read.
 */
export const FIRST_PASS_SCORE = 75;
/**
 * Words beyond the prefix rank candidates and make the filter on shared words stricter; each is
 * read only if its posting list is at most this share of the prefix's (at least MIN_…).
 */
export const EXTRA_WORD_SHARE = 0.5;
export const EXTRA_WORD_MIN_FREQUENCY = 200;
/**
 * Below 75, the further prefix words (up to half the query's words) are read only within this many
 * postings: in a big memory they are common words with long lists, and a text sharing only such
 * words with the query is a weak match (50–74). Lookups stay exact from 75 up.
 */
export const WIDE_PASS_BUDGET = 20000;

/**
 * Fuzzy lookup: the rarest words of the query select candidates from the word index (see libs/tm
 * `lookupPlan`), which are then scored exactly, penalised by origin, and the best returned.
 */
@Injectable()
export class MemoryLookup {
  constructor(
    private readonly lookups: MemoryLookupRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'memoryPenalties'>,
  ) {}

  async lookup(q: LookupQuery): Promise<Match[]> {
    const query = prepare(q.text);
    const keys = query.words.map((w) => w.key);
    if (keys.length === 0) return [];
    const minScore = q.minScore ?? MIN_MATCH_SCORE;
    const scopes = [SHARED_SCOPE, q.projectId];
    const idsOf = (key: string) => scopes.map((scope) => tokenId(q.sourceLanguage, q.targetLanguage, scope, key));
    const frequencies = await this.lookups.frequencies([...new Set(keys.flatMap(idsOf))]);
    const frequency = (key: string) => idsOf(key).reduce((sum, id) => sum + (frequencies.get(id) ?? 0), 0);
    const limit = q.limit ?? 5;
    // The rarest quarter of the words (the prefix for 75 %) is always read: every match of 75 or
    // more is found. Below 75, more frequent prefix words are read only within WIDE_PASS_BUDGET.
    const high = lookupPlan(keys, frequency, Math.max(minScore, FIRST_PASS_SCORE) / 100, { extraKeys: 0 });
    const budget =
      minScore < FIRST_PASS_SCORE
        ? Math.max(
            WIDE_PASS_BUDGET,
            high.keys.reduce((sum, key) => sum + frequency(key), 0),
          )
        : Infinity;
    const prefix = lookupPlan(keys, frequency, minScore / 100, { extraKeys: 0, prefixBudget: budget }).keys.reduce((sum, key) => sum + frequency(key), 0);
    const plan = lookupPlan(keys, frequency, minScore / 100, {
      maxExtraFrequency: Math.max(EXTRA_WORD_MIN_FREQUENCY, prefix * EXTRA_WORD_SHARE),
      prefixBudget: budget,
    });
    const candidates = await this.lookups.candidates({
      tokens: plan.keys.flatMap(idsOf).filter((id) => frequencies.has(id)),
      minWords: plan.minWords,
      maxWords: plan.maxWords,
      queryWords: keys.length,
      minShared: plan.minShared,
      targetLanguage: q.targetLanguage,
      excludeSegmentId: q.excludeSegmentId ?? null,
      limit: CANDIDATE_LIMIT,
    });
    const scored = candidates
      .map((c) => this.scoreCandidate(query, c, q.contextHash ?? null, q.targetContextHash ?? null))
      .filter((m) => m.score >= minScore)
      .sort((a, b) => b.match.score - a.match.score || b.at - a.at);
    const matches = dedupe(scored.map((s) => s.match));
    return matches.slice(0, limit).map((m) => this.explain(m, q.text));
  }

  penaltyOf(origin: MemoryOrigin): number {
    return origin === 'human' ? 0 : this.config.memoryPenalties[origin];
  }

  private scoreCandidate(query: ReturnType<typeof prepare>, c: Candidate, contextHash: number | null, targetContextHash: number | null) {
    const result = score(query, prepare(c.source));
    const penalty = c.trusted ? 0 : this.penaltyOf(c.origin);
    // In context: the same neighbours in the source and, when the unit knows it (units stored before it
    // did only have the source side), the same translation before it in the edition.
    const inContext = contextHash !== null && c.contextHash === contextHash && (c.targetContextHash === null || c.targetContextHash === targetContextHash);
    const raw = result.score === 100 && inContext ? CONTEXT_MATCH_SCORE : result.score;
    const onlyNumbers = result.differences.words === 0 && result.numberChanges.length > 0;
    const replaced = onlyNumbers ? replaceNumbers(c.target, result.numberChanges) : null;
    const match: Match = {
      score: raw - penalty,
      source: c.source,
      target: replaced ?? c.target,
      origin: c.origin,
      authorName: c.authorName,
      updatedAt: new Date(c.updatedAt).toISOString(),
      penalty,
      numbersReplaced: replaced !== null,
      sourceLanguage: c.sourceLanguage,
      unitId: c.unitId,
      trusted: c.trusted,
    };
    return { match, score: raw - penalty, at: new Date(c.updatedAt).getTime() };
  }

  private explain(match: Match, text: string): Match {
    return { ...match, band: bandOf(match.score) ?? undefined, diff: diffTexts(match.source, text) };
  }
}

/** The same source and target stored twice (a repetition, a re-import) is offered once. */
export function dedupe(matches: Match[]): Match[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const key = `${m.source}\u0000${m.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
