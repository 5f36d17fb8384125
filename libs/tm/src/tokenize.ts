import { readTokenLike, TOKEN_LIKE_SOURCE, tokenLikeEnd } from '@interlinea/inline-codes';

/**
 * Tokens of a segment as translation memory sees them. Inline codes live in the text as `{1}`,
 * `{/1}` and `{2/}`; words and numbers carry the meaning; punctuation and codes weigh less.
 */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'code';

export interface Token {
  kind: TokenKind;
  /** The text as written. */
  text: string;
  /**
   * What must be equal for two tokens to count as the same word: lower case, `ё` as `е`,
   * every number as `#`, every code by its shape only (`{`, `}` or `^`).
   */
  key: string;
  start: number;
  end: number;
}

// A code (or token-like `{/n/}`, one piece too) | a number | a word | any other character.
const TOKEN = new RegExp(`(${TOKEN_LIKE_SOURCE})|` + String.raw`(\d+(?:[.,:]\d+)*)|([\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*)|(\S)`, 'gu');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[1]) tokens.push({ kind: 'code', text: m[1], key: codeShape(m[1]), start, end });
    else if (m[2]) tokens.push({ kind: 'number', text: m[2], key: '#', start, end });
    else if (m[3]) tokens.push({ kind: 'word', text: m[3], key: wordKey(m[3]), start, end });
    else tokens.push({ kind: 'punctuation', text: m[4], key: m[4], start, end });
  }
  return tokens;
}

/** Words and numbers: the tokens the edit distance and the index work on. */
export function isWordLike(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number';
}

function isAscii(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function wordKey(word: string): string {
  // the same key as normalising every word, without the cost for plain ASCII words (most of a big import)
  if (isAscii(word)) return word.toLowerCase();
  let key = word.normalize('NFC').toLowerCase();
  if (key.includes('ё')) key = key.replace(/ё/g, 'е');
  if (key.includes('’')) key = key.replace(/’/g, "'");
  return key;
}

/**
 * The keys of a text's words and numbers, in order: what the memory index stores. The same as
 * `tokenize(text).filter(isWordLike).map((t) => t.key)`, scanned by hand (see `scanWords`).
 */
export function wordKeys(text: string): string[] {
  const keys: string[] = [];
  scanWords(text, (start, end) => keys.push(start < 0 ? '#' : wordKey(text.slice(start, end))));
  return keys;
}

/**
 * Visits the words and numbers of a text in order, as `tokenize` finds them: a word as its range,
 * a number as (-1, -1). A big import scans every variant, and the Unicode regular expression was
 * most of its time.
 */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) {
      // an inline code is not a word; a lone `{` is punctuation
      i = tokenLikeEnd(text, i) ?? i + 1;
    } else if (c >= 0x30 && c <= 0x39) {
      i = digitsEnd(text, i);
      while (i + 1 < n && isSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) i = digitsEnd(text, i + 1);
      visit(-1, -1);
    } else {
      const width = charClass(text, i);
      if (width > 0) {
        const start = i;
        i += width;
        for (let w = charClass(text, i); w > 0; w = charClass(text, i)) i += w;
        for (;;) {
          const q = text.charCodeAt(i);
          if (q !== 0x27 && q !== 0x2019) break;
          let w = letterWidth(text, i + 1);
          if (w === 0) break;
          i += 1;
          while (w > 0) {
            i += w;
            w = letterWidth(text, i);
          }
        }
        visit(start, i);
      } else {
        i += width < 0 ? -width : 1;
      }
    }
  }
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x3a;

function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const KNOWN = 1;
const WORD = 2;
const LETTER_BIT = 4;
/** Classes of the characters of the Basic Multilingual Plane met so far (0: not yet), a byte each. */
const bmpClasses = new Uint8Array(0x10000);

function classOf(code: number): number {
  let bits = code < 0x10000 ? bmpClasses[code] : 0;
  if (bits === 0) {
    const ch = String.fromCodePoint(code);
    bits = KNOWN | (WORD_CHAR.test(ch) ? WORD : 0) | (LETTER.test(ch) ? LETTER_BIT : 0);
    if (code < 0x10000) bmpClasses[code] = bits;
  }
  return bits;
}

/** Width (1 or 2 code units) of a word character ([\p{L}\p{M}\p{N}_]) at `i`; 0 at the end; minus the width of any other character. */
function charClass(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? 1 : -1;
  const code = text.codePointAt(i)!;
  const width = code > 0xffff ? 2 : 1;
  return classOf(code) & WORD ? width : -width;
}

/** Width of a letter or mark ([\p{L}\p{M}]) at `i`, else 0. */
function letterWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  const code = text.codePointAt(i)!;
  return classOf(code) & LETTER_BIT ? (code > 0xffff ? 2 : 1) : 0;
}

/** Whitespace-insensitive form used to decide that two texts are identical (a 100 % match). */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function codeShape(code: string): string {
  const shape = readTokenLike(code)!;
  if (shape.closing) return '}';
  if (shape.standalone) return '^';
  return '{';
}
