import { renderCodes, type InlineCode } from '@interlinea/inline-codes';
import { BlockSlot, TranslationState } from '../lib/document';
import { stateAttributes12, stateAttributes20 } from './xliff-states';
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
export function writeXliffTarget(slot: BlockSlot, text: string, status?: TranslationState | null): string {
  const unchanged = slot.original !== undefined && text === slot.original.text;
  const content = unchanged ? slot.original!.markup : renderCodes(text, slot.codes, (piece) => escapeXml(xmlText(piece)).replace(/&quot;/g, '"'), isSplitCode);
  if (slot.segmentHead !== undefined) {
    const head = status === undefined ? slot.segmentHead : withState20(slot.segmentHead, status);
    // The 2.0 <target> has no state of its own.
    return head + writeXliffTarget({ ...slot, segmentHead: undefined }, text);
  }
  if (slot.targetTag !== undefined) return (status === undefined ? slot.targetTag : withState12(slot.targetTag, status)) + content;
  if (slot.wrap) return `${status === undefined ? slot.wrap.open : withState12(slot.wrap.open, status)}${content}${slot.wrap.close}`;
  return content;
}

/** A 1.2 <target> start tag with the state (and state-qualifier) of a status, as exportXliff writes them. */
export function withState12(tag: string, status: TranslationState | null): string {
  if (!/^<[\w:.-]*target\b/.test(tag)) return tag;
  const attributes = stateAttributes12(status).target;
  const bare = tag.replace(/\s+(?:state|state-qualifier)\s*=\s*(?:"[^"]*"|'[^']*')/g, '');
  const added = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  return bare.replace(/\s*(\/?>)$/, `${added}$1`);
}

/** A 2.0 <segment> start tag (at the start of `head`) with the state (and subState) of a status, as exportXliff writes them. */
export function withState20(head: string, status: TranslationState | null): string {
  const tag = /^<[\w:.-]*segment\b(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*/.exec(head);
  if (!tag) return head;
  const bare = tag[0].replace(/\s+(?:state|subState)\s*=\s*(?:"[^"]*"|'[^']*')/g, '').replace(/\s*$/, '');
  const added = Object.entries(stateAttributes20(status, true))
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  return bare + added + head.slice(tag[0].length);
}

/** A paired code whose open and close are elements of their own (<bpt>/<ept>, <sc/>/<ec/>): it may overlap others. */
export function isSplitCode(code: InlineCode): boolean {
  return !/^<\/[^>]+>$/.test(code.close ?? '');
}
