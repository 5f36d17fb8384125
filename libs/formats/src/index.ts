export type { Block, BlockKind, BlockSlot, DocumentFormat, ParsedDocument, Skeleton } from './lib/document';
export { FormatError } from './lib/format-error';
export type { FilePosition, FormatErrorCode } from './lib/format-error';
export { detectFormat } from './lib/detect-format';
export { parseDocument } from './lib/parse-document';
export { buildDocument } from './lib/build-document';
