import { finding, type QaFinding, type QaSegment } from './finding';
import { maskCodes } from './masked-text';

interface Mark {
  char: string;
  at: number;
}

const OPEN_BRACKETS: Record<string, string> = { '(': ')', '[': ']' };
const CLOSE_BRACKETS: Record<string, string> = { ')': '(', ']': '[' };
/** Quote marks that only ever open or only ever close, whatever the language. */
const OPENING_QUOTES = new Set(['„', '‚']);
export const QUOTES = new Set(['«', '»', '„', '“', '”', '‚', '‘', '’', '"', "'", '‹', '›']);

/** `1)` or `a)` at the start or after a space: a list label, not a closing bracket. */
const isListLabel = (text: string, at: number): boolean => /(?:^|[\s(])[\p{L}\p{N}]{1,2}$/u.test(text.slice(Math.max(0, at - 3), at));

/** Brackets opened and never closed, or closed and never opened (list labels like "1)" are no bracket). */
function unmatchedBrackets(text: string): Mark[] {
  const open: Mark[] = [];
  const stray: Mark[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (OPEN_BRACKETS[char]) open.push({ char, at });
    else if (CLOSE_BRACKETS[char]) {
      const last = open.length > 0 ? open[open.length - 1] : undefined;
      if (last && last.char === CLOSE_BRACKETS[char]) open.pop();
      else if (!isListLabel(text, at)) stray.push({ char, at });
    }
  }
  return [...open, ...stray];
}

/**
 * Whether a quote mark opens a quotation, from where it stands: after the start, a space, a bracket or
 * a dash it opens; before a space or punctuation it closes. An apostrophe between letters is no quote.
 */
export function quoteRole(text: string, at: number): 'open' | 'close' | 'apostrophe' {
  const char = text[at];
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  if ((char === '’' || char === "'") && /[\p{L}\p{N}]/u.test(before) && /\p{L}/u.test(after)) return 'apostrophe';
  if (OPENING_QUOTES.has(char)) return 'open';
  if ((char === '’' || char === "'") && /[\p{L}s]/u.test(before) && /[\s.,;:!?)]/.test(after)) return /s/.test(before) ? 'apostrophe' : 'close';
  const opensHere = /[\s([{\u2014\u2013\-/«»„“‚‘\uFFFC]/.test(before) || at === 0;
  const closesHere = /[\s.,;:!?)\]}\u2014\u2013…\uFFFC]/.test(after) || at === text.length - 1;
  if (opensHere && !closesHere) return 'open';
  if (closesHere && !opensHere) return 'close';
  return /[\p{L}\p{N}]/u.test(after) ? 'open' : 'close';
}

/** Quotation marks opened and never closed, or closed and never opened, by position (any glyph pairs with any). */
function unmatchedQuotes(text: string): Mark[] {
  const open: Mark[] = [];
  const stray: Mark[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (!QUOTES.has(char)) continue;
    const role = quoteRole(text, at);
    if (role === 'apostrophe') continue;
    if (role === 'open') open.push({ char, at });
    else if (open.length > 0) open.pop();
    else stray.push({ char, at });
  }
  return [...open, ...stray];
}

/**
 * UNBALANCED: a bracket or a quotation mark of the target opened and not closed (or the reverse), when
 * the source is balanced in that respect (a segment cut inside a quotation is unbalanced on both sides).
 */
export function checkUnbalanced({ source, target }: QaSegment): QaFinding[] {
  const sourceText = maskCodes(source);
  const targetText = maskCodes(target);
  const findings: QaFinding[] = [];
  const brackets = unmatchedBrackets(targetText);
  if (brackets.length > unmatchedBrackets(sourceText).length) {
    for (const mark of brackets) findings.push(finding('UNBALANCED', 'warning', mark.at, mark.at + 1, { mark: mark.char }));
  }
  const quotes = unmatchedQuotes(targetText);
  if (quotes.length > unmatchedQuotes(sourceText).length) {
    for (const mark of quotes) findings.push(finding('UNBALANCED', 'warning', mark.at, mark.at + 1, { mark: mark.char }));
  }
  return findings;
}
