/**
 * @interlinea/formats — format filters around one intermediate model.
 *
 * parseDocument(bytes, fileName) (parsePdfText for a PDF's text layer) turns an uploaded file into blocks (the texts a translator translates)
 * and a skeleton (everything else, verbatim); buildDocument(skeleton, texts) writes the file back.
 * With the blocks' own texts the result is the uploaded file byte for byte; with translations it is the
 * edition, written so that a translation cannot break the file's structure (see writeBlockText):
 * a line break in a heading or table cell becomes a space, a blank line inside a block is dropped, a
 * line a translation adds continues its quotation or list item, and "|" in a table cell is escaped.
 *
 * Inline markup (bold, links, images, line breaks, native XLIFF tags, DOCX run formatting) is kept out
 * of the text as inline codes: the text shows `{1}…{/1}` for a paired code and `{2/}` for a standalone
 * one, and the codes (in the block and in its skeleton slot) hold the markup the export writes back.
 * The tokens' grammar and the code helpers are @interlinea/inline-codes': whatever a translator does to
 * the tokens, the export stays a valid file (see its balanceCodes); its checkCodes reports the damage.
 */
export type {
  BilingualUnit,
  Block,
  BlockKind,
  BlockSlot,
  DocumentFormat,
  PackageEntry,
  ParsedDocument,
  ParseOptions,
  Skeleton,
  TranslationState,
} from './lib/document';
export { FormatError } from './lib/format-error';
export type { FilePosition, FormatErrorCode } from './lib/format-error';
export { detectFormat } from './lib/detect-format';
export { nativeMarkup } from './lib/native-markup';
export type { NativeMarkup } from './lib/native-markup';
export { parseDocument, parsePdfText } from './lib/parse-document';
export { buildEdition, EDITION_FORMATS } from './pdf/plain-edition';
export type { EditionFormat, EditionOptions } from './pdf/plain-edition';
export { isPdf } from './pdf/pdf-filter';
export type { PdfPage, PdfTextItem } from './pdf/pdf-types';
export { buildDocument } from './lib/build-document';
export { exportXliff } from './xliff/xliff-export';
export type { XliffExportDocument, XliffExportUnit, XliffNote } from './xliff/xliff-export';
export type { XliffVersion } from './xliff/xliff-inline';
export { findSiteFurniture } from './txt/site-furniture';
