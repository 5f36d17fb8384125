// Text keys shared by both editions: lower case, no accents, Cyrillic written in Latin letters, so that
// names and borrowed words ("Microsoft" / "Майкрософт", "Engelhörner" / "Engelhorner") meet.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'i',
  є: 'e',
  ґ: 'g',
};

const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/** Lower-case Latin key of a word: accents removed, Cyrillic transliterated. */
export function latinKey(word: string): string {
  const lower = word.toLowerCase().normalize('NFD');
  let out = '';
  for (const ch of lower) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // combining accent
    if (code < 0x80) out += ch;
    else out += CYRILLIC[ch] ?? SPECIAL[ch] ?? ch;
  }
  return out;
}

/**
 * Consonant skeleton of a Latin key, with letters that sound alike folded together (c/k/q, w/v, z/s,
 * ph/f, doubled letters once): "microsoft" and "maikrosoft" both give "mkrsft".
 */
export function skeleton(key: string): string {
  let out = '';
  let last = '';
  const s = key.replace(/ph/g, 'f').replace(/th/g, 't').replace(/ch/g, 'k').replace(/sh/g, 's').replace(/x/g, 'ks');
  for (const ch of s) {
    let c = ch;
    if ('aeiouyjh'.includes(c)) continue;
    if (c === 'c' || c === 'q') c = 'k';
    else if (c === 'w') c = 'v';
    else if (c === 'z') c = 's';
    if (c !== last) out += c;
    last = c;
  }
  return out;
}
