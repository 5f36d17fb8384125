import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, parseDocument, ParsedDocument } from '../index';

const SAMPLE = 'rabochaya-vlast-1992.txt';
const sample = readFileSync(join(__dirname, '../../../../../shared/samples', SAMPLE), 'utf8');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const asText = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const rebuild = (document: ParsedDocument, texts = document.blocks.map((block) => block.text)): string => asText(buildDocument(document.skeleton, texts));

describe('TXT: the 1992 leaflet sample', () => {
  const document = parseDocument(utf8(sample), SAMPLE);

  it('finds one block per paragraph between blank lines', () => {
    expect(document.format).toBe('txt');
    expect(document.blocks).toHaveLength(sample.trim().split(/\n[ \t]*\n/).length);
    expect(document.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(document.blocks[1].text).toBe('Down with capitalism! Down with Stalinism!');
  });

  it('keeps a single line break inside a paragraph in its text', () => {
    expect(document.blocks[0].text).toBe('Search\nClose this search box.');
    expect(document.blocks.at(-1)!.text).toMatch(/^You should also read\nShare this Article\nFacebook\n/);
  });

  it('takes the first line as the title', () => {
    expect(document.title).toBe('Search');
  });

  it('rebuilds the file byte for byte', () => {
    expect(
      buildDocument(
        document.skeleton,
        document.blocks.map((block) => block.text),
      ),
    ).toEqual(utf8(sample));
  });

  it('keeps a skeleton that survives JSON (as in a jsonb column)', () => {
    const stored = JSON.parse(JSON.stringify(document.skeleton));
    expect(rebuild({ ...document, skeleton: stored })).toBe(sample);
  });
});

describe('TXT: line endings, byte order mark, whitespace', () => {
  const variants: Array<[string, string]> = [
    ['CRLF line endings', sample.replace(/\n/g, '\r\n')],
    ['a UTF-8 byte order mark and CRLF', `\uFEFF${sample.replace(/\n/g, '\r\n')}`],
    ['no line break at the end', sample.trimEnd()],
    ['old Mac CR line endings', sample.replace(/\n/g, '\r')],
    ['mixed line endings', sample.replace(/\n\n/g, '\r\n\n').replace(/Facebook\n/g, 'Facebook\r\n')],
    ['indented paragraphs, tabs and trailing spaces', sample.replace(/\n\n(\w)/g, '\n  \t\n\t  $1').replace(/\.\n/g, '.   \n')],
  ];

  it.each(variants)('%s: rebuilds byte for byte, with the same block texts', (_, text) => {
    const document = parseDocument(utf8(text), SAMPLE);
    expect(
      buildDocument(
        document.skeleton,
        document.blocks.map((block) => block.text),
      ),
    ).toEqual(utf8(text));
    expect(document.blocks.map((block) => block.text)).toEqual(parseDocument(utf8(sample), SAMPLE).blocks.map((block) => block.text));
  });

  it('leaves the whitespace around a paragraph and its lines to the skeleton', () => {
    const document = parseDocument(utf8('\n\n   \tFirst line,   \n\t second line.  \n\n'), 'poem.txt');
    expect(document.blocks).toEqual([{ kind: 'paragraph', text: 'First line,\nsecond line.' }]);
    expect(rebuild(document)).toBe('\n\n   \tFirst line,   \n\t second line.  \n\n');
  });

  it('keeps tabs inside a line in the text', () => {
    expect(parseDocument(utf8('Name:\tAnna\n'), 'form.txt').blocks[0].text).toBe('Name:\tAnna');
  });

  it('shortens a long first line to 120 characters for the title, at a word boundary', () => {
    const line = 'Рабочая власть '.repeat(12);
    const { title } = parseDocument(utf8(`  ${line}\n\nText.`), 'long.txt');
    expect([...title].length).toBeLessThanOrEqual(120);
    expect(title.endsWith('…')).toBe(true);
    expect(line.startsWith(`${title.slice(0, -1)} `)).toBe(true);
  });
});

describe('TXT: exporting a translation', () => {
  const original = 'Рабочая власть\r\n\r\n  Вперёд к новому\r\n  красному Октябрю!\r\n\r\nЛистовка.\r\n';
  const document = parseDocument(utf8(original), 'listovka.txt');

  it('puts translations in place of the paragraphs, keeping the layout', () => {
    const edition = rebuild(document, ['Workers’ Power', 'Forward to a new\nred October!', 'Leaflet.']);
    expect(edition).toBe('Workers’ Power\r\n\r\n  Forward to a new\r\n  red October!\r\n\r\nLeaflet.\r\n');
  });

  it('writes line breaks a translation adds with the file’s line ending', () => {
    const edition = rebuild(document, ['Workers’\nPower', 'Forward to a new red October!', 'The\nleaflet.']);
    expect(edition).toBe('Workers’\r\nPower\r\n\r\n  Forward to a new red October!\r\n\r\nThe\r\nleaflet.\r\n');
  });

  it('keeps a paragraph one paragraph when a translation holds a blank line', () => {
    const edition = rebuild(document, ['Workers’ Power', 'Forward!\n\n\nRed October!\n', 'Leaflet.']);
    expect(edition).toBe('Workers’ Power\r\n\r\n  Forward!\r\n  Red October!\r\n\r\nLeaflet.\r\n');
    expect(parseDocument(utf8(edition), 'edition.txt').blocks).toHaveLength(3);
  });

  it('refuses a number of texts that is not the number of blocks', () => {
    expect(() => buildDocument(document.skeleton, ['only one'])).toThrow('The document has 3 blocks but 1 block texts were given.');
  });
});
