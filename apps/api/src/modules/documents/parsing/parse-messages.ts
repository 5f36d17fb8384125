import type { FilePosition, ParsedDocument, ParseOptions } from '@interlinea/formats';
import type { Language } from '@interlinea/shared';
import type { SegmentedDocument } from '../document-import';

/** To a parse worker: one file. */
export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  options: ParseOptions;
  /** Also cut the blocks into sentence segments of this (source) language. */
  segmentIn?: Language;
}

/** A parsed upload, and its segments when they were asked for. */
export interface ReadDocument {
  parsed: ParsedDocument;
  segmented?: SegmentedDocument;
}

/** From a parse worker: the document, the file's problem, or the parser's own failure. */
export type ParseReply =
  | { ready: true }
  | { id: number; read: ReadDocument }
  | { id: number; formatError: { code: string; message: string; position?: FilePosition } }
  | { id: number; failure: string };
