import { renderCodes } from '@interlinea/inline-codes';
import { BlockSlot, Skeleton } from '../lib/document';
import { writeWithSubflows } from '../lib/write-parts';
import { escapeXml } from '../lib/xml-tree';
import { xmlText } from '../xliff/xliff-write';
import { zipOdt } from './odt-package';
import { packageFile } from '../lib/package-files';

/** Rebuilds the .odt: content.xml and styles.xml with the translations, every other file as uploaded. */
export function buildOdt(skeleton: Skeleton, blockTexts: string[], original?: Uint8Array): Uint8Array {
  if (!skeleton.package) throw new Error('An ODT skeleton needs its package.');
  const files: Array<[string, Uint8Array]> = [];
  let next = 0;
  for (const entry of skeleton.package) {
    if (!('parts' in entry)) {
      files.push([entry.path, packageFile(entry, original)]);
      continue;
    }
    const parts = skeleton.parts.slice(next, next + entry.parts);
    next += entry.parts;
    files.push([entry.path, new TextEncoder().encode(writeWithSubflows(parts, blockTexts, writeOdtParagraph, skeleton.subflows))]);
  }
  return zipOdt(files);
}

/**
 * Writes a paragraph's content: as it was when the text is the source's; else the text escaped, each
 * code's markup as the source wrote it (kept balanced), and what ODF keeps as elements written as
 * elements: a line break or tab a translator types, and runs of spaces (ODF collapses spaces in text).
 */
export function writeOdtParagraph(slot: BlockSlot, text: string): string {
  if (slot.original && text === slot.original.text) return slot.original.markup;
  const prefix = slot.textPrefix ? `${slot.textPrefix}:` : 'text:';
  const escape = (piece: string): string =>
    piece
      .split(/(\n|\t| {2,})/)
      .map((part) => {
        if (part === '\n') return `<${prefix}line-break/>`;
        if (part === '\t') return `<${prefix}tab/>`;
        if (/^ {2,}$/.test(part)) return ` <${prefix}s${part.length > 2 ? ` ${prefix}c="${part.length - 1}"` : ''}/>`;
        return escapeXml(xmlText(part)).replace(/&quot;/g, '"');
      })
      .join('');
  return renderCodes(text, slot.codes, escape);
}
