import { codeTokens } from '@interlinea/inline-codes';

/** Stands in for each character of a code token, so offsets stay those of the real text. */
export const MASK = '\uFFFC';

/** The text with every code token's characters replaced by MASK: `{1}` holds digits that are no number. */
export function maskCodes(text: string): string {
  let masked = '';
  let cursor = 0;
  for (const token of codeTokens(text)) {
    masked += text.slice(cursor, token.start) + MASK.repeat(token.end - token.start);
    cursor = token.end;
  }
  return masked + text.slice(cursor);
}

/** The text without code tokens, whitespace folded: what a reader sees. */
export function visibleText(text: string): string {
  return maskCodes(text).split(MASK).join('').replace(/\s+/g, ' ').trim();
}

/** Replaces the characters from `start` to `end` with MASK (a part already read by one pass is not read again). */
export function maskRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + MASK.repeat(end - start) + text.slice(end);
}

export const hasLetters = (text: string): boolean => /\p{L}/u.test(text);
