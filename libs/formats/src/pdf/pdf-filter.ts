import { CodedTextBuilder } from '@interlinea/inline-codes';
import { Block, BlockSlot, Skeleton } from '../lib/document';
import { FormatError } from '../lib/format-error';
import { layoutPdf } from './pdf-layout';
import { PdfPage } from './pdf-types';

/** Fewer letters than this per page on average: the pages are pictures (scans), not text. */
const LETTERS_PER_PAGE = 5;

/**
 * PDF: the text layer's paragraphs as blocks (the text layer is read by the caller, with pdf.js) (headings by their larger font, list items by their
 * marks). A PDF cannot be rebuilt, so its skeleton is the blocks as Markdown plus their outline, from
 * which the editions are written as DOCX, ODT, HTML or Markdown. A PDF without text (scanned pages) is
 * refused with PDF_NO_TEXT.
 */
export function readPdf(pages: PdfPage[]): { blocks: Block[]; skeleton: Skeleton } {
  const letters = pages.reduce((sum, page) => sum + page.items.reduce((count, item) => count + (item.text.match(/\p{L}/gu)?.length ?? 0), 0), 0);
  if (letters < Math.max(1, pages.length) * LETTERS_PER_PAGE) {
    throw new FormatError(
      'PDF_NO_TEXT',
      `The PDF has no text layer: its ${pages.length === 1 ? 'page is a picture' : `${pages.length} pages are pictures`} (a scan?). Run text recognition (OCR) on it first, or upload the document it was made from.`,
    );
  }
  const blocks: Block[] = [];
  const parts: Skeleton['parts'] = [];
  const outline: NonNullable<Skeleton['outline']> = [];
  for (const paragraph of layoutPdf(pages)) {
    const builder = new CodedTextBuilder();
    builder.addText(paragraph.text);
    const { text, codes } = builder.build();
    const block: Block = { kind: paragraph.kind, text };
    if (paragraph.level) block.level = paragraph.level;
    if (codes.length > 0) block.codes = codes;
    const slot: BlockSlot = { block: blocks.length };
    if (block.codes) slot.codes = block.codes;
    parts.push(blocks.length === 0 ? '' : '\n\n', slot);
    outline.push(paragraph.level ? { kind: paragraph.kind, level: paragraph.level } : { kind: paragraph.kind });
    blocks.push(block);
  }
  parts.push('\n');
  return { blocks, skeleton: { format: 'pdf', parts, outline } };
}

/** Whether the bytes are a PDF: "%PDF-" in the first kilobyte (where readers look for it). */
export function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}
