/**
 * Finding text in segments the way the editor's search box means it: plain text or a regular
 * expression, whole words or anywhere, with or without case. Words are Unicode words (Cyrillic,
 * German umlauts and ß), so "whole word" never cuts a Russian or German word in two.
 */
export interface SearchOptions {
  /** The text must stand as a whole word (no letter, digit or _ right before or after). */
  wholeWord: boolean;
  /** Upper and lower case differ. */
  matchCase: boolean;
  /** `find` is a JavaScript regular expression (Unicode mode). */
  regex: boolean;
}

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = { wholeWord: false, matchCase: false, regex: false };

/** A hit: the characters [start, end) of the text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A search ready to run, or why it cannot be (an invalid regular expression). */
export type CompiledSearch = { ok: true; pattern: RegExp; options: SearchOptions } | { ok: false; error: string };

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Compiles what the user typed. An empty `find` is refused (it would match everywhere), and so is a
 * regular expression the browser (or Node) cannot read: `error` says why, for the field.
 */
export function compileSearch(find: string, options: SearchOptions): CompiledSearch {
  if (find === '') return { ok: false, error: 'type something to find' };
  const body = options.regex ? find : escapeRegExp(find);
  const source = options.wholeWord ? `(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})` : body;
  try {
    return { ok: true, pattern: new RegExp(source, options.matchCase ? 'gu' : 'giu'), options };
  } catch (error) {
    return { ok: false, error: `not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}` };
  }
}

/** Every non-empty hit of the search in the text, in order (an empty match, e.g. of `a*`, is not a hit). */
export function findRanges(text: string, search: RegExp): TextRange[] {
  const ranges: TextRange[] = [];
  for (const m of text.matchAll(search)) {
    if (m[0].length === 0) continue;
    const start = m.index ?? 0;
    ranges.push({ start, end: start + m[0].length });
  }
  return ranges;
}

/** The text contains at least one hit. */
export function hasHit(text: string, search: RegExp): boolean {
  return findRanges(text, search).length > 0;
}
