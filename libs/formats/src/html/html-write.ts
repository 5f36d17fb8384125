import { BlockSlot } from '../lib/document';
import { renderCodes } from '@interlinea/inline-codes';

/** Text as HTML character data (also safe in a double-quoted attribute value). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');
}

/**
 * Writes a block into an HTML file: the source's markup as it was when the text is the source's,
 * else the text escaped with each code's tags as the source wrote them (kept balanced, see balanceCodes).
 */
export function writeHtmlText(slot: BlockSlot, text: string): string {
  if (slot.original && text === slot.original.text) return slot.original.markup;
  if (slot.attribute) {
    // An attribute value: one line, quotes of either kind escaped; an unquoted value gets double quotes.
    const value = renderCodes(text.replace(/\s+/g, ' ').trim(), slot.codes, (piece) => escapeHtml(piece).replace(/'/g, '&#39;'));
    return slot.attribute === 'unquoted' ? `"${value}"` : value;
  }
  return renderCodes(text, slot.codes, escapeHtml);
}
