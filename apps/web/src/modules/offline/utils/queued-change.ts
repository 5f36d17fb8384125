import type { Language, SaveTranslationRequest } from '@interlinea/shared';

/** What the translator asked a save to do with a segment's translation. */
export type RequestedStatus = SaveTranslationRequest['status'];

/** Where a taken suggestion came from (origin, text as offered, score, engine): it goes along with the save. */
export type SuggestionProvenance = Pick<SaveTranslationRequest, 'origin' | 'suggestion' | 'score' | 'engine'>;

/** A save the server has not taken yet: kept in this browser until it is sent. */
export interface QueuedChange {
  /** One change per user, document, edition and segment: `userId|documentId|lang|segmentId`. */
  key: string;
  userId: string;
  documentId: string;
  segmentId: string;
  lang: Language;
  text: string;
  status: RequestedStatus;
  /** The translation version the first of the collapsed edits was typed over (a 409 tells if it is stale). */
  baseVersion: number;
  provenance?: SuggestionProvenance;
  /** Sending order: later changes have higher numbers; a collapsed change takes the number of its last edit. */
  seq: number;
  queuedAt: string;
  /** Why the server refused it (a 4xx other than a conflict): kept and shown, not sent again until edited. */
  error?: { status: number; code: string; message: string };
}

/** A change as the editor hands it over. */
export type NewChange = Pick<QueuedChange, 'userId' | 'documentId' | 'segmentId' | 'lang' | 'text' | 'status' | 'baseVersion' | 'provenance'>;

export function changeKey(change: Pick<QueuedChange, 'userId' | 'documentId' | 'lang' | 'segmentId'>): string {
  return [change.userId, change.documentId, change.lang, change.segmentId].join('|');
}

/** The queue of one user in one document. */
export function documentKey(userId: string, documentId: string): string {
  return `${userId}|${documentId}`;
}
