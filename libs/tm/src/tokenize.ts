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

const TOKEN = /(\{\/?\d+\/?\})|(\d+(?:[.,:]\d+)*)|([\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;

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

export function wordKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'");
}

/** The keys of a text's words and numbers, in order: what the memory index stores. */
export function wordKeys(text: string): string[] {
  return tokenize(text).filter(isWordLike).map((t) => t.key);
}

/** Whitespace-insensitive form used to decide that two texts are identical (a 100 % match). */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function codeShape(code: string): string {
  if (code.startsWith('{/')) return '}';
  if (code.endsWith('/}')) return '^';
  return '{';
}
