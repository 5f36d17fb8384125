import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CONFIRMED_STATUSES, translationKey, type LedgerFollower, type TranslationEvent } from '../ledger/ledger-event';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import { TranslationLedger } from '../ledger/translation-ledger';
import type { LedgerEntry } from '../ledger/translation-change';
import { MemoryService } from './memory.service';
import { SegmentMemoryRepository } from './segment-memory.repository';

/** A change the memory must follow: a text confirmed, un-confirmed, or a segment whose source changed. */
export function touchesMemory(event: TranslationEvent): boolean {
  return (
    CONFIRMED_STATUSES.has(event.status) || (event.previousStatus !== null && CONFIRMED_STATUSES.has(event.previousStatus)) || event.kind === 'restructured'
  );
}

/** A confirmed text typed by someone fills identical segments (a propagated one does not propagate further). */
export function fillsRepetitions(event: TranslationEvent): boolean {
  return event.origin !== 'propagated' && CONFIRMED_STATUSES.has(event.status) && event.text.trim() !== '';
}

/**
 * Follows changes to translations: the units of the segments touched are rebuilt from their
 * confirmed editions, and a confirmed text fills the identical segments of the project that have no
 * translation, an empty one or an unapproved propagation (when the project wants it). The fills are
 * changes of their own, through the ledger: one that meets a newer save is skipped.
 */
@Injectable()
export class MemoryFollower implements LedgerFollower, OnModuleInit {
  readonly name = 'memory';

  constructor(
    private readonly outbox: LedgerOutbox,
    private readonly ledger: TranslationLedger,
    private readonly memory: MemoryService,
    private readonly segments: SegmentMemoryRepository,
  ) {}

  onModuleInit(): void {
    this.outbox.follow(this);
  }

  async follow(events: TranslationEvent[], manager: EntityManager): Promise<void> {
    const rebuilt = await this.memory.rebuildUnits([...new Set(events.filter(touchesMemory).map((e) => e.segmentId))], manager);
    const latest = new Map(events.map((e) => [translationKey(e.segmentId, e.language), e]));
    const fills: LedgerEntry[] = [];
    for (const event of latest.values()) {
      if (!fillsRepetitions(event)) continue;
      const segment = rebuilt.get(event.segmentId); // confirmed, so rebuilt just now (absent: the segment is gone)
      if (!segment?.propagateRepetitions) continue;
      for (const repetition of await this.segments.repetitions(segment, event.language, event.createdAt, manager)) {
        if (repetition.text === event.text) continue;
        fills.push({
          segmentId: repetition.segmentId,
          language: event.language,
          expected: repetition.version ?? 0,
          authorId: event.authorId,
          change: { kind: 'propagated', text: event.text, fromSegmentId: event.segmentId },
        });
      }
    }
    if (fills.length > 0) await this.ledger.applyAll(fills, manager);
  }
}
