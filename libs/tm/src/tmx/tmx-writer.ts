import { readTokenLike, tokenLikePattern } from '@interlinea/inline-codes';
import type { TmxCode, TmxProp, TmxUnit, TmxVariant } from './tmx-model';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attributes(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

/**
 * A segment's text with its codes written back as TMX inline elements: the native ones when the
 * unit came from TMX, otherwise `<bpt>`/`<ept>`/`<ph>` with the placeholder as content.
 */
export function segmentXml(text: string, codes: TmxCode[]): string {
  const byId = new Map<number, TmxCode[]>();
  for (const c of codes) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(tokenLikePattern())) {
    out += escapeXml(text.slice(at, m.index));
    at = (m.index ?? 0) + m[0].length;
    const { id, closing, standalone } = readTokenLike(m[0])!;
    const native = (byId.get(id) ?? []).find((c) =>
      standalone
        ? c.element === 'ph' || c.element === 'ut' || c.element === 'it'
        : closing
          ? c.element === 'ept' || c.element === 'hi' || (c.element === 'it' && c.attributes.pos === 'end')
          : c.element !== 'ept',
    );
    if (native?.element === 'hi') out += closing ? '</hi>' : `<hi${attributes(native.attributes)}>`;
    else if (native) out += `<${native.element}${attributes(native.attributes)}>${escapeXml(native.content)}</${native.element}>`;
    else if (standalone) out += `<ph x="${id}">${escapeXml(m[0])}</ph>`;
    else if (closing) out += `<ept i="${id}">${escapeXml(m[0])}</ept>`;
    else out += `<bpt i="${id}" x="${id}">${escapeXml(m[0])}</bpt>`;
  }
  return out + escapeXml(text.slice(at));
}

function propsXml(props: TmxProp[], notes: string[], indent: string): string {
  return (
    notes.map((n) => `${indent}<note>${escapeXml(n)}</note>\n`).join('') +
    props.map((p) => `${indent}<prop type="${escapeXml(p.type)}">${escapeXml(p.value)}</prop>\n`).join('')
  );
}

function variantXml(v: TmxVariant): string {
  const { 'xml:lang': _lang, lang: _old, ...rest } = v.attributes;
  return `    <tuv xml:lang="${escapeXml(v.locale)}"${attributes(rest)}>\n${propsXml(v.props, v.notes, '      ')}      <seg>${segmentXml(v.text, v.codes)}</seg>\n    </tuv>\n`;
}

export function tmxHead(srcLang: string, creationDate = new Date()): string {
  const stamp = creationDate
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n' +
    `  <header creationtool="Interlinea" creationtoolversion="0.1.0" segtype="sentence" o-tmf="Interlinea" adminlang="en" srclang="${escapeXml(srcLang)}" datatype="plaintext" creationdate="${stamp}"/>\n  <body>\n`
  );
}

export function tuXml(unit: TmxUnit): string {
  const { tuid: _tuid, ...rest } = unit.attributes;
  const tuid = unit.tuid ? ` tuid="${escapeXml(unit.tuid)}"` : '';
  return `  <tu${tuid}${attributes(rest)}>\n${propsXml(unit.props, unit.notes, '    ')}${unit.variants.map(variantXml).join('')}  </tu>\n`;
}

export const TMX_TAIL = '  </body>\n</tmx>\n';

/** The text encoding of an XML file from its byte-order mark or declaration (UTF-8 otherwise). */
export function detectXmlEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0x3c && head[1] === 0x00) return 'utf-16le';
  if (head[0] === 0x00 && head[1] === 0x3c) return 'utf-16be';
  const declaration = String.fromCharCode(...head.slice(0, 200)).match(/^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/);
  return declaration ? declaration[1].toLowerCase() : 'utf-8';
}
