import { findMarkdownBlocks } from '../markdown/markdown-filter';
import { findTxtBlocks } from '../txt/txt-filter';
import { assembleDocument, BlockDraft } from './assemble-document';
import { decodeText } from './decode-text';
import { baseName, detectFormat } from './detect-format';
import { Block, DocumentFormat, ParsedDocument } from './document';
import { SourceText } from './source-text';

/** Each text format's filter: where its blocks are in the (normalized) text. */
const TEXT_FILTERS: Record<DocumentFormat, (source: SourceText) => BlockDraft[]> = {
  txt: findTxtBlocks,
  md: findMarkdownBlocks,
};

const TITLE_LENGTH = 120;

/**
 * Imports an uploaded file: its format from the file name, then blocks to translate and a skeleton to
 * rebuild it. Throws a FormatError (with a message for the translator) for a file it cannot read.
 */
export function parseDocument(bytes: Uint8Array, fileName: string): ParsedDocument {
  const format = detectFormat(fileName, bytes);
  const source = new SourceText(decodeText(bytes));
  const { blocks, skeleton } = assembleDocument(format, source, TEXT_FILTERS[format](source));
  return { format, title: documentTitle(format, blocks, fileName), blocks, skeleton };
}

/** TXT: the first line. Markdown: the first heading, else the first block. Else the file name. */
function documentTitle(format: DocumentFormat, blocks: Block[], fileName: string): string {
  const titleBlock = (format === 'md' && blocks.find((block) => block.kind === 'heading')) || blocks[0];
  const firstLine = titleBlock?.text.split('\n')[0].trim();
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
