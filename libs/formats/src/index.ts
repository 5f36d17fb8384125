/**
 * @interlinea/formats — format filters around one intermediate model.
 *
 * parseDocument(bytes, fileName) turns an uploaded file into blocks (the texts a translator translates)
 * and a skeleton (everything else, verbatim); buildDocument(skeleton, texts) writes the file back.
 * With the blocks' own texts the result is the uploaded file byte for byte; with translations it is the
 * edition, written so that a translation cannot break the file's structure (see writeBlockText):
 * a line break in a heading or table cell becomes a space, a blank line inside a block is dropped, a
 * line a translation adds continues its quotation or list item, and "|" in a table cell is escaped.
 */
export type { Block, BlockKind, BlockSlot, DocumentFormat, ParsedDocument, Skeleton } from './lib/document';
export { FormatError } from './lib/format-error';
export type { FilePosition, FormatErrorCode } from './lib/format-error';
export { detectFormat } from './lib/detect-format';
export { parseDocument } from './lib/parse-document';
export { buildDocument } from './lib/build-document';
