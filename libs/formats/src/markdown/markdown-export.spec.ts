import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Block, buildDocument, parseDocument, ParsedDocument } from '../index';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const asText = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const parse = (markdown: string): ParsedDocument => parseDocument(utf8(markdown), 'guide.md');
const exportWith = (document: ParsedDocument, texts: string[]): string => asText(buildDocument(document.skeleton, texts));
const shape = (blocks: Block[]): string[] => blocks.map((block) => `${block.kind}${block.level ?? ''}`);

const guide = fixture('edition-guide.md');

describe('Markdown round trip: the source texts give back the file byte for byte', () => {
  it.each([
    ['edition-guide.md as written (LF)', guide],
    ['with CRLF line endings', guide.replace(/\n/g, '\r\n')],
    ['with a byte order mark', `\uFEFF${guide}`],
    ['without a line break at the end', guide.trimEnd()],
    ['with mixed line endings', guide.replace(/\.\n/g, '.\r\n')],
    ['listovka-crlf-bom.md (Russian, CRLF, BOM)', fixture('listovka-crlf-bom.md')],
  ])('%s', (_, markdown) => {
    const document = parse(markdown);
    expect(
      buildDocument(
        document.skeleton,
        document.blocks.map((block) => block.text),
      ),
    ).toEqual(utf8(markdown));
  });

  it('gives the same block texts whatever the line endings', () => {
    expect(parse(guide.replace(/\n/g, '\r\n')).blocks).toEqual(parse(guide).blocks);
  });

  it.each([
    '> foo\nbar\n===\n',
    '- \n  starts on the next line\n',
    '-\tfoo\n\tbar\n',
    '1. a\n\n\n2. b\n',
    '* * *\n- item\n***\n',
    '  > indented quote\n  > more\n',
    '<!-- comment -->\ntext\n',
    '# \n\n#\n',
    '####### seven is not a heading\n',
    'term\n: definition\n',
    '    code\n\npara\n    lazy indented line\n',
    '| a |\n|---|\n',
    '- [ ]\n- [x]\n',
    '\n\n\n  Text after blank lines  \n\n\n',
  ])('tricky input %j', (markdown) => {
    const document = parse(markdown);
    expect(
      exportWith(
        document,
        document.blocks.map((block) => block.text),
      ),
    ).toBe(markdown);
  });
});

describe('Markdown export of a translation keeps the structure', () => {
  const document = parse(guide);
  // A careless translation: line breaks everywhere, a pipe in table cells, extra blank lines.
  const translated = document.blocks.map((block, i) => `Übersetzung ${i}\nzweite Zeile | Teil\n\n`);
  const edition = exportWith(document, translated);
  const reparsed = parseDocument(utf8(edition), 'edition.md');

  it('re-parses to the same kinds of blocks, in the same order', () => {
    expect(shape(reparsed.blocks)).toEqual(shape(document.blocks));
  });

  it('writes line breaks in headings and table cells as spaces, and escapes pipes in cells', () => {
    const cells = reparsed.blocks.filter((block) => block.kind === 'table-cell');
    expect(cells[0].text).toBe('Übersetzung 19 zweite Zeile \\| Teil');
    expect(reparsed.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Übersetzung 0 zweite Zeile | Teil' });
    expect(edition).toContain('# Übersetzung 0 zweite Zeile | Teil #\n');
  });

  it('continues a quotation or a list item on the lines a translation adds', () => {
    expect(reparsed.blocks[17]).toEqual({ kind: 'quote', text: 'Übersetzung 17\nzweite Zeile | Teil' });
    expect(edition).toContain('> > Übersetzung 17\n> > zweite Zeile | Teil\n');
    expect(edition).toContain('   - Übersetzung 8\n     zweite Zeile | Teil\n');
  });

  it('puts each translation where its source was and leaves the skeleton as it was', () => {
    const skeleton = document.skeleton.parts.filter((part): part is string => typeof part === 'string');
    let rest = edition;
    for (const part of skeleton) {
      const at = rest.indexOf(part);
      expect(at).toBeGreaterThanOrEqual(0);
      rest = rest.slice(at + part.length);
    }
  });

  it('writes added lines with the file’s line ending and prefix in a CRLF file', () => {
    const crlf = parse('> Одна строка цитаты.\r\n\r\n- Пункт списка\r\n');
    expect(exportWith(crlf, ['One quoted\nline.', 'A list\nitem'])).toBe('> One quoted\r\n> line.\r\n\r\n- A list\r\n  item\r\n');
  });
});
