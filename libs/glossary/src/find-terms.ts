import { foldWord, stem, words, type StemLanguage } from './stem';

/** A glossary entry as the matcher needs it. */
export interface TermPair {
  id: string;
  sourceTerm: string;
  targetTerm: string;
  forbidden: string[];
}

export interface TermOccurrence {
  /** The exact form, or an inflected one. */
  match: 'exact' | 'inflected';
  /** The words of the text that matched, as written there. */
  text: string;
  start: number;
  end: number;
}

export interface FoundTerm<T extends TermPair = TermPair> {
  term: T;
  occurrence: TermOccurrence;
  /** Whether the target has the approved translation (any inflected form counts). */
  presentInTarget: boolean;
  /** Forbidden variants that appear in the target. */
  forbiddenInTarget: string[];
}

/** Where `phrase` occurs in `text`, word by word, comparing stems; the first occurrence. */
export function findPhrase(text: string, phrase: string, language: StemLanguage): TermOccurrence | null {
  const phraseWords = words(phrase);
  if (phraseWords.length === 0) return null;
  const textWords = words(text);
  const phraseStems = phraseWords.map((w) => stem(w.text, language));
  for (let i = 0; i + phraseWords.length <= textWords.length; i++) {
    const window = textWords.slice(i, i + phraseWords.length);
    if (!window.every((w, k) => stem(w.text, language) === phraseStems[k])) continue;
    const exact = window.every((w, k) => foldWord(w.text, language) === foldWord(phraseWords[k].text, language));
    const start = window[0].start;
    const end = window[window.length - 1].end;
    return { match: exact ? 'exact' : 'inflected', text: text.slice(start, end), start, end };
  }
  return null;
}

/**
 * Glossary terms found in a source text, in text order, and how the target treats them:
 * the approved translation present (in any inflected form) or missing, forbidden variants used.
 * A longer term wins over a shorter one it contains (`рабочая власть` over `власть`).
 */
export function checkTerms<T extends TermPair>(
  source: string,
  target: string,
  terms: T[],
  languages: { source: StemLanguage; target: StemLanguage },
): FoundTerm<T>[] {
  const found = terms
    .map((term) => ({ term, occurrence: findPhrase(source, term.sourceTerm, languages.source) }))
    .filter((f): f is { term: T; occurrence: TermOccurrence } => f.occurrence !== null)
    .sort((a, b) => a.occurrence.start - b.occurrence.start || b.occurrence.end - a.occurrence.end);
  const kept = found.filter(
    (f) =>
      !found.some(
        (o) =>
          o !== f &&
          o.occurrence.start <= f.occurrence.start &&
          o.occurrence.end >= f.occurrence.end &&
          o.occurrence.end - o.occurrence.start > f.occurrence.end - f.occurrence.start,
      ),
  );
  return kept.map(({ term, occurrence }) => ({
    term,
    occurrence,
    presentInTarget: findPhrase(target, term.targetTerm, languages.target) !== null,
    forbiddenInTarget: term.forbidden.filter((variant) => findPhrase(target, variant, languages.target) !== null),
  }));
}
