import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  ConcordanceHit,
  ConcordanceQuery,
  ConcordanceResponse,
  Language,
  Match,
  MemorySettings,
  MemorySettingsUpdate,
  MemoryUnitOrigin,
} from '@interlinea/shared';
import { SHARED_SCOPE, contextHash, targetContextHash, tokenId, tokenize, wordKeys, type TmxCode } from '@interlinea/tm';
import { nativeMarkup } from '@interlinea/formats';
import type { InlineCode } from '@interlinea/inline-codes';
import { AppException } from '../../common/errors/app.exception';
import { CONFIRMED_STATUSES } from '../ledger/ledger-event';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { ProjectsService } from '../projects/projects.service';
import { MemoryIndexRepository, type NewUnit, type NewVariant } from './index/memory-index.repository';
import { MemoryLookup, dedupe } from './lookup/memory-lookup';
import { MemoryLookupRepository } from './lookup/memory-lookup.repository';
import { MemorySearchRepository, type ConcordanceRow } from './lookup/memory-search.repository';
import { SegmentMemoryRepository, type SegmentEditions } from './segment-memory.repository';
import { MemoryReviewRepository, type Correction } from './review/memory-review.repository';

const MATCHES_SHOWN = 5;
const CONCORDANCE_CANDIDATES = 500;
/** Segments whose units move in or out of the shared memory per round when the setting changes. */
const SETTINGS_REBUILD_PAGE = 500;

/**
 * The project memory grows from confirmed translations: each segment with at least one confirmed
 * edition is one unit holding the source and every confirmed edition, so each language pair is
 * matched in both directions. Editing rebuilds the unit; rejecting or un-confirming retracts it
 * (`MemoryFollower` does it after each change to a translation).
 */
@Injectable()
export class MemoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly index: MemoryIndexRepository,
    private readonly segments: SegmentMemoryRepository,
    private readonly lookup: MemoryLookup,
    private readonly lookups: MemoryLookupRepository,
    private readonly search: MemorySearchRepository,
    private readonly outbox: LedgerOutbox,
    private readonly reviews: MemoryReviewRepository,
  ) {}

  /** Memory matches for a segment in a target language: from its source, and from its other confirmed editions. */
  async matches(segmentId: string, language: Language): Promise<Match[]> {
    const segment = await this.segments.editions(segmentId);
    if (!segment) throw AppException.notFound('Segment');
    const queries = [
      {
        text: segment.source,
        sourceLanguage: segment.sourceLanguage as string,
        contextHash: contextHash(segment.previous, segment.next) as number | null,
        targetContextHash: previousTargetHash(segment, language),
      },
      ...segment.translations
        .filter((t) => t.language !== language && CONFIRMED_STATUSES.has(t.status) && t.text.trim() !== '')
        .map((t) => ({ text: t.text, sourceLanguage: t.language as string, contextHash: null, targetContextHash: null })),
    ];
    const found = await Promise.all(
      queries.map((q) =>
        this.lookup.lookup({ ...q, targetLanguage: language, projectId: segment.projectId, excludeSegmentId: segmentId, limit: MATCHES_SHOWN }),
      ),
    );
    return dedupe(found.flat().sort((a, b) => b.score - a.score)).slice(0, MATCHES_SHOWN);
  }

  /** Concordance: units whose source or target holds every word of the query, with the hits to highlight. */
  async concordance(user: SessionUser, projectId: string, query: ConcordanceQuery): Promise<ConcordanceResponse> {
    const project = await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'view');
    await this.outbox.settled(projectId);
    const keys = [...new Set(wordKeys(query.q))];
    if (keys.length === 0) throw AppException.invalid('q', 'search for at least one word');
    const target = query.lang;
    const others = [project.sourceLanguage, ...project.languages.map((l) => l.language)].filter((l) => l !== target);
    if (query.partial) {
      const parts = [
        ...new Set(
          query.q
            .normalize('NFC')
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .filter((part) => part !== ''),
        ),
      ];
      const rows = await this.search.concordanceParts(parts, projectId, target, others, CONCORDANCE_CANDIDATES);
      const hits = partialHits(rows, parts);
      return { hits: hits.slice(0, query.limit), truncated: hits.length > query.limit || rows.length >= CONCORDANCE_CANDIDATES };
    }
    const families = others.flatMap((other) => [
      [other, target],
      [target, other],
    ]);
    const idsOf = ([from, to]: string[], key: string) => [SHARED_SCOPE, projectId].map((scope) => tokenId(from, to, scope, key));
    const frequencies = await this.lookups.frequencies(families.flatMap((f) => keys.flatMap((k) => idsOf(f, k))));
    const frequency = (f: string[], key: string) => idsOf(f, key).reduce((n, id) => n + (frequencies.get(id) ?? 0), 0);
    // the rarest word of each language direction finds the candidates; all words must then be in the text
    const tokens = families.flatMap((f) => {
      if (keys.some((k) => frequency(f, k) === 0)) return [];
      const rarest = [...keys].sort((a, b) => frequency(f, a) - frequency(f, b))[0];
      return idsOf(f, rarest);
    });
    const rows = await this.search.concordance(tokens, target, others, CONCORDANCE_CANDIDATES);
    const hits = concordanceHits(rows, keys);
    return { hits: hits.slice(0, query.limit), truncated: hits.length > query.limit || rows.length >= CONCORDANCE_CANDIDATES };
  }

  async settings(user: SessionUser, projectId: string): Promise<MemorySettings> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'view');
    return (await this.segments.settings(projectId))!;
  }

  /**
   * Changes the memory settings. Turning the shared memory contribution off or on moves the project's
   * segment units out of or into the shared memory at once (their word index is per scope), in the
   * same transaction: nobody sees a project half shared.
   */
  async updateSettings(user: SessionUser, projectId: string, settings: MemorySettingsUpdate): Promise<MemorySettings> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    await this.outbox.settled(projectId);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.segments.updateSettings(projectId, settings, manager);
      const share = settings.contributeToSharedMemory;
      if (share === undefined || share === before.contributeToSharedMemory) return;
      for (let after: string | null = null; ;) {
        const page = await this.segments.segmentsWithUnits(projectId, !share, after, SETTINGS_REBUILD_PAGE, manager);
        if (page.length === 0) break;
        await this.rebuildUnits(page, manager);
        after = page[page.length - 1];
      }
    });
    return (await this.segments.settings(projectId))!;
  }

  /**
   * Rebuilds the units of segments from their confirmed editions (the ledger's follower calls it with
   * every segment a batch of changes touched): one set of statements for all of them.
   */
  async rebuildUnits(segmentIds: string[], manager: EntityManager): Promise<Map<string, SegmentEditions>> {
    if (segmentIds.length === 0) return new Map();
    await this.index.lockSegments(segmentIds, manager);
    const segments = await this.segments.editionsOf(segmentIds, manager);
    // a segment's unit keeps its id, so its decisions (retired, vouched), uses and history stay
    const existing = await this.index.segmentUnitIds(segmentIds, manager);
    const units = [...segments.values()].map(unitOf).filter((u): u is NewUnit => u !== null);
    for (const unit of units) unit.id = existing.get(unit.segmentId!);
    const kept = units.flatMap((u) => (u.id === undefined ? [] : [u.id]));
    await this.index.removeSegmentUnits(segmentIds, manager, kept);
    keepCorrections(units, await this.reviews.corrections(kept, manager));
    if (units.length > 0) await this.index.store(units, manager);
    return segments;
  }

  /** For tests and tools that work outside a request: rebuild a segment's unit in its own transaction. */
  rebuild(segmentId: string): Promise<unknown> {
    return this.dataSource.transaction((manager) => this.rebuildUnits([segmentId], manager));
  }
}

function concordanceHits(rows: ConcordanceRow[], keys: string[]): ConcordanceHit[] {
  const wanted = new Set(keys);
  const ranges = (text: string) =>
    tokenize(text)
      .filter((t) => wanted.has(t.key))
      .map((t): [number, number] => [t.start, t.end]);
  const holdsAll = (text: string) => {
    const present = new Set(wordKeys(text));
    return keys.every((k) => present.has(k));
  };
  const seen = new Set<number>();
  const hits: ConcordanceHit[] = [];
  for (const row of rows) {
    if (seen.has(row.unitId)) continue;
    const inTarget = row.hitLanguage === row.targetLanguage;
    if (!holdsAll(inTarget ? row.target : row.source)) continue;
    seen.add(row.unitId);
    hits.push({
      unitId: row.unitId,
      sourceLanguage: row.sourceLanguage,
      source: row.source,
      targetLanguage: row.targetLanguage,
      target: row.target,
      sourceHits: ranges(row.source),
      targetHits: ranges(row.target),
      origin: row.origin,
      authorName: row.authorName,
      updatedAt: new Date(row.updatedAt).toISOString(),
    });
  }
  return hits;
}

/** Concordance hits by parts of words: every part in the hit text, each occurrence highlighted. */
function partialHits(rows: ConcordanceRow[], parts: string[]): ConcordanceHit[] {
  const ranges = (text: string): [number, number][] => {
    const lower = text.toLowerCase();
    const found: [number, number][] = [];
    for (const part of parts) for (let at = lower.indexOf(part); at >= 0; at = lower.indexOf(part, at + part.length)) found.push([at, at + part.length]);
    return found.sort((a, b) => a[0] - b[0]);
  };
  const holdsAll = (text: string) => parts.every((part) => text.toLowerCase().includes(part));
  const seen = new Set<number>();
  const hits: ConcordanceHit[] = [];
  for (const row of rows) {
    if (seen.has(row.unitId)) continue;
    if (!holdsAll(row.hitLanguage === row.targetLanguage ? row.target : row.source)) continue;
    seen.add(row.unitId);
    hits.push({
      unitId: row.unitId,
      sourceLanguage: row.sourceLanguage,
      source: row.source,
      targetLanguage: row.targetLanguage,
      target: row.target,
      sourceHits: ranges(row.source),
      targetHits: ranges(row.target),
      origin: row.origin,
      authorName: row.authorName,
      updatedAt: new Date(row.updatedAt).toISOString(),
    });
  }
  return hits;
}

/**
 * The unit a segment makes: its source and every confirmed edition (none when nothing is confirmed).
 * Each variant keeps the markup of the segment's codes, so that a TMX export writes it as other CAT
 * tools do (`<bpt>&lt;b></bpt>`), not Interlinea's `{1}` tokens.
 */
function unitOf(segment: SegmentEditions): NewUnit | null {
  const confirmed = segment.translations.filter((t) => CONFIRMED_STATUSES.has(t.status) && t.text.trim() !== '');
  if (confirmed.length === 0) return null;
  const latest = confirmed.reduce((a, b) => (new Date(a.updatedAt) > new Date(b.updatedAt) ? a : b));
  const variants: NewVariant[] = [
    {
      language: segment.sourceLanguage,
      text: segment.source,
      origin: 'human',
      authorName: latest.authorName,
      updatedAt: latest.updatedAt,
      contextHash: contextHash(segment.previous, segment.next),
      meta: codesMeta(segment.codes),
    },
    ...confirmed.map((t): NewVariant => ({
      language: t.language,
      text: t.text,
      origin: t.origin === 'mt' ? 'mt' : 'human',
      authorName: t.authorName,
      updatedAt: t.updatedAt,
      // The translation that preceded this one in its edition: a 101 % match needs it the same too.
      contextHash: previousTargetHash(segment, t.language),
      meta: codesMeta(segment.codes),
    })),
  ];
  return {
    projectId: segment.projectId,
    shared: segment.contributesToShared,
    segmentId: segment.segmentId,
    meta: null,
    variants,
    origin: segmentUnitOrigin(confirmed),
  };
}

/** A segment's unit: confirmed from MT, approved by a reviewer, only propagated, or typed. */
function segmentUnitOrigin(confirmed: SegmentEditions['translations']): MemoryUnitOrigin {
  if (confirmed.some((t) => t.origin === 'mt')) return 'mt';
  if (confirmed.some((t) => t.status === 'approved')) return 'approved';
  if (confirmed.every((t) => t.origin === 'propagated')) return 'propagated';
  return 'typed';
}

/**
 * A reviewer's correction of a unit holds while the translation it corrected stands: a rebuilt
 * variant whose text is the one corrected gets the corrections again, in their order.
 */
function keepCorrections(units: NewUnit[], corrections: Correction[]): void {
  for (const c of corrections) {
    const variant = units.find((u) => u.id === c.unitId)?.variants.find((v) => v.language === c.language);
    if (variant && variant.text === c.before) variant.text = c.after;
  }
}

/** The hash of the translation before the segment in an edition (see targetContextHash). */
function previousTargetHash(segment: SegmentEditions, language: string): number | null {
  return targetContextHash(segment.previousTranslations === null ? null : (segment.previousTranslations[language] ?? ''));
}

/** A variant's meta holding its codes' markup as TMX inline elements (null when the segment has no codes). */
function codesMeta(codes: InlineCode[] | undefined): Record<string, unknown> | null {
  if (!codes?.length) return null;
  return { codes: codes.flatMap((code) => tmxCodes(code)) };
}

function tmxCodes(code: InlineCode): TmxCode[] {
  const markup = nativeMarkup(code);
  const id = String(code.id);
  if (code.kind === 'standalone') return [{ id: code.id, element: 'ph', attributes: { x: id }, content: markup.data ?? '' }];
  return [
    { id: code.id, element: 'bpt', attributes: { i: id, x: id }, content: markup.open ?? '' },
    { id: code.id, element: 'ept', attributes: { i: id }, content: markup.close ?? '' },
  ];
}
