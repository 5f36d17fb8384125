/**
 * The placeholder grammar: how inline codes are written in a segment's text. This file is its one
 * owner; everything else reads and writes tokens through it (a spec fails on a copy of the pattern).
 *
 * - `{1}` opens paired code 1 and `{/1}` closes it (bold, a link);
 * - `{2/}` is standalone code 2 (an image, a line break);
 * - ids are decimal numbers (`{12/}`); nothing else is a token: `{foo}`, `{ 1 }`, `{}`, `{-1}` are text.
 *
 * `{/2/}` is no token either, but it looks like one: importers make such source text a standalone code
 * (so a text never needs escaping), and readers take it as one piece of text ("token-like").
 */

/** Which code a token stands for and what it does there. */
export type CodeTokenType = 'open' | 'close' | 'standalone';

/** A code token in a text: `text.slice(start, end) === token`. */
export interface FoundCodeToken {
  type: CodeTokenType;
  id: number;
  token: string;
  start: number;
  end: number;
}

/** A code token as a RegExp source (no groups, no flags), to compose into bigger patterns. */
export const CODE_TOKEN_SOURCE = String.raw`\{(?:\/\d+|\d+\/?)\}`;

/** A code token or the token-like `{/n/}`, as a RegExp source (no groups, no flags). */
export const TOKEN_LIKE_SOURCE = String.raw`\{\/?\d+\/?\}`;

/** A fresh global RegExp matching each code token (`{1}`, `{/1}`, `{2/}`). */
export function codeTokenPattern(): RegExp {
  return new RegExp(CODE_TOKEN_SOURCE, 'g');
}

/** A fresh global RegExp matching each code token and each token-like `{/n/}`. */
export function tokenLikePattern(): RegExp {
  return new RegExp(TOKEN_LIKE_SOURCE, 'g');
}

/** The token that opens paired code `id`: `{1}`. */
export const openToken = (id: number): string => `{${id}}`;
/** The token that closes paired code `id`: `{/1}`. */
export const closeToken = (id: number): string => `{/${id}}`;
/** The token of standalone code `id`: `{2/}`. */
export const standaloneToken = (id: number): string => `{${id}/}`;

const SLASH = 0x2f;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Where the token or token-like text that starts at `start` ends (the offset after its `}`), or null
 * when none starts there. Scanned by hand: the memory runs it on every word of a big import.
 */
export function tokenLikeEnd(text: string, start: number): number | null {
  if (text.charCodeAt(start) !== OPEN_BRACE) return null;
  let at = start + 1;
  if (text.charCodeAt(at) === SLASH) at++;
  const digits = at;
  while (isDigit(text.charCodeAt(at))) at++;
  if (at === digits) return null;
  if (text.charCodeAt(at) === SLASH) at++;
  return text.charCodeAt(at) === CLOSE_BRACE ? at + 1 : null;
}

/** What a token-like text says: its id, whether it starts with `{/` and whether it ends with `/}`. */
export interface TokenShape {
  id: number;
  closing: boolean;
  standalone: boolean;
}

/** The shape of `text` when the whole of it is a token or token-like (`{/n/}`: closing and standalone); else undefined. */
export function readTokenLike(text: string): TokenShape | undefined {
  if (tokenLikeEnd(text, 0) !== text.length) return undefined;
  const closing = text.charCodeAt(1) === SLASH;
  const standalone = text.charCodeAt(text.length - 2) === SLASH;
  return { id: Number(text.slice(closing ? 2 : 1, standalone ? -2 : -1)), closing, standalone };
}

/** Whether the whole of `text` is a token or token-like (`{/n/}`): text an importer turned into a standalone code. */
export function isTokenLike(text: string): boolean {
  return readTokenLike(text) !== undefined;
}

/** The type and id of `token` when the whole of it is a code token; else undefined (`{/n/}` too). */
export function parseToken(token: string): { type: CodeTokenType; id: number } | undefined {
  const shape = readTokenLike(token);
  if (!shape || (shape.closing && shape.standalone)) return undefined;
  return { type: shape.closing ? 'close' : shape.standalone ? 'standalone' : 'open', id: shape.id };
}

/** The code tokens of a text, in order, with where they are. */
export function codeTokens(text: string): FoundCodeToken[] {
  return [...text.matchAll(codeTokenPattern())].map((match) => {
    const { type, id } = parseToken(match[0])!;
    return { type, id, token: match[0], start: match.index, end: match.index + match[0].length };
  });
}

/** Whether a text holds at least one code token. */
export function hasCodeTokens(text: string): boolean {
  return codeTokenPattern().test(text);
}

/** The ids of the codes whose tokens occur in a text (open, close or standalone). */
export function tokenIds(text: string): Set<number> {
  return new Set(codeTokens(text).map((token) => token.id));
}

/** The code token that covers the character at `offset` (`start <= offset < end`), if any. */
export function tokenAt(text: string, offset: number): FoundCodeToken | undefined {
  return codeTokens(text).find((token) => token.start <= offset && offset < token.end);
}

/** Whether `offset` falls between two characters of one token: a cut there would break it. Its borders are not inside. */
export function isInsideToken(text: string, offset: number): boolean {
  const token = tokenAt(text, offset);
  return token !== undefined && offset > token.start;
}
