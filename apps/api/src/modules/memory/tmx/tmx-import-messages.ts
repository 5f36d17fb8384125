import type { TmxImportResult } from '@interlinea/shared';
import type { ImportLimits, Reservation, TmxDestination } from '@interlinea/tm';

/** What the thread reading a TMX file is given. */
export interface TmxReadingTask {
  file: string;
  destination: TmxDestination;
  limits: ImportLimits;
}

/** From the reading thread: requests for ids, encoded rows in order, and how it ended. */
export type FromReader =
  | { kind: 'reserve'; units: number; variants: number }
  | { kind: 'batch'; units: Uint8Array; variants: Uint8Array }
  | { kind: 'postings' }
  | { kind: 'postings-chunk'; bytes: Uint8Array }
  | { kind: 'postings-end' }
  | { kind: 'frequencies'; rows: Uint8Array }
  | { kind: 'read'; bytes: number }
  | { kind: 'done'; result: TmxImportResult }
  | { kind: 'failed'; error: SentError };

/** To the reading thread: ids, room for more rows, room for more chunks of the word index. */
export type ToReader = { kind: 'ids'; reservation: Reservation } | { kind: 'taken' } | { kind: 'chunk-taken' };

/** An error as it crosses threads: the reader's errors the API answers users with keep their kind. */
export interface SentError {
  name: string;
  message: string;
  /** `TmxError`: where reading stopped. */
  line?: number;
  column?: number;
  code?: string;
}
