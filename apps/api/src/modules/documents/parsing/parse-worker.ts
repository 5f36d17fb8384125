// A worker thread that parses one uploaded document at a time (see document-parser.ts).
import { parentPort } from 'node:worker_threads';
import { FormatError, parseDocument } from '@interlinea/formats';
import { segmentDocument } from '../document-import';
import type { ParseRequest, ParseReply, ReadDocument } from './parse-messages';

/** Parsing and sentence segmentation, the two costly steps of an import, both off the main thread. */
export function readDocument(request: Omit<ParseRequest, 'id'>): ReadDocument {
  const parsed = parseDocument(request.bytes, request.fileName, request.options);
  return { parsed, segmented: request.segmentIn ? segmentDocument(parsed, request.segmentIn) : undefined };
}

parentPort?.on('message', (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: request.id, read: readDocument(request) };
  } catch (error) {
    reply =
      error instanceof FormatError
        ? { id: request.id, formatError: { code: error.code, message: error.message, position: error.position } }
        : { id: request.id, failure: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
// the parsers are loaded: the time limit of a file counts from here on
parentPort?.postMessage({ ready: true });
