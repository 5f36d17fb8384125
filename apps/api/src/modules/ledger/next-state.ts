import { savedOrigin } from './saved-origin';
import type { LedgerEntry, NextState, TranslationState } from './translation-change';

/** What the ledger does with one change, given the translation as it stands. */
export type Decision =
  | { outcome: 'write'; next: NextState }
  /** Nothing to write: the change leaves the translation as it is. */
  | { outcome: 'unchanged' }
  /** The change does not apply to this translation (e.g. a review of an empty one), with the field to blame. */
  | { outcome: 'refused'; field: string; reason: string };

const isEmpty = (current: TranslationState | null) => !current || current.text.trim() === '';

/** The rules of every kind of change, in one place. */
export function decide(entry: LedgerEntry, current: TranslationState | null): Decision {
  const { change, authorId } = entry;
  const keep = { score: current?.score ?? null, reviewComment: current?.reviewComment ?? null };
  const note = (comment: string | null, score: number | null = null, engine: string | null = null) => ({ comment, score, engine });
  switch (change.kind) {
    case 'typed': {
      if (current && current.text === change.text && current.status === change.status) return { outcome: 'unchanged' };
      // a status change alone keeps the origin (MT stays `mt` until its text is edited)
      const origin = change.origin === undefined && current?.text === change.text ? current.origin : savedOrigin(change);
      const payload = { requestOrigin: change.origin ?? null, suggestion: change.suggestion ?? null };
      // a suggestion taken (kept or edited): its match score and engine go into the history; a memory match's score becomes the segment's match
      const score = change.origin === 'tm' && change.score !== undefined ? change.score : null;
      const engine = change.origin === 'mt' ? (change.engine ?? null) : null;
      return {
        outcome: 'write',
        next: {
          text: change.text,
          status: change.status,
          origin,
          score: score ?? keep.score,
          authorId,
          reviewComment: null,
          revision: note(null, score, engine),
          payload,
          from: change.fromLanguage ? { pivot: change.fromLanguage } : 'source',
        },
      };
    }
    case 'reviewed': {
      if (!current || isEmpty(current)) return { outcome: 'refused', field: 'decision', reason: 'there is no translation to review yet' };
      const status = change.decision === 'approve' ? 'approved' : 'rejected';
      return { outcome: 'write', next: { ...current, status, reviewComment: change.comment, revision: note(change.comment), payload: null, from: 'keep' } };
    }
    case 'batch-approved': {
      if (!current || isEmpty(current)) return { outcome: 'refused', field: 'segmentIds', reason: 'there is no translation to approve yet' };
      if (current.status === 'approved') return { outcome: 'unchanged' };
      return {
        outcome: 'write',
        next: { ...current, status: 'approved', reviewComment: null, revision: note('approved in a batch'), payload: null, from: 'keep' },
      };
    }
    case 'propagated':
      return {
        outcome: 'write',
        next: {
          text: change.text,
          status: 'translated',
          origin: 'propagated',
          score: keep.score,
          authorId,
          reviewComment: null,
          revision: note(`filled from the repetition in segment ${change.fromSegmentId}`),
          payload: null,
          from: 'source',
        },
      };
    case 'pretranslated':
      if (!isEmpty(current)) return { outcome: 'refused', field: 'text', reason: 'the segment was translated meanwhile' };
      return {
        outcome: 'write',
        next: {
          text: change.text,
          status: 'draft',
          origin: change.origin,
          score: change.score,
          authorId,
          reviewComment: null,
          revision: note('pre-translation', change.score, change.engine),
          payload: null,
          from: change.fromLanguage ? { pivot: change.fromLanguage } : 'source',
        },
      };
    case 'restructured':
      return {
        outcome: 'write',
        next: {
          text: change.text,
          status: 'draft',
          origin: current?.origin ?? 'human',
          score: keep.score,
          authorId,
          reviewComment: keep.reviewComment,
          revision: note(change.reason === 'split' ? 'segment split' : 'segments merged'),
          payload: null,
          from: 'source',
        },
      };
    case 'imported':
      if (current && current.text === change.text && current.status === change.status) return { outcome: 'unchanged' };
      return {
        outcome: 'write',
        next: {
          text: change.text,
          status: change.status,
          origin: 'human',
          score: keep.score,
          authorId,
          reviewComment: null,
          revision: note(`imported from ${change.format}`),
          payload: null,
          from: 'source',
        },
      };
    case 'reverted': {
      // a review decision is restored only by a reviewer: a translator's revert asks for review again
      const decided = change.status === 'approved' || change.status === 'rejected';
      const status = decided && !change.reviewer ? 'translated' : change.status;
      if (current && current.text === change.text && current.status === status) return { outcome: 'unchanged' };
      return {
        outcome: 'write',
        next: {
          text: change.text,
          status,
          origin: 'human',
          score: null,
          authorId,
          reviewComment: null,
          revision: note(`restored version ${change.toVersion}`),
          payload: null,
          from: 'source',
        },
      };
    }
    case 'replaced': {
      if (current && current.text === change.text) return { outcome: 'unchanged' };
      const status = !current || current.status === 'approved' || current.status === 'rejected' ? 'translated' : current.status;
      return {
        outcome: 'write',
        next: {
          text: change.text,
          status,
          origin: 'human',
          score: null,
          authorId,
          reviewComment: null,
          revision: note('search and replace'),
          payload: null,
          from: 'keep',
        },
      };
    }
    case 'aligned':
      if (current && current.text === change.text) return { outcome: 'unchanged' };
      return {
        outcome: 'write',
        next: {
          text: change.text,
          status: 'translated',
          origin: 'human',
          score: change.score,
          authorId,
          reviewComment: null,
          revision: note('aligned from an earlier edition', change.score),
          payload: null,
          from: 'source',
        },
      };
    case 'outdated-confirmed':
      if (!current || isEmpty(current)) return { outcome: 'refused', field: 'version', reason: 'there is no translation to confirm yet' };
      return {
        outcome: 'write',
        next: { ...current, revision: note('checked against its changed origin: still holds'), payload: null, from: 'restamp' },
      };
  }
}
