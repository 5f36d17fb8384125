import { zipSync } from 'fflate';
import { editionDocx } from '../docx/test-support/edition-docx';
import { FormatError } from './format-error';
import { LIMITS } from './limits';
import { parseDocument } from './parse-document';

const utf8 = (text: string) => new TextEncoder().encode(text);
const refusal = (bytes: Uint8Array, name: string): FormatError => {
  try {
    parseDocument(bytes, name);
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
};

describe('hostile files are refused with the real reason, before the parsers work on them', () => {
  it('HTML nested 10,000 divs deep: NESTING_TOO_DEEP with the line and column', () => {
    const error = refusal(utf8('<html><body>\n' + '<div>'.repeat(10000) + 'Deep.' + '</div>'.repeat(10000) + '</body></html>'), 'deep.html');
    expect(error.code).toBe('NESTING_TOO_DEEP');
    // <html> and <body> are two of the levels: the div that goes too deep is the 511th
    expect(error.position).toEqual({ line: 2, column: 1 + 5 * (LIMITS.htmlDepth - 2) });
  });

  it('HTML as real pages write it is not refused: unclosed paragraphs and items, tags inside scripts', () => {
    const page =
      '<html><head><title>Leaflet</title><script>' +
      "var s = '<div>'.repeat(3); document.write('<div><div><div>');".repeat(100) +
      '</script></head><body>' +
      '<p>Paragraph without its end tag.'.repeat(600) +
      '<ul>' +
      '<li>An item'.repeat(600) +
      '</ul>' +
      '<div>'.repeat(100) +
      'Inside a hundred divs.' +
      '</div>'.repeat(100) +
      '</body></html>';
    const parsed = parseDocument(utf8(page), 'ok.html');
    expect(parsed.blocks.length).toBeGreaterThan(1200);
  });

  it('a Markdown list nested 2,000 levels (4 MB): NESTING_TOO_DEEP at its line', () => {
    let text = '# List\n\n';
    for (let level = 0; level < 2000; level++) text += `${'  '.repeat(level)}- level ${level}\n`;
    expect(text.length).toBeGreaterThan(4_000_000);
    const error = refusal(utf8(text), 'list.md');
    expect(error.code).toBe('NESTING_TOO_DEEP');
    expect(error.position?.line).toBe(3 + LIMITS.markdownIndent / 2 + 1);
  });

  it.each([
    ['block quotes', '> '.repeat(3000) + 'Quoted.\n'],
    ['list items opened on one line', '- '.repeat(3000) + 'Listed.\n'],
  ])('Markdown %s 3,000 deep: NESTING_TOO_DEEP', (_, text) => {
    expect(refusal(utf8(text), 'deep.md').code).toBe('NESTING_TOO_DEEP');
  });

  it('Markdown as people write it is not refused', () => {
    const text = '# Title\n\n> A quote\n> > and a reply\n\n- one\n  - two\n    - three\n      1. four\n\n    indented code\n';
    expect(parseDocument(utf8(text), 'ok.md').blocks.length).toBeGreaterThan(4);
  });

  it('XLIFF with inline codes nested 5,000 deep: NESTING_TOO_DEEP with the position', () => {
    const xliff =
      '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" target-language="ru" datatype="plaintext" original="x"><body><trans-unit id="1"><source>' +
      '<g id="1">'.repeat(5000) +
      'Hi' +
      '</g>'.repeat(5000) +
      '</source></trans-unit></body></file></xliff>';
    const error = refusal(utf8(xliff), 'deep.xlf');
    expect(error.code).toBe('NESTING_TOO_DEEP');
    expect(error.position?.line).toBe(2);
  });

  it('a DOCX whose content controls nest 5,000 deep: NESTING_TOO_DEEP', () => {
    const body = '<w:sdt><w:sdtContent>'.repeat(5000) + '<w:p><w:r><w:t>Deep</w:t></w:r></w:p>' + '</w:sdtContent></w:sdt>'.repeat(5000);
    expect(refusal(editionDocx(body), 'deep.docx').code).toBe('NESTING_TOO_DEEP');
  });

  it.each([
    ['unpacks a thousandfold', 8],
    ['unpacks to more than a part may hold', 70],
  ])('a DOCX whose document part %s: ARCHIVE_TOO_LARGE, naming the part', (_, megabytes) => {
    const bomb = zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'word/document.xml': new Uint8Array(megabytes * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = refusal(bomb, 'bomb.docx');
    expect(error.code).toBe('ARCHIVE_TOO_LARGE');
    expect(error.message).toContain('word/document.xml');
  });

  it('a DOCX whose header lies about the unpacked size is read no further than it says', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 1 });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i < bomb.length - 4; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50) view.setUint32(i + 22, 1000, true);
      if (signature === 0x02014b50) view.setUint32(i + 24, 1000, true);
    }
    const before = process.memoryUsage().rss;
    const error = refusal(bomb, 'liar.docx');
    expect(['INVALID_DOCX', 'MALFORMED_XML']).toContain(error.code);
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });
});
