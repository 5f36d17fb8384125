import type { FilePosition, ParsedDocument, ParseOptions } from '@interlinea/formats';

/** To a parse worker: one file. */
export interface ParseRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  options: ParseOptions;
}

/** From a parse worker: the document, the file's problem, or the parser's own failure. */
export type ParseReply =
  | { ready: true }
  | { id: number; parsed: ParsedDocument }
  | { id: number; formatError: { code: string; message: string; position?: FilePosition } }
  | { id: number; failure: string };
