import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ERROR_CODES, type Translation } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import { decide } from './next-state';
import { LedgerOutbox } from './ledger-outbox';
import { LedgerRepository, type PlannedWrite, type WrittenVersion } from './ledger.repository';
import { translationKey } from './ledger-event';
import type { LedgerEntry, NextState, TranslationState } from './translation-change';

/** What became of one entry. */
export type LedgerOutcome =
  | { outcome: 'written'; state: TranslationState; authorName: string | null; eventId: string }
  | { outcome: 'unchanged'; state: TranslationState }
  /** The translation is not at the expected version (`current`: as read; absent when a newer one won at the write). */
  | { outcome: 'stale'; current?: TranslationState | null }
  | { outcome: 'refused'; field: string; reason: string };

/**
 * The edition ledger: the one writer of translations. Every change, whoever makes it, goes through
 * `apply` / `applyAll`: the translation rows are locked, versions checked, the rule of the change's
 * kind applied (`decide`), and the new version, its revision and its event written in one statement.
 * After the commit, the outbox hands the events to the followers (memory, repetitions, statistics).
 */
@Injectable()
export class TranslationLedger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: LedgerRepository,
    private readonly outbox: LedgerOutbox,
  ) {}

  /**
   * One change from a person, in one statement of its own: the translation is read, the change
   * decided, and the new version written only over the version read (compare and set: no lock is held
   * between the two). A stale version gets 409 with the current translation and the text sent; a
   * change that does not apply gets 422 on its field. Returns the translation as the editor shows it.
   */
  async apply(entry: LedgerEntry, authorName: string | null): Promise<Translation> {
    const manager = this.dataSource.manager;
    const [result] = await this.applyRound([entry], [0], false, manager);
    switch (result.outcome) {
      case 'stale': {
        // seen stale when read: answered from what was read; lost at the write: read what won
        const { current } = result;
        return this.conflict(
          entry,
          current !== undefined ? current && toView(current, current.authorName ?? null) : await this.repository.view(entry.segmentId, entry.language, manager),
        );
      }
      case 'refused':
        throw AppException.invalid(result.field, result.reason);
      case 'written':
        this.outbox.soon();
        return toView(result.state, result.authorName);
      case 'unchanged':
        return toView(result.state, result.state.authorName ?? authorName);
    }
  }

  /**
   * Many changes in the caller's transaction (imports, jobs, followers). Outcomes are in the order of
   * the entries; several changes to one translation are applied one after the other. The caller's
   * commit is followed by the outbox (call `afterCommit`, or it is swept within seconds).
   */
  async applyAll(entries: LedgerEntry[], manager: EntityManager): Promise<LedgerOutcome[]> {
    const outcomes = new Array<LedgerOutcome>(entries.length);
    for (const round of rounds(entries)) {
      const results = await this.applyRound(entries, round, true, manager);
      round.forEach((index, i) => (outcomes[index] = results[i]));
    }
    return outcomes;
  }

  /** Entries (by index) that each touch a different translation: read, decide, write. */
  private async applyRound(entries: LedgerEntry[], round: number[], lock: boolean, manager: EntityManager): Promise<LedgerOutcome[]> {
    const found = await this.repository.current(
      round.map((i) => entries[i]),
      lock,
      manager,
    );
    const current = new Map(found.map((t) => [translationKey(t.segmentId, t.language), t]));
    const outcomes = new Array<LedgerOutcome>(round.length);
    const planned: { at: number; write: PlannedWrite }[] = [];
    round.forEach((index, at) => {
      const entry = entries[index];
      const state = current.get(translationKey(entry.segmentId, entry.language)) ?? null;
      if (isStale(entry, state)) {
        const firstSave = entry.change.kind === 'typed' && !state && entry.expected !== 0;
        outcomes[at] = firstSave
          ? { outcome: 'refused', field: 'version', reason: 'the segment has no translation yet: send version 0' }
          : { outcome: 'stale', current: state };
        return;
      }
      const decision = decide(entry, state);
      if (decision.outcome === 'unchanged') outcomes[at] = { outcome: 'unchanged', state: state! };
      else if (decision.outcome === 'refused') outcomes[at] = decision;
      else planned.push({ at, write: plan(entry, state, decision.next) });
    });
    if (planned.length === 0) return outcomes;
    const written = new Map(
      (
        await this.repository.write(
          planned.map((p) => p.write),
          manager,
        )
      ).map((w) => [translationKey(w.segmentId, w.language), w]),
    );
    for (const { at, write } of planned) {
      const version = written.get(translationKey(write.segmentId, write.language));
      outcomes[at] = version
        ? { outcome: 'written', state: stateOf(write, version), authorName: version.authorName, eventId: version.eventId }
        : { outcome: 'stale' };
    }
    return outcomes;
  }

  /** Call after committing a transaction that used `applyAll`: the followers start at once. */
  afterCommit(): void {
    this.outbox.soon();
  }

  private conflict(entry: LedgerEntry, current: Translation | null): never {
    const submitted = 'text' in entry.change ? { text: entry.change.text, status: 'status' in entry.change ? entry.change.status : null } : null;
    throw new AppException(ERROR_CODES.conflict, 'Someone saved this segment after you opened it: compare both versions and choose', { current, submitted });
  }
}

function isStale(entry: LedgerEntry, current: TranslationState | null): boolean {
  if (entry.expected === 'latest') return false;
  return (current?.version ?? 0) !== entry.expected;
}

function plan(entry: LedgerEntry, current: TranslationState | null, next: NextState): PlannedWrite {
  return {
    translationId: current?.id ?? null,
    segmentId: entry.segmentId,
    language: entry.language,
    version: (current?.version ?? 0) + 1,
    next,
    kind: entry.change.kind,
    changedBy: entry.authorId,
    previousStatus: current?.status ?? null,
  };
}

function stateOf(write: PlannedWrite, version: WrittenVersion): TranslationState {
  const { text, status, origin, score, authorId, reviewComment } = write.next;
  return {
    id: version.translationId,
    segmentId: write.segmentId,
    language: write.language,
    text,
    status,
    origin,
    score,
    version: version.version,
    authorId,
    reviewComment,
    updatedAt: new Date(version.updatedAt),
    fromLanguage: version.fromLanguage,
    fromVersion: version.fromVersion,
  };
}

/** Splits entries into rounds in which each translation appears once, keeping their order. */
function rounds(entries: LedgerEntry[]): number[][] {
  const result: number[][] = [];
  const roundOf = new Map<string, number>();
  entries.forEach((entry, index) => {
    const key = translationKey(entry.segmentId, entry.language);
    const round = (roundOf.get(key) ?? -1) + 1;
    roundOf.set(key, round);
    (result[round] ??= []).push(index);
  });
  return result;
}

export function toView(state: TranslationState, authorName: string | null): Translation {
  return {
    text: state.text,
    status: state.status,
    origin: state.origin,
    version: state.version,
    authorName,
    updatedAt: new Date(state.updatedAt).toISOString(),
    reviewComment: state.reviewComment,
    score: state.score,
    fromLanguage: state.fromLanguage ?? null,
    fromVersion: state.fromVersion ?? null,
  };
}
