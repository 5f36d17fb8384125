import type { Language, TranslationOrigin, TranslationStatus } from '@interlinea/shared';
import type { ChangeKind } from './translation-change';

/** What happened to a translation: one per new version, kept in `translation_event` (the outbox). */
export interface TranslationEvent {
  id: string;
  translationId: string;
  segmentId: string;
  documentId: string;
  projectId: string;
  language: Language;
  version: number;
  kind: ChangeKind;
  text: string;
  status: TranslationStatus;
  previousStatus: TranslationStatus | null;
  origin: TranslationOrigin;
  authorId: string | null;
  payload: Record<string, unknown> | null;
  createdAt: Date;
}

/**
 * Work that follows changes to translations (memory, repetitions, statistics …). It runs right after
 * the change's commit, inside the transaction that marks the events done, so it happens exactly once;
 * a batch may hold several events of one segment, in the order they happened.
 */
export interface LedgerFollower {
  readonly name: string;
  follow(events: TranslationEvent[], manager: import('typeorm').EntityManager): Promise<void>;
}

/** Confirmed texts feed the memory and fill repetitions. */
export const CONFIRMED_STATUSES: ReadonlySet<TranslationStatus> = new Set(['translated', 'approved']);

/** Language-level key of a translation. */
export const translationKey = (segmentId: string, language: Language) => `${segmentId}:${language}`;
