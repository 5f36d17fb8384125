import { closeToken, codeTokens, openToken, standaloneToken } from '@interlinea/inline-codes';

/**
 * Segment texts carry inline codes as placeholders: `{1}bold{/1}` (a pair) and `{2/}` (a standalone
 * code, e.g. a line break or an image). DeepL moves XML tags with the words they wrap, so codes go to
 * DeepL as `<g id="1">…</g>` / `<x id="2"/>` with `tag_handling: 'xml'` and come back as placeholders.
 */

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Segment text → XML for DeepL; text between codes is escaped. */
export function codesToXml(text: string): string {
  let xml = '';
  let last = 0;
  for (const token of codeTokens(text)) {
    xml += escapeXml(text.slice(last, token.start));
    if (token.type === 'open') xml += `<g id="${token.id}">`;
    else if (token.type === 'close') xml += '</g>';
    else xml += `<x id="${token.id}"/>`;
    last = token.end;
  }
  return xml + escapeXml(text.slice(last));
}

const TAG = /<(\/?)([gx])(?:\s+id="(\d+)")?\s*(\/?)>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()];
  });
}

/**
 * DeepL's XML → segment text. Closing `</g>` tags get the id of the pair they close; a standalone
 * code written back as `<x id="2"></x>` is still `{2/}`. Tags DeepL invented are dropped.
 */
export function xmlToCodes(xml: string): string {
  let text = '';
  let last = 0;
  const open: string[] = [];
  for (const m of xml.matchAll(TAG)) {
    text += unescapeXml(xml.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    const [, closing, name, id, selfClosing] = m;
    if (name === 'x') {
      if (!closing && id !== undefined) text += standaloneToken(Number(id));
    } else if (closing) {
      const pairId = open.pop();
      if (pairId !== undefined) text += closeToken(Number(pairId));
    } else if (id !== undefined) {
      if (selfClosing) text += openToken(Number(id)) + closeToken(Number(id));
      else {
        open.push(id);
        text += openToken(Number(id));
      }
    }
  }
  return text + unescapeXml(xml.slice(last));
}
