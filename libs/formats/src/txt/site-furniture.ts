import { EDGE_LINES, FURNITURE_LINES, FURNITURE_PATTERNS } from './site-furniture-phrases';

/** What one line looks like to the detector. */
interface LineFacts {
  blank: boolean;
  /** Lower-cased, stripped of bullets, arrows and a trailing colon or stop. */
  key: string;
  words: number;
  /** A known furniture line ("Share this Article", "Читайте также", "Drucken"). */
  known: boolean;
  /** A label that is furniture at the page's edges ("Content", "Inhalt"). */
  edge: boolean;
  /** No sentence punctuation and at most a few words: a menu entry, a button, or a heading. */
  short: boolean;
}

const MAX_SHORT_WORDS = 6;
const MAX_SHORT_LENGTH = 60;
/** A menu entry between two furniture lines has at most this many words. */
const MAX_MENU_WORDS = 3;
const MAX_MENU_RUN = 12;
const SENTENCE_END = /[.!?…»"”“)]$/u;
const LEADING_MARKS = /^[\s•·▪●■►›»→|*#>\-–—]+/u;
const TRAILING_MARKS = /[\s:.!…›»→|*]+$/u;
const MENU_SEPARATOR = /\s+[|·•/]\s+/u;

/**
 * Site furniture in a page saved as text: for each line, whether it is navigation, search, sharing or
 * reading suggestions rather than the article. Pure: lines in, one flag a line out; `''` marks a blank line.
 *
 * A line is furniture when it is a known furniture line (in en, ru or de), when it belongs to a block of
 * short lines repeated on the page (a share bar shown twice), or when it is a short label standing
 * between furniture lines (a menu). Length alone decides nothing: a short line without punctuation next
 * to the article is a heading, and stays.
 */
export function findSiteFurniture(lines: readonly string[]): boolean[] {
  const facts = lines.map(lineFacts);
  const furniture = facts.map((f) => !f.blank && f.known);
  markRepeatedBlocks(facts, furniture);
  markEdges(facts, furniture);
  markMenus(facts, furniture);
  return furniture;
}

function lineFacts(line: string): LineFacts {
  const text = line.trim();
  if (text === '') return { blank: true, key: '', words: 0, known: false, edge: false, short: false };
  const key = text.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').replace(/\s+/g, ' ').toLowerCase();
  const words = key === '' ? 0 : key.split(' ').length;
  const known = key === '' || isKnown(text, key);
  const short = words <= MAX_SHORT_WORDS && text.length <= MAX_SHORT_LENGTH && !SENTENCE_END.test(text);
  return { blank: false, key, words, known, edge: EDGE_LINES.has(key), short };
}

function isKnown(text: string, key: string): boolean {
  if (FURNITURE_LINES.has(key) || FURNITURE_PATTERNS.some((pattern) => pattern.test(text))) return true;
  // "Impressum | Datenschutz | Kontakt": a menu written on one line.
  const items = text.split(MENU_SEPARATOR);
  if (items.length < 2) return false;
  const keys = items.map((item) => item.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '').toLowerCase());
  return keys.filter((k) => FURNITURE_LINES.has(k) || EDGE_LINES.has(k)).length * 2 >= keys.length && keys.every((k) => k.split(' ').length <= 4);
}

/**
 * Runs of two or more short lines that the page repeats (the same share bar above and below the
 * article), and a short line the page repeats three times or more.
 */
function markRepeatedBlocks(facts: LineFacts[], furniture: boolean[]): void {
  const seen = new Map<string, number>();
  for (const f of facts) if (!f.blank && (f.short || f.known)) seen.set(f.key, (seen.get(f.key) ?? 0) + 1);
  const repeated = (f: LineFacts) => !f.blank && (f.short || f.known) && (seen.get(f.key) ?? 0) >= 2;
  for (let i = 0; i < facts.length;) {
    if (!repeated(facts[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < facts.length && repeated(facts[end])) end++;
    for (let j = i; j < end; j++) {
      if (end - i >= 2 || (seen.get(facts[j].key) ?? 0) >= 3) furniture[j] = true;
    }
    i = end;
  }
}

/**
 * The page's edges: before the first line of prose and after the last one, a label such as "Content"
 * next to known furniture is furniture too.
 */
function markEdges(facts: LineFacts[], furniture: boolean[]): void {
  const isProse = (i: number) => !facts[i].blank && !facts[i].short && !facts[i].known;
  const firstProse = facts.findIndex((_, i) => isProse(i));
  let lastProse = -1;
  for (let i = facts.length - 1; i >= 0; i--) {
    if (isProse(i)) {
      lastProse = i;
      break;
    }
  }
  const head = firstProse < 0 ? facts.length : firstProse;
  const edges = [
    [0, head],
    [lastProse < 0 ? facts.length : lastProse + 1, facts.length],
  ];
  for (const [from, to] of edges) {
    const hasFurniture = furniture.slice(from, to).some(Boolean);
    if (!hasFurniture) continue;
    for (let i = from; i < to; i++) if (facts[i].edge) furniture[i] = true;
  }
}

/**
 * Menus: a stretch of short labels whose neighbours on both sides are furniture ("Главная / Новости /
 * Политика / Поиск"). A heading just before or after such a stretch has the article as a neighbour, and stays.
 */
function markMenus(facts: LineFacts[], furniture: boolean[]): void {
  const lines = facts.map((f, i) => i).filter((i) => !facts[i].blank);
  for (let k = 0; k < lines.length;) {
    const i = lines[k];
    const label = !furniture[i] && facts[i].short && facts[i].words <= MAX_MENU_WORDS;
    if (!label) {
      k++;
      continue;
    }
    let end = k;
    while (end < lines.length && !furniture[lines[end]] && facts[lines[end]].short && facts[lines[end]].words <= MAX_MENU_WORDS) end++;
    const before = k > 0 && furniture[lines[k - 1]];
    const after = end < lines.length && furniture[lines[end]];
    if (before && after && end - k <= MAX_MENU_RUN) for (let j = k; j < end; j++) furniture[lines[j]] = true;
    k = end;
  }
}
