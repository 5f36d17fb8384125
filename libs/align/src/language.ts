// The language of an edition, guessed from its commonest little words, for the scripts that align plain
// files without being told their languages (the app knows them).

const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'with', 'you', 'are', 'this', 'was', 'on', 'not'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'sich', 'auf', 'für', 'dem', 'auch'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'un', 'du', 'pour', 'que', 'dans', 'pas', 'qui', 'sur'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'как', 'это', 'для', 'к', 'из', 'или', 'вы', 'от'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'es', 'por', 'con', 'para', 'una', 'del', 'se', 'no'],
  it: ['il', 'la', 'che', 'di', 'e', 'è', 'per', 'una', 'con', 'non', 'sono', 'della', 'gli', 'del', 'le'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'met', 'voor', 'op', 'zijn', 'te', 'ook', 'die'],
  pt: ['o', 'a', 'os', 'as', 'e', 'que', 'de', 'do', 'da', 'em', 'para', 'com', 'não', 'uma', 'é'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'z', 'jest', 'że', 'do', 'to', 'jak', 'dla', 'od', 'po', 'czy'],
};

const WORD = /[\p{L}\p{M}]+/gu;

/** ISO 639-1 code of the language whose function words are commonest in the text, or undefined. */
export function guessLanguage(sentences: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let words = 0;
  for (const sentence of sentences.slice(0, 2000)) {
    for (const m of sentence.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
      words++;
    }
  }
  let best: string | undefined;
  let bestShare = 0.05;
  for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
    const share = list.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0) / Math.max(words, 1);
    if (share > bestShare) {
      bestShare = share;
      best = language;
    }
  }
  return best;
}
