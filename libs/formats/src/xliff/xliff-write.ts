import { renderCodes, type InlineCode } from '@interlinea/inline-codes';
import { BlockSlot } from '../lib/document';
import { escapeXml } from '../lib/xml-tree';

/** Characters XML 1.0 does not allow (C0 controls but tab and line breaks, U+FFFE, U+FFFF, lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data: without the characters XML cannot hold. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * Writes a translation as an XLIFF target's content: the text escaped, each code as the native element
 * the source had (kept balanced, see balanceCodes), in a new <target> when the unit had none.
 */
export function writeXliffTarget(slot: BlockSlot, text: string): string {
  const content = renderCodes(text, slot.codes, (piece) => escapeXml(xmlText(piece)).replace(/&quot;/g, '"'), isSplitCode);
  return slot.wrap ? `${slot.wrap.open}${content}${slot.wrap.close}` : content;
}

/** A paired code whose open and close are elements of their own (<bpt>/<ept>, <sc/>/<ec/>): it may overlap others. */
export function isSplitCode(code: InlineCode): boolean {
  return !/^<\/[^>]+>$/.test(code.close ?? '');
}
