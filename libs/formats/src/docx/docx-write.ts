import { zipSync } from 'fflate';
import { writeWithSubflows } from '../lib/write-parts';
import { BlockSlot, Skeleton } from '../lib/document';
import { balanceCodes, type InlineCode } from '@interlinea/inline-codes';
import { escapeXml } from '../lib/xml-tree';
import { xmlText } from '../xliff/xliff-write';
import { packageFile } from '../lib/package-files';

/** What a paired code's open and close and a standalone code's data hold (JSON). */
interface RunFormatting {
  rPr?: string;
  open?: string[];
  close?: string[];
}
interface StandaloneData extends RunFormatting {
  xml?: string;
  inRun?: boolean;
  /** A source text that looked like a code token. */
  text?: string;
}

/** Rebuilds the .docx: the XML parts with the translations, every other file as it was. */
export function buildDocx(skeleton: Skeleton, blockTexts: string[], original?: Uint8Array): Uint8Array {
  if (!skeleton.package) throw new Error('A DOCX skeleton needs its package.');
  const files: Record<string, Uint8Array> = {};
  let next = 0;
  for (const entry of skeleton.package) {
    if (!('parts' in entry)) {
      files[entry.path] = packageFile(entry, original);
      continue;
    }
    const parts = skeleton.parts.slice(next, next + entry.parts);
    next += entry.parts;
    files[entry.path] = new TextEncoder().encode(writeWithSubflows(parts, blockTexts, writeDocxParagraph, skeleton.subflows));
  }
  return zipSync(files);
}

/**
 * Writes a paragraph's content: as it was when the text is the source's; else one run per stretch of
 * text in the formatting of the code around it (the paragraph's own outside codes), wrappers such as
 * hyperlinks around their runs, standalone codes as their XML. A line break or tab a translator types
 * becomes <w:br/> or <w:tab/>.
 */
export function writeDocxParagraph(slot: BlockSlot, text: string): string {
  if (slot.original && text === slot.original.text) return slot.original.markup;
  const w = slot.wordPrefix ?? 'w:';
  const base: RunFormatting = { rPr: slot.runProperties ?? '', open: [], close: [] };
  const stack: RunFormatting[] = [];
  const chunks: Array<{ wrappers: RunFormatting; xml: string }> = [];
  const addText = (piece: string, formatting: RunFormatting): void => {
    if (piece === '') return;
    const content = piece
      .split(/(\n|\t)/)
      .map((part) =>
        part === '\n'
          ? `<${w}br/>`
          : part === '\t'
            ? `<${w}tab/>`
            : part === ''
              ? ''
              : `<${w}t xml:space="preserve">${escapeXml(xmlText(part)).replace(/&quot;/g, '"')}</${w}t>`,
      )
      .join('');
    chunks.push({ wrappers: formatting, xml: `<${w}r>${formatting.rPr ?? ''}${content}</${w}r>` });
  };
  for (const piece of balanceCodes(text, slot.codes)) {
    const current = stack[stack.length - 1] ?? base;
    if (piece.type === 'text') addText(piece.text, current);
    else if (piece.type === 'open') stack.push(parse<RunFormatting>(piece.code.open, piece.code, 'close'));
    else if (piece.type === 'close') stack.pop();
    else {
      const data = parse<StandaloneData>(piece.code.data, piece.code);
      if (data.text !== undefined) addText(data.text, current);
      else if (data.xml !== undefined) chunks.push({ wrappers: data, xml: data.inRun ? `<${w}r>${data.rPr ?? ''}${data.xml}</${w}r>` : data.xml });
    }
  }
  let written = '';
  for (let i = 0; i < chunks.length;) {
    const wrappers = chunks[i].wrappers;
    const key = JSON.stringify(wrappers.open ?? []);
    let inner = '';
    for (; i < chunks.length && JSON.stringify(chunks[i].wrappers.open ?? []) === key; i += 1) inner += chunks[i].xml;
    written += (wrappers.open ?? []).join('') + inner + (wrappers.close ?? []).join('');
  }
  return written;
}

/** A code's JSON; a paired code's close wrappers come from its close. */
function parse<T extends RunFormatting>(json: string | undefined, code: InlineCode, withClose?: 'close'): T {
  try {
    const value = JSON.parse(json ?? '{}') as T;
    if (withClose) value.close = (JSON.parse(code.close ?? '{}') as RunFormatting).close ?? [];
    return value;
  } catch {
    return {} as T;
  }
}
