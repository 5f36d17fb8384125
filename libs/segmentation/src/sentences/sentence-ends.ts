import { isBullet, isClosingMark, isDigit, isLetter, isLowerCase, isOpeningMark, isUpperCase, isWhitespace } from './characters';
import { LanguageProfile } from './language-profile';
import { listItemStarts } from './list-items';
import { findQuotations, quotationAround, Quotation } from './quotations';

// Sentence-final punctuation runs: `.`, `?!`, `...`, `…`.
const TERMINAL_RUN = /[.!?…‼⁇⁈⁉]+/g;
const LIST_MARKER = /^(?:\d{1,3}|\p{L}|[ivxlcdmIVXLCDM]{1,6})$/u;
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,4}\.)+\p{L}{1,4}$/u;
const NOT_PROSE = /[@/\\_:=<>(){}[\]]/;
const QUOTE_MARKS = /[«»‹„“"]/;

/**
 * Where sentences end inside one block (a line or a paragraph with no line breaks that count):
 * sorted positions after which a new segment begins. Whitespace around them is left to the caller.
 */
export function sentenceEnds(block: string, language: LanguageProfile): number[] {
  const listStarts = listItemStarts(block);
  const ends: number[] = [...listStarts];
  let nextListStart = 0;
  let sentenceStart = 0;
  const quotations = QUOTE_MARKS.test(block) ? findQuotations(block) : [];
  TERMINAL_RUN.lastIndex = 0;
  let run: RegExpExecArray | null;
  while ((run = TERMINAL_RUN.exec(block)) !== null) {
    const start = run.index;
    while (nextListStart < listStarts.length && listStarts[nextListStart] <= start) sentenceStart = listStarts[nextListStart++];
    const verdict = judgeRun(block, start, start + run[0].length, sentenceStart, language, quotations);
    TERMINAL_RUN.lastIndex = Math.max(TERMINAL_RUN.lastIndex, verdict.resumeAt);
    if (verdict.end >= 0) {
      ends.push(verdict.end);
      sentenceStart = skipWhitespace(block, verdict.end);
    }
  }
  return ends.length === listStarts.length ? listStarts : [...new Set(ends)].sort((a, b) => a - b);
}

interface Verdict {
  /** Position after which a new sentence starts, or -1. */
  end: number;
  /** Where to look for the next terminal run. */
  resumeAt: number;
}

function judgeRun(block: string, start: number, end: number, sentenceStart: number, language: LanguageProfile, quotations: Quotation[]): Verdict {
  const run = block.slice(start, end);
  if (run === '.' && block[end] === ' ' && block[end + 1] === '.') return judgeSpacedEllipsis(block, start, end);
  const afterClosers = skipClosingMarks(block, end);
  const keep = { end: -1, resumeAt: end };
  // Quoted speech of several sentences stays inside the sentence that quotes it ("He said: «I'll come. Wait.» Then…").
  const quotation = quotations.length > 0 ? quotationAround(quotations, start) : null;
  if (quotation !== null && afterClosers <= quotation.close) return keep;
  if (afterClosers >= block.length) return keep;
  if (!isWhitespace(block[afterClosers])) {
    return afterClosers === end && run === '.' && joinsTwoSentences(block, start) ? { end, resumeAt: end } : keep;
  }
  const next = skipWhitespace(block, afterClosers);
  const cut = { end: afterClosers, resumeAt: end };
  if (run.includes('…') || run.includes('..')) {
    // "[...]" marks an omission inside a quotation, never a sentence end.
    if ((block[start - 1] === '[' || block[start - 1] === '(') && (block[end] === ']' || block[end] === ')')) return keep;
    return opensSentence(block, next) ? cut : keep;
  }
  if (run !== '.') return opensSentence(block, next) ? cut : keep; // ! ? ?! !!
  if (!opensSentence(block, next)) return keep;
  return fullStopEndsSentence(block, start, sentenceStart, next, language) ? cut : keep;
}

/**
 * ". . ." typed with spaces. After a space it is an ellipsis, and a fourth dot is the full stop
 * ("a period . . . . Next"). Right after a word the first dot is the full stop and the ellipsis
 * opens the next sentence ("compounds. . . . The practice").
 */
function judgeSpacedEllipsis(block: string, start: number, end: number): Verdict {
  let dots = 1;
  let runEnd = end;
  while (block[runEnd] === ' ' && block[runEnd + 1] === '.') {
    runEnd += 2;
    dots++;
  }
  const keep = { end: -1, resumeAt: runEnd };
  if (dots < 3) return { end: -1, resumeAt: end };
  const afterClosers = skipClosingMarks(block, runEnd);
  if (afterClosers >= block.length || !isWhitespace(block[afterClosers])) return keep;
  const next = skipWhitespace(block, afterClosers);
  if (dots < 4 || !opensSentence(block, next)) return keep;
  const afterWord = start > 0 && !isWhitespace(block[start - 1]);
  return { end: afterWord ? end : afterClosers, resumeAt: runEnd };
}

/** A capital letter or a digit, possibly behind an opening quotation mark or bracket. */
function opensSentence(block: string, at: number): boolean {
  while (at < block.length && isOpeningMark(block[at])) at++;
  if (at >= block.length) return false;
  return isUpperCase(block[at]) || isDigit(block[at]);
}

function fullStopEndsSentence(block: string, stop: number, sentenceStart: number, next: number, language: LanguageProfile): boolean {
  const tokenStart = Math.max(tokenStartBefore(block, stop), sentenceStart); // "Tuesday.|Mr."
  let token = block.slice(tokenStart, stop);
  if (token.length === 0 || isClosingMark(token[token.length - 1])) return true; // «…» . / word”.
  token = stripLeading(token);
  if (token.length === 0) return true;
  const nextWord = wordAt(block, next);
  if (startsSegment(block, sentenceStart, tokenStart) && LIST_MARKER.test(token)) return false; // "1. The first item"

  const previous = previousToken(block, tokenStart);
  if (previous.endsWith('.') && previous.length <= 5 && /^[\p{L}.]+$/u.test(previous)) {
    const joined = (previous + token).toLowerCase(); // "z." + "B" → "z.b"
    if (language.neverFinal.has(joined)) return false;
    if (language.mayBeFinal.has(joined)) return abbreviationEndsSentence(block, sentenceStart, tokenStart, nextWord, language);
  }
  const key = token.toLowerCase();
  if (language.afterNumber?.has(key)) {
    // "в 1992 г. Он уехал" ends a sentence, "в г. Москве" and "1992 г. рождения" do not.
    // As the Pragmatic Segmenter, a name or a preposition after it keeps the sentence ("1898 г. В 1854 году"):
    // only a word that opens sentences and cannot go on one (a pronoun, an adverb) ends it.
    return isNumber(previous) && startsNewSentence(nextWord, 'sentence-starter', language) && !language.continuations.has(nextWord.text.toLowerCase());
  }
  const finalAfter = language.finalAfter?.get(key);
  if (finalAfter !== undefined) {
    return finalAfter.has(previous.toLowerCase()) && abbreviationEndsSentence(block, sentenceStart, tokenStart, nextWord, language);
  }
  if (language.neverFinal.has(key)) return false;
  if (nextWord.startsWithDigit && language.beforeNumberEndings?.some((ending) => key.endsWith(ending))) return false;
  if (language.beforeNumber.has(key) && nextWord.startsWithDigit) return false;
  if (language.mayBeFinal.has(key)) return abbreviationEndsSentence(block, sentenceStart, tokenStart, nextWord, language);
  if (token.length === 1 && isLetter(token)) {
    // An initial ("E. Smith", "Л. Д. Троцкий") or a letter abbreviation ("p. 55", "s. vorherige").
    return isUpperCase(token) && startsNewSentence(nextWord, 'sentence-starter', language);
  }
  if (DOTTED_ABBREVIATION.test(token)) return abbreviationEndsSentence(block, sentenceStart, tokenStart, nextWord, language, 'sentence-starter');
  if (isDigit(token[token.length - 1]) && language.ordinals !== undefined) {
    // German ordinals: "am 3. Oktober", "im 20. Jahrhundert" are not sentence ends.
    if (language.ordinals.after.has(nextWord.text.toLowerCase())) return false;
    if (language.ordinals.before.has(previous.toLowerCase())) return false;
  }
  return true;
}

interface NextWord {
  text: string;
  startsWithDigit: boolean;
  /** A single letter with a full stop: an initial, not a word. */
  isInitial: boolean;
  /** The word carries a full stop: an abbreviation such as a title. */
  hasStop: boolean;
}

function wordAt(block: string, at: number): NextWord {
  while (at < block.length && isOpeningMark(block[at])) at++;
  let end = at;
  while (end < block.length && isLetter(block[end])) end++;
  return {
    text: block.slice(at, end),
    startsWithDigit: at < block.length && isDigit(block[at]),
    isInitial: end - at === 1 && block[end] === '.',
    hasStop: block[end] === '.',
  };
}

/** After an abbreviation that may end a sentence (`etc.`, `U.S.`, `p.m.`, `т. д.`). */
function abbreviationEndsSentence(
  block: string,
  sentenceStart: number,
  tokenStart: number,
  next: NextWord,
  language: LanguageProfile,
  evidence = language.afterMayBeFinal,
): boolean {
  if (next.hasStop && language.titles?.has(next.text.toLowerCase())) {
    return !isOpeningPhrase(block.slice(sentenceStart, tokenStart), language);
  }
  return startsNewSentence(next, evidence, language);
}

/** "At 5", "In the": a preposition and at most two more words, the start of a longer sentence. */
function isOpeningPhrase(sentenceSoFar: string, language: LanguageProfile): boolean {
  const words = sentenceSoFar.trim().split(/\s+/);
  return words.length <= 3 && language.openingPrepositions?.has(words[0].toLowerCase()) === true;
}

function startsNewSentence(next: NextWord, evidence: LanguageProfile['afterMayBeFinal'], language: LanguageProfile): boolean {
  if (next.text.length === 0 || next.isInitial || !isUpperCase(next.text[0])) return false;
  return evidence === 'capital' || language.sentenceStarters.has(next.text.toLowerCase());
}

/** "Hello world.Today is Tuesday.Mr. Smith…": a full stop with no space after it, between words. */
function joinsTwoSentences(block: string, stop: number): boolean {
  const before = block[stop - 1];
  const after = block[stop + 1];
  const second = block[stop + 2];
  if (before === undefined || after === undefined || second === undefined) return false;
  if (!(isLowerCase(before) || isDigit(before)) || !isUpperCase(after) || !isLowerCase(second)) return false;
  const tokenStart = tokenStartBefore(block, stop);
  if (stop - tokenStart < 2) return false;
  let tokenEnd = stop;
  while (tokenEnd < block.length && !isWhitespace(block[tokenEnd])) tokenEnd++;
  return !NOT_PROSE.test(block.slice(tokenStart, tokenEnd)); // e-mail, URL, code
}

/** "1992", "1992–1993", "XX": a year or a century before `г.`/`в.`. */
function isNumber(token: string): boolean {
  return /^(?:\p{Nd}+(?:[-–—]\p{Nd}+)?|[IVXLC]+)$/u.test(token);
}

function startsSegment(block: string, sentenceStart: number, tokenStart: number): boolean {
  for (let i = sentenceStart; i < tokenStart; i++) {
    if (!isWhitespace(block[i]) && !isBullet(block[i])) return false;
  }
  return true;
}

function stripLeading(token: string): string {
  let i = 0;
  while (i < token.length && (isOpeningMark(token[i]) || isBullet(token[i]))) i++;
  return i === 0 ? token : token.slice(i);
}

function previousToken(block: string, tokenStart: number): string {
  let end = tokenStart;
  while (end > 0 && isWhitespace(block[end - 1])) end--;
  return end === 0 ? '' : stripLeading(block.slice(tokenStartBefore(block, end), end));
}

function tokenStartBefore(block: string, at: number): number {
  while (at > 0 && !isWhitespace(block[at - 1])) at--;
  return at;
}

function skipClosingMarks(block: string, at: number): number {
  while (at < block.length && isClosingMark(block[at])) at++;
  return at;
}

function skipWhitespace(block: string, at: number): number {
  while (at < block.length && isWhitespace(block[at])) at++;
  return at;
}
