import type { QaLanguage } from './finding';
import { maskCodes, maskRange } from './masked-text';
import { MONTH_SOURCE, monthNumber } from './months';

/**
 * A number or a date read from a text. `keys` are what it means (`1000.5`, `date:7.11.2025`): a
 * number of the source is found in the target when they share a key. A numeric date like 07/11/2025
 * has two keys (7 November or July 11).
 */
export interface NumberItem {
  kind: 'number' | 'date';
  keys: string[];
  /** As written, e.g. "1 000,5" or "7. November". */
  text: string;
  start: number;
  end: number;
  /** Written like a version or model number ("version 2.5", "3.12.1"): may appear verbatim in any language. */
  literal: boolean;
}

/** Spaces that group digits: a normal space, a no-break space, a thin space, a narrow no-break space. */
const GROUP_SPACE = ' \\u00A0\\u2009\\u202F';
const SP = `[${GROUP_SPACE}]`;

/** Each language's notation: which separators group thousands and which marks the decimals. */
const NOTATION: Record<QaLanguage, RegExp> = {
  en: new RegExp(`^(?:\\d{1,3}(?:(,|${SP})\\d{3})(?:\\1\\d{3})*|\\d+)(?:\\.(\\d+))?$`),
  de: new RegExp(`^(?:\\d{1,3}(?:(\\.|${SP})\\d{3})(?:\\1\\d{3})*|\\d+)(?:,(\\d+))?$`),
  ru: new RegExp(`^(?:\\d{1,3}(?:(${SP})\\d{3})(?:\\1\\d{3})*|\\d+)(?:,(\\d+))?$`),
};

const CANDIDATE = new RegExp(`\\d+(?:[.,]\\d+|${SP}\\d{3}(?!\\d))*`, 'g');
/** Before a version or model number: a version word, or a product name like iOS, macOS, HTTP (a capital inside the word). */
const VERSION_BEFORE = /(?:(?<!\p{L})[vV]\.?|[Vv]ersion|[Rr]elease|[Вв]ерси\p{L}*|[Рр]елиз\p{L}*|(?<!\p{L})\p{L}+\p{Lu}\p{L}*)\s?$/u;

const DAY_SUFFIX = '(?:st|nd|rd|th|-?го|-е|-ое|-ого)?';
const DATE_PATTERNS: {
  pattern: RegExp;
  read: (m: RegExpExecArray) => { day?: number; month?: number; year?: number }[];
  /** Other readings of the same text: "17.4." is 17 April, or the number 17.4 at the end of a sentence. */
  alsoNumber?: (m: RegExpExecArray) => string | null;
}[] = [
  {
    pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
    read: (m) => [{ year: +m[1], month: +m[2], day: +m[3] }],
  },
  {
    pattern: /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?!\d|[.,]\d)/g,
    read: (m) => [{ day: +m[1], month: +m[2], year: year(m[3]) }],
    alsoNumber: (m) => (m[3] === undefined ? String(Number(`${m[1]}.${m[2]}`)) : null),
  },
  {
    pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    read: (m) => [
      { day: +m[1], month: +m[2], year: year(m[3]) },
      { day: +m[2], month: +m[1], year: year(m[3]) },
    ],
  },
  {
    pattern: new RegExp(`(?<![\\d.,])(\\d{1,2})${DAY_SUFFIX}\\.?${SP}*(?:of${SP}+)?(${MONTH_SOURCE})\\.?(?:,?${SP}+(\\d{4})(?!\\d))?`, 'gu'),
    read: (m) => [{ day: +m[1], month: monthNumber(m[2]), year: year(m[3]) }],
  },
  {
    pattern: new RegExp(`(?<!\\p{L})(${MONTH_SOURCE})\\.?${SP}+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.,]\\d)(?:,?${SP}+(\\d{4})(?!\\d))?`, 'gu'),
    read: (m) => [{ month: monthNumber(m[1]), day: +m[2], year: year(m[3]) }],
  },
  {
    pattern: new RegExp(`(?<!\\p{L})(${MONTH_SOURCE})\\.?,?${SP}+(\\d{4})(?!\\d)`, 'gu'),
    read: (m) => [{ month: monthNumber(m[1]), year: year(m[2]) }],
  },
];

function year(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const value = +text;
  return text.length === 2 ? 2000 + value : value;
}

const validDate = (d: { day?: number; month?: number }): boolean =>
  d.month !== undefined && d.month >= 1 && d.month <= 12 && (d.day === undefined || (d.day >= 1 && d.day <= 31));

const dateKey = (d: { day?: number; month?: number; year?: number }): string => `date:${d.day ?? '_'}.${d.month}.${d.year ?? '_'}`;

/** The dates, then the numbers of a text, read in the language's notation, in text order. */
export function readNumbers(text: string, language: QaLanguage): NumberItem[] {
  let masked = maskCodes(text);
  const items: NumberItem[] = [];
  for (const { pattern, read, alsoNumber } of DATE_PATTERNS) {
    for (const match of masked.matchAll(pattern)) {
      const dates = read(match as RegExpExecArray).filter(validDate);
      if (dates.length === 0) continue;
      const start = match.index;
      const end = start + match[0].length;
      const number = alsoNumber?.(match as RegExpExecArray);
      const keys = [...new Set(dates.map(dateKey)), ...(number ? [number] : [])];
      items.push({ kind: 'date', keys, text: text.slice(start, end), start, end, literal: false });
      masked = maskRange(masked, start, end);
    }
  }
  // A time: 18:00 is the hour 18 (as in "18 часов"); 6 p.m. is 6 or 18; minutes other than :00 count as a number.
  for (const match of masked.matchAll(/(?<![\d:.,])(\d{1,2})(?::(\d{2}))?(?:[ \u00A0\u202F]?([ap])\.?[ \u00A0]?m\b\.?|(?<=:\d{2}))(?![\d:])/gi)) {
    const start = match.index;
    const hour = +match[1];
    const keys =
      match[3]?.toLowerCase() === 'p'
        ? [String(hour), String(hour === 12 ? 12 : hour + 12)]
        : match[3]
          ? [String(hour), String(hour === 12 ? 0 : hour)]
          : [String(hour)];
    items.push({ kind: 'number', keys: [...new Set(keys)], text: match[1], start, end: start + match[1].length, literal: false });
    if (match[2] !== undefined && +match[2] !== 0) {
      const at = start + match[1].length + 1;
      items.push({ kind: 'number', keys: [String(+match[2])], text: match[2], start: at, end: at + 2, literal: false });
    }
    masked = maskRange(masked, start, start + match[0].length);
  }
  for (const match of masked.matchAll(CANDIDATE)) {
    items.push(...readNumber(match[0], match.index, language, VERSION_BEFORE.test(masked.slice(Math.max(0, match.index - 20), match.index))));
  }
  return items.sort((a, b) => a.start - b.start);
}

/** One run of digits and separators: one number in the language's notation, else each digit run alone. */
function readNumber(written: string, start: number, language: QaLanguage, afterName: boolean): NumberItem[] {
  const end = start + written.length;
  const notation = NOTATION[language].exec(written);
  const dots = (written.match(/\./g) ?? []).length;
  const literal = dots >= 2 ? !notation : afterName && /^\d+\.\d+$/.test(written);
  if (notation) {
    const integer = written.slice(0, notation[2] === undefined ? written.length : written.length - notation[2].length - 1).replace(/\D/g, '');
    const value = Number(`${integer}${notation[2] === undefined ? '' : `.${notation[2]}`}`);
    return [{ kind: 'number', keys: [String(value)], text: written, start, end, literal }];
  }
  if (literal) return [{ kind: 'number', keys: [`literal:${written}`], text: written, start, end, literal }];
  return [...written.matchAll(/\d+/g)].map((m) => ({
    kind: 'number' as const,
    keys: [String(Number(m[0]))],
    text: m[0],
    start: start + m.index,
    end: start + m.index + m[0].length,
    literal: false,
  }));
}
