import { finding, type QaFinding, type QaLanguage, type QaSegment } from './finding';
import { maskCodes } from './masked-text';
import { QUOTES, quoteRole } from './check-unbalanced';

type Kind = 'straightQuotes' | 'quotes' | 'hyphenAsDash' | 'dash' | 'nbspUnit' | 'nbspSign' | 'nbspInitials' | 'ellipsis';

interface Spot {
  kind: Kind;
  start: number;
  end: number;
  expected?: string;
}

/** The quotation marks each language uses, outer then inner, as a reader is told. */
export const EXPECTED_QUOTES: Record<QaLanguage, string> = { ru: '«…» („…“)', de: '„…“ (‚…‘) / »…« (›…‹)', en: '“…” (‘…’)' };

/** Units and signs written after a number with a no-break space, per language. */
const UNITS: Partial<Record<QaLanguage, string>> = {
  ru: '%|‰|°C|°|₽|€|\\$|кг|мг|г\\.?|км/ч|км|см|мм|м²|м³|м|мл|л|га|ч|мин|сек|кВт|Вт|МБ|ГБ|ТБ|КБ|Мбит/с|руб\\.?|коп\\.?|тыс\\.?|млн|млрд|шт\\.?|гг\\.',
  de: '%|‰|°C|°|€|\\$|kg|mg|g|t|km/h|km|cm|mm|m²|m³|m|ml|l|ha|h|min|Std\\.|Sek\\.|s|kW|W|MB|GB|TB|KB|Mio\\.|Mrd\\.|Tsd\\.|Stk\\.',
};

/** Which quote glyphs are wrong in a language, given where they stand (opening or closing) and how deep. */
function wrongQuote(language: QaLanguage, char: string, role: 'open' | 'close', depth: number): boolean {
  if (char === '"' || char === "'") return false; // reported as straight quotes
  switch (language) {
    case 'ru':
      if (char === '«') return role !== 'open';
      if (char === '»') return role !== 'close';
      if (char === '„') return depth === 0;
      if (char === '“') return role !== 'close';
      return true;
    case 'de':
      if (char === '„' || char === '‚') return role !== 'open';
      if (char === '“' || char === '‘') return role !== 'close';
      if (char === '»' || char === '›') return role !== 'open';
      if (char === '«' || char === '‹') return role !== 'close';
      return true;
    case 'en':
      if (char === '“' || char === '‘') return role !== 'open';
      if (char === '”' || char === '’') return role !== 'close';
      return true;
  }
}

function quoteSpots(text: string, language: QaLanguage): Spot[] {
  const spots: Spot[] = [];
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (!QUOTES.has(char)) continue;
    const role = quoteRole(text, at);
    if (role === 'apostrophe') continue;
    if (char === '"' || (char === "'" && role === 'open')) {
      // 12" (inches) after a digit is no quotation mark.
      if (!(char === '"' && /\d/.test(text[at - 1] ?? '') && role === 'close'))
        spots.push({ kind: 'straightQuotes', start: at, end: at + 1, expected: EXPECTED_QUOTES[language] });
    } else if (wrongQuote(language, char, role, depth)) {
      spots.push({ kind: 'quotes', start: at, end: at + 1, expected: EXPECTED_QUOTES[language] });
    }
    if (char === '«' && role === 'open') depth++;
    else if (char === '»' && role === 'close') depth = Math.max(0, depth - 1);
  }
  return spots;
}

function dashSpots(text: string, language: QaLanguage): Spot[] {
  const spots: Spot[] = [];
  const dash = language === 'de' ? '–' : '—';
  for (const m of text.matchAll(/(?<=\S)[ \u00A0](-{1,2})[ \u00A0](?=\S)/g)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (/\d/.test(before) && /\d/.test(after)) continue; // 5 - 3: a minus
    spots.push({ kind: 'hyphenAsDash', start: m.index + 1, end: m.index + 1 + m[1].length, expected: dash });
  }
  if (language === 'en')
    for (const m of text.matchAll(/(?<=\p{L})--(?=\p{L})/gu)) spots.push({ kind: 'hyphenAsDash', start: m.index, end: m.index + 2, expected: '—' });
  if (language === 'ru') {
    for (const m of text.matchAll(/(?<=\S)[ \u00A0]–[ \u00A0](?=\S)/g)) {
      if (/\d/.test(text[m.index - 1]) && /\d/.test(text[m.index + 3])) continue;
      spots.push({ kind: 'dash', start: m.index + 1, end: m.index + 2, expected: '—' });
    }
  }
  if (language === 'ru' || language === 'de') {
    for (const m of text.matchAll(/(?<=\p{L})—(?=\p{L})/gu)) spots.push({ kind: 'dash', start: m.index, end: m.index + 1, expected: ' — ' });
  }
  return spots;
}

function noBreakSpots(text: string, language: QaLanguage): Spot[] {
  const spots: Spot[] = [];
  const units = UNITS[language];
  if (units) {
    const pattern = new RegExp(`(?<=\\d) (?=(?:${units})(?![\\p{L}\\d]))`, 'gu');
    for (const m of text.matchAll(pattern)) spots.push({ kind: 'nbspUnit', start: m.index, end: m.index + 1 });
  }
  const signs = language === 'en' ? /(?<=[№§]) (?=\d)/g : /(?<=[№§])(?: |(?=\d))/g;
  for (const m of text.matchAll(signs)) spots.push({ kind: 'nbspSign', start: m.index - 1, end: m.index + m[0].length });
  if (language === 'ru') {
    for (const m of text.matchAll(/(?<!\p{L})[А-ЯЁ]\.(?: |(?=[А-ЯЁ]))(?=[А-ЯЁ])/gu))
      spots.push({ kind: 'nbspInitials', start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(/(?<=[А-ЯЁ][а-яё]+) (?=[А-ЯЁ]\.[ \u00A0\u202F\u2009]?[А-ЯЁ]\.(?![ \u00A0\u202F\u2009]?[А-ЯЁ]))/gu))
      spots.push({ kind: 'nbspInitials', start: m.index, end: m.index + 1 });
  }
  return spots;
}

/**
 * TYPOGRAPHY, per target language: straight or foreign quotation marks (ru «…» with „…“ inside; de „…“
 * or »…«; en “…” and ‘…’), a hyphen standing for a dash, unspaced dashes in Russian and German, a normal
 * space where a no-break space belongs (before units, after № and §, in Russian initials), "..." for "…".
 */
export function checkTypography({ target, targetLanguage }: QaSegment): QaFinding[] {
  const text = maskCodes(target);
  const spots = [
    ...quoteSpots(text, targetLanguage),
    ...dashSpots(text, targetLanguage),
    ...noBreakSpots(text, targetLanguage),
    ...[...text.matchAll(/(?<!\.)\.{3}(?!\.)/g)].map((m): Spot => ({ kind: 'ellipsis', start: m.index, end: m.index + 3, expected: '…' })),
  ];
  return spots
    .sort((a, b) => a.start - b.start)
    .map((s) => finding('TYPOGRAPHY', 'warning', s.start, s.end, s.expected ? { kind: s.kind, expected: s.expected } : { kind: s.kind }));
}
