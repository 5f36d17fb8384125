import type { QaLanguage } from './finding';

/**
 * Small numbers written out ("three days", "drei Tage", "трёх дней"), cardinal and ordinal: a source
 * "3" translated as a word is no missing number. Russian and German forms are matched by their stem.
 */
const WORDS: Record<QaLanguage, [RegExp, number][]> = {
  en: [
    [/^(zero|none)$/, 0],
    [/^(one|first|once|single)$/, 1],
    [/^(two|second|twice|both|double)$/, 2],
    [/^(three|third|thrice|triple)$/, 3],
    [/^(four|fourth)$/, 4],
    [/^(five|fifth)$/, 5],
    [/^(six|sixth)$/, 6],
    [/^(seven|seventh)$/, 7],
    [/^(eight|eighth)$/, 8],
    [/^(nine|ninth)$/, 9],
    [/^(ten|tenth)$/, 10],
    [/^(eleven|eleventh)$/, 11],
    [/^(twelve|twelfth|dozen)$/, 12],
  ],
  de: [
    [/^(null)$/, 0],
    [/^(eins|ein|eine[mnrs]?|erste[mnrs]?|einmal|einzige[mnrs]?)$/, 1],
    [/^(zwei|zweite[mnrs]?|beide[mnrs]?|zweimal|doppelt\p{L}*)$/u, 2],
    [/^(drei|dritte[mnrs]?|dreimal)$/, 3],
    [/^(vier|vierte[mnrs]?)$/, 4],
    [/^(fünf|fünfte[mnrs]?)$/, 5],
    [/^(sechs|sechste[mnrs]?)$/, 6],
    [/^(sieben|siebte[mnrs]?|siebente[mnrs]?)$/, 7],
    [/^(acht|achte[mnrs]?)$/, 8],
    [/^(neun|neunte[mnrs]?)$/, 9],
    [/^(zehn|zehnte[mnrs]?)$/, 10],
    [/^(elf|elfte[mnrs]?)$/, 11],
    [/^(zwölf|zwölfte[mnrs]?|dutzend)$/, 12],
  ],
  ru: [
    [/^(ноль|нуль|нол[яюе])$/, 0],
    [/^(один|одн\p{L}*|перв\p{L}*|единствен\p{L}*|однажды)$/u, 1],
    [/^(два|две|двух|двум|двумя|втор\p{L}*|оба|обе|обоих|обеих|дважды|двой\p{L}*)$/u, 2],
    [/^(три|тр[её]х|тр[её]м|тремя|трет\p{L}*|трижды|тро\p{L}*)$/u, 3],
    [/^(четыр\p{L}*|четв[её]рт\p{L}*)$/u, 4],
    [/^(пят[ьиюы]\p{L}*|пят[оа]\p{L}*)$/u, 5],
    [/^(шест[ьиюо]\p{L}*)$/u, 6],
    [/^(сем[ьию]\p{L}*|седьм\p{L}*)$/u, 7],
    [/^(вос[еь]м\p{L}*)$/u, 8],
    [/^(девят\p{L}*)$/u, 9],
    [/^(десят\p{L}*|десяток)$/u, 10],
    [/^(одиннадцат\p{L}*)$/u, 11],
    [/^(двенадцат\p{L}*|дюжин\p{L}*)$/u, 12],
  ],
};

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** A Roman numeral of two letters or more ("XXI век" for the 21st century), or null. */
function romanValue(word: string): number | null {
  if (word.length < 2 || !/^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(word)) return null;
  let value = 0;
  for (let i = 0; i < word.length; i++) {
    const here = ROMAN[word[i]];
    const next = ROMAN[word[i + 1]] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

/** The numbers the text writes out as words or Roman numerals, by language. */
export function numberWords(text: string, language: QaLanguage): number[] {
  const found: number[] = [];
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const roman = romanValue(word);
    if (roman !== null) {
      found.push(roman);
      continue;
    }
    const lower = word.toLowerCase();
    const hit = WORDS[language].find(([pattern]) => pattern.test(lower));
    if (hit) found.push(hit[1]);
  }
  return found;
}
