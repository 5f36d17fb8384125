/** Languages the term matcher knows inflections of; others match exact word forms only. */
export type StemLanguage = 'ru' | 'en' | 'de' | string;

/** A word of a text, with where it stands (UTF-16 offsets). */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

// Longest first: the first suffix that leaves a long enough stem is cut.
const SUFFIXES: Record<string, string[]> = {
  ru: [
    'иями',
    'ями',
    'ами',
    'ого',
    'его',
    'ому',
    'ему',
    'ыми',
    'ими',
    'ость',
    'ости',
    'остью',
    'ой',
    'ей',
    'ом',
    'ем',
    'ам',
    'ям',
    'ах',
    'ях',
    'ов',
    'ев',
    'ий',
    'ый',
    'ая',
    'яя',
    'ое',
    'ее',
    'ые',
    'ие',
    'ых',
    'их',
    'ым',
    'им',
    'ую',
    'юю',
    'ью',
    'ия',
    'ию',
    'ии',
    'а',
    'я',
    'ы',
    'и',
    'у',
    'ю',
    'е',
    'о',
    'ь',
    'й',
  ],
  de: ['ern', 'ers', 'ens', 'en', 'er', 'es', 'em', 'e', 'n', 's'],
  en: ["'s", 'ies', 'es', 'ed', 'ing', 's'],
};
const MIN_STEM = 3;

/** Case, ё/е and (German) umlauts folded, so `Räte` and `Rat`, `ёлка` and `елка` compare equal. */
export function foldWord(word: string, language: StemLanguage): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (language === 'ru') return lower.replace(/ё/g, 'е');
  if (language === 'de') return lower.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
  return lower;
}

/**
 * Stemming-lite: folds the word and cuts one common inflectional ending (Russian cases, German
 * plural/case endings, English plural and verb endings). Good enough to see that `капитализма` is
 * `капитализм`; not a linguistic stemmer.
 */
export function stem(word: string, language: StemLanguage): string {
  const folded = foldWord(word, language);
  const suffixes = SUFFIXES[language.slice(0, 2)];
  if (!suffixes) return folded;
  for (const suffix of suffixes) {
    if (folded.endsWith(suffix) && folded.length - suffix.length >= MIN_STEM) {
      const cut = folded.slice(0, -suffix.length);
      return language === 'en' && suffix === 'ies' ? `${cut}y` : cut;
    }
  }
  return folded;
}
