import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FormatError, parseDocument } from '../index';
import { firstInvalidUtf8Byte } from './decode-text';

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, 'fixtures', name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array, fileName: string): FormatError {
  try {
    parseDocument(bytes, fileName);
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error(`${fileName} was imported but should have been refused`);
}

describe('files a translator cannot work on are refused with a clear message', () => {
  it.each([
    ['an empty file', new Uint8Array(0)],
    ['a file of spaces, tabs and line breaks', utf8('  \n\t\r\n   \n')],
    ['a byte order mark and blank lines', utf8('\uFEFF\n\n')],
  ])('%s is EMPTY_FILE', (_, bytes) => {
    const error = refusal(bytes, 'leaflet.txt');
    expect(error.code).toBe('EMPTY_FILE');
    expect(error.message).toBe('The file is empty: it contains no text to translate.');
  });

  it.each([
    ['a PNG image renamed to .txt', fixture('red-square.png'), 'red-square.txt'],
    ['a zip archive renamed to .md', fixture('leaflet.zip'), 'leaflet.md'],
    ['text full of control characters', utf8('a\u0001b\u0002c\u0003d\u0004e\u0005'), 'noise.txt'],
  ])('%s is BINARY_FILE', (_, bytes, fileName) => {
    const error = refusal(bytes, fileName);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FormatError');
    expect(error.code).toBe('BINARY_FILE');
    expect(error.message).toMatch(/^The file is not a text file/);
    expect(error.position).toBeUndefined();
  });

  it('accepts a stray control character in real text (a form feed, an escape)', () => {
    expect(parseDocument(utf8('Page one.\f\nPage two \u001b[0m.\n'), 'pages.txt').blocks).toHaveLength(1);
  });

  it('gives line and column (in characters) of the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('Рабочая власть\r\n\r\n', 'utf8'),
      Buffer.from('Листовка 1992, caf', 'utf8'),
      Buffer.from([0xe9]), // "é" as Windows-1252 writes it
      Buffer.from(' de la gare\n', 'latin1'),
    ]);
    const error = refusal(bytes, 'listovka.txt');
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.position).toEqual({ line: 3, column: 19 });
    expect(error.message).toMatch(/^The file is not valid UTF-8 text: invalid byte 0xE9 at line 3, column 19\. /);
  });

  it('refuses a Russian leaflet saved as Windows-1251, at its first letter', () => {
    const error = refusal(fixture('listovka-cp1251.txt'), 'listovka.txt');
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.position).toEqual({ line: 1, column: 1 });
    expect(error.message).toContain('Windows-1251');
  });

  it('counts columns after a byte order mark from the first real character', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFab', 'utf8'), Buffer.from([0xff])]);
    expect(refusal(bytes, 'a.md').position).toEqual({ line: 1, column: 3 });
  });

  it('asks for UTF-8 when the file is UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Рабочая власть\n', 'utf16le')]);
    const error = refusal(bytes, 'listovka.txt');
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.message).toMatch(/UTF-16.*save it as UTF-8/i);
  });
});

describe('firstInvalidUtf8Byte agrees with the strict UTF-8 decoder', () => {
  it.each([
    ['an overlong encoding of "/"', [0x41, 0xc0, 0xaf], 1],
    ['an encoded surrogate', [0x41, 0x42, 0xed, 0xa0, 0x80], 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut off at the end', [0x61, 0xe2, 0x82], 1],
    ['a lone continuation byte', [0x61, 0x80], 1],
  ])('%s', (_, bytes, offset) => {
    const data = Uint8Array.from(bytes);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(data)).toThrow();
    expect(firstInvalidUtf8Byte(data)).toBe(offset);
  });

  it('finds nothing wrong in valid text', () => {
    expect(firstInvalidUtf8Byte(utf8('Рабочая власть — 1992 € 𝄞'))).toBe(-1);
  });
});
