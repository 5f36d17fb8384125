import { BlockSlot, DocumentFormat, Skeleton, TranslationState, isBlockSlot } from './document';
import { writeWithSubflows } from './write-parts';
import { renderCodes } from '@interlinea/inline-codes';
import { buildDocx } from '../docx/docx-write';
import { buildOdt } from '../odt/odt-write';
import { writeHtmlText } from '../html/html-write';
import { writeXliffTarget } from '../xliff/xliff-write';

/** How each text format writes a block's text into its slot. */
const SLOT_WRITERS: Partial<Record<DocumentFormat, (slot: BlockSlot, text: string) => string>> = {
  txt: writeMarkupText,
  md: writeMarkupText,
  html: writeHtmlText,
  xliff: writeXliffTarget,
};

/**
 * Rebuilds a file from its skeleton and one text per block (source texts give back the uploaded file
 * byte for byte; translated texts give the edition). Returns UTF-8 bytes. DOCX and ODT: `original`
 * is the uploaded file, whose images and other unchanged files the export takes as they were. XLIFF:
 * `states` (one per block) are written as the 1.2 targets' and the 2.0 segments' state, as exportXliff writes them.
 */
export function buildDocument(skeleton: Skeleton, blockTexts: string[], original?: Uint8Array, states?: Array<TranslationState | null>): Uint8Array {
  const slots = [skeleton.parts, ...(skeleton.subflows ?? [])].flatMap((parts) => parts.filter(isBlockSlot));
  if (slots.length !== blockTexts.length) {
    throw new RangeError(`The document has ${slots.length} blocks but ${blockTexts.length} block texts were given.`);
  }
  if (skeleton.format === 'docx') return buildDocx(skeleton, blockTexts, original);
  if (skeleton.format === 'odt') return buildOdt(skeleton, blockTexts, original);
  const writeSlot =
    skeleton.format === 'xliff' && states
      ? (slot: BlockSlot, text: string) => writeXliffTarget(slot, text, states[slot.block] ?? null)
      : SLOT_WRITERS[skeleton.format];
  if (!writeSlot) throw new Error(`No writer for ${skeleton.format}`);
  return new TextEncoder().encode(writeWithSubflows(skeleton.parts, blockTexts, writeSlot, skeleton.subflows));
}

/** TXT and Markdown: codes are written as the source wrote them, then the text as writeBlockText does. */
function writeMarkupText(slot: BlockSlot, text: string): string {
  return writeBlockText(slot, renderCodes(text, slot.codes));
}

/**
 * Writes a block's text into its slot so that the file keeps its structure whatever the translation holds:
 * - each line is trimmed and blank lines are dropped (a block is one paragraph; a blank line would split it);
 * - in a one-line construct (heading, table cell) line breaks become spaces;
 * - elsewhere a line break is written as the source wrote it (line ending plus "> " or list indentation),
 *   by position; breaks beyond the source's use the slot's `lineBreak`;
 * - characters the construct reserves ("|" in a table cell) are escaped with a backslash.
 * Source texts are already in this shape, so they come back unchanged.
 */
export function writeBlockText(slot: BlockSlot, text: string): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeReserved(line.trim(), slot.escape))
    .filter((line) => line !== '');
  if (slot.lineBreak === undefined) return lines.join(' ');
  const { lineBreak, lineBreaks = [] } = slot;
  return lines.reduce((written, line, i) => (i === 0 ? line : written + (lineBreaks[i - 1] ?? lineBreak) + line), '');
}

function escapeReserved(line: string, reserved: string | undefined): string {
  if (!reserved) return line;
  let written = '';
  let backslashes = 0;
  for (const char of line) {
    if (reserved.includes(char) && backslashes % 2 === 0) written += '\\';
    backslashes = char === '\\' ? backslashes + 1 : 0;
    written += char;
  }
  return written;
}
