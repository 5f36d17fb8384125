import { readDocx } from '../docx/docx-filter';
import { readHtml } from '../html/html-filter';
import { readOdt } from '../odt/odt-filter';
import { readPdf } from '../pdf/pdf-filter';
import { PdfPage } from '../pdf/pdf-types';
import { findMarkdownBlocks } from '../markdown/markdown-filter';
import { findTxtBlocks } from '../txt/txt-filter';
import { readXliff } from '../xliff/xliff-filter';
import { assembleDocument, TextFilterResult } from './assemble-document';
import { decodeText } from './decode-text';
import { baseName, detectFormat } from './detect-format';
import { Block, DocumentFormat, ParsedDocument, ParseOptions } from './document';
import { FormatError } from './format-error';
import { renderCodes, stripCodes } from '@interlinea/inline-codes';
import { SourceText } from './source-text';

/** Each line-oriented text format's filter: where its blocks are in the (normalized) text. */
const TEXT_FILTERS: Partial<Record<DocumentFormat, (source: SourceText) => TextFilterResult>> = {
  txt: findTxtBlocks,
  md: findMarkdownBlocks,
};

const TITLE_LENGTH = 120;

/**
 * Imports an uploaded file: its format from the file name (and content), then blocks to translate and
 * a skeleton to rebuild it. Throws a FormatError (with a message for the translator) for a file it cannot read.
 * `options.mainContentOnly` (HTML): keep only the page's main content.
 */
export function parseDocument(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParsedDocument {
  const format = detectFormat(fileName, bytes);
  if (format === 'pdf') throw new Error('A PDF is read from its text layer: call parsePdfText with the pages pdf.js read.');
  if (format === 'docx' || format === 'odt') {
    if (bytes.length === 0) throw new FormatError('EMPTY_FILE', 'The file is empty: it contains no text to translate.');
    const document = format === 'docx' ? readDocx(bytes) : readOdt(bytes);
    return { format, title: documentTitle(format, document.blocks, fileName), ...document };
  }
  if (format === 'xliff' || format === 'html') {
    const { bom, text } = decodeText(bytes);
    const document = format === 'xliff' ? readXliff(bom, text) : readHtml(bom, text, options);
    return { format, title: documentTitle(format, document.blocks, fileName), ...document };
  }
  const filter = TEXT_FILTERS[format];
  if (!filter) throw new Error(`No filter for ${format}`);
  const source = new SourceText(decodeText(bytes));
  const { drafts, readInline } = filter(source);
  const { blocks, skeleton } = assembleDocument(format, source, drafts, readInline);
  return { format, title: documentTitle(format, blocks, fileName), blocks, skeleton };
}

/**
 * Imports a PDF from its text layer (each page's text pieces with their positions, as pdf.js reads
 * them): paragraphs rebuilt, running headers and footers dropped. Throws PDF_NO_TEXT for scanned pages.
 */
export function parsePdfText(pages: PdfPage[], fileName: string): ParsedDocument {
  const document = readPdf(pages);
  return { format: 'pdf', title: documentTitle('pdf', document.blocks, fileName), ...document };
}

/**
 * TXT: the first line (as written). Markdown: the first heading (as written), else the first block. Other formats:
 * the first heading, else the first block, without codes. Else the file name.
 */
export function documentTitle(format: DocumentFormat, blocks: Block[], fileName: string): string {
  const titleBlock = (format !== 'txt' && blocks.find((block) => block.kind === 'heading')) || blocks[0];
  const text =
    titleBlock &&
    (format === 'md' || format === 'txt' ? renderCodes(titleBlock.text, titleBlock.codes) : stripCodes(titleBlock.text).replace(/[^\S\n]+/g, ' '));
  const firstLine = text?.split('\n')[0].trim();
  return firstLine ? shorten(firstLine) : baseName(fileName);
}

/** At most TITLE_LENGTH characters, cut at a word boundary when there is one, with an ellipsis. */
function shorten(line: string): string {
  const characters = [...line];
  if (characters.length <= TITLE_LENGTH) return line;
  const cut = characters.slice(0, TITLE_LENGTH - 1).join('');
  const wordEnd = cut.lastIndexOf(' ');
  return `${(wordEnd > TITLE_LENGTH / 2 ? cut.slice(0, wordEnd) : cut).trimEnd()}…`;
}
