import type { Language, TranslationOrigin, TranslationStatus } from '@interlinea/shared';

/**
 * Every way a translation can change, as the ledger records it. The ledger turns a change into the
 * translation's next state from its current one, so each kind's rules live in one place
 * (`nextState`), and each revision says which kind of change made it.
 */
export type TranslationChange =
  /** A person typed or confirmed a text in the editor (or took a suggestion: `origin` tm/mt). */
  | {
      kind: 'typed';
      text: string;
      status: 'draft' | 'translated';
      origin?: 'human' | 'tm' | 'mt';
      suggestion?: string;
      /** The memory match's score, the MT engine, of the suggestion taken. */
      score?: number;
      engine?: string;
      /** A pivot edition the translator worked from (absent: the source). */
      fromLanguage?: Language;
    }
  /** A reviewer approved or rejected the text as it stands. */
  | { kind: 'reviewed'; decision: 'approve' | 'reject'; comment: string | null }
  /** A confirmed identical segment filled this one. */
  | { kind: 'propagated'; text: string; fromSegmentId: string }
  /** A pre-translation job filled an empty segment from the memory or MT. */
  | { kind: 'pretranslated'; text: string; origin: 'tm' | 'mt'; score: number | null; engine: string | null; fromLanguage?: Language }
  /** The segment was split or merged: the text follows, back to draft. */
  | { kind: 'restructured'; text: string; reason: 'split' | 'merge' }
  /** A bilingual file (XLIFF) brought this text and state. */
  | { kind: 'imported'; text: string; status: TranslationStatus; format: string }
  /**
   * A person restored an earlier version (or undid a replace batch). `reviewer`: they may review this
   * edition; only then does a restored approval or rejection stay one.
   */
  | { kind: 'reverted'; text: string; status: TranslationStatus; toVersion: number; reviewer: boolean }
  /** Search and replace changed the text. */
  | { kind: 'replaced'; text: string }
  /** A reviewer approved many segments at once. */
  | { kind: 'batch-approved' }
  /** An alignment of an earlier edition committed this text. */
  | { kind: 'aligned'; text: string; score: number | null }
  /**
   * A person checked an outdated translation against its changed origin and found that it still
   * holds: the text stays, the provenance is stamped with the origin's current versions.
   */
  | { kind: 'outdated-confirmed' };

export type ChangeKind = TranslationChange['kind'];

/** The version the change was made from: a number (0: no translation yet), or `latest` to apply over whatever is there. */
export type ExpectedVersion = number | 'latest';

/** One change to one translation, by someone (null: the system). */
export interface LedgerEntry {
  segmentId: string;
  language: Language;
  change: TranslationChange;
  expected: ExpectedVersion;
  authorId: string | null;
}

/**
 * What a translation's next version is made from: `keep` the recorded provenance (a review, a
 * search and replace), the `source` as it is now, a pivot edition (its current version), or the same
 * origin as recorded at its current versions (`restamp`: an outdated translation confirmed). The
 * ledger's write stamps the versions in the same statement, so they are the ones the change saw.
 */
export type ProvenanceChange = 'keep' | 'source' | 'restamp' | { pivot: Language };

/** The stored state of a translation. */
export interface TranslationState {
  id: string;
  segmentId: string;
  language: Language;
  text: string;
  status: TranslationStatus;
  origin: TranslationOrigin;
  score: number | null;
  version: number;
  authorId: string | null;
  reviewComment: string | null;
  updatedAt: Date;
  /** The display name of `authorId`, as read (absent on a state just written). */
  authorName?: string | null;
  /** What the text was made from: the source language or a pivot edition, at that origin's version. */
  fromLanguage?: Language | null;
  fromVersion?: number | null;
}

/** What one change does: the next state's fields, and what its revision says. */
export interface NextState {
  text: string;
  status: TranslationStatus;
  origin: TranslationOrigin;
  score: number | null;
  authorId: string | null;
  reviewComment: string | null;
  revision: { comment: string | null; score: number | null; engine: string | null };
  /** Kept with the event for those who follow it (post-editing statistics). */
  payload: Record<string, unknown> | null;
  /** What the next version is made from. */
  from: ProvenanceChange;
}
