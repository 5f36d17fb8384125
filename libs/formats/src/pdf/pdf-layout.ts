import { BlockKind } from '../lib/document';
import { PdfPage, PdfTextItem } from './pdf-types';

/** A stretch of text on one baseline, not crossing a wider gap than words have. */
export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  fontSize: number;
  page: number;
}

export interface PdfParagraph {
  kind: BlockKind;
  level?: number;
  text: string;
}

/** Parts of a page where running headers and footers are looked for (fraction of the page height). */
const MARGIN_BAND = 0.12;
const PAGE_NUMBER = /^[\s\-–—[(]*(?:(?:page|p\.|seite|s\.|стр\.?|страница|с\.)\s*)?\d{1,4}(?:\s*(?:\/|of|von|из)\s*\d{1,4})?[\s\-–—\])]*$/i;
const LIST_MARK = /^(?:[•◦▪‣·∙\-–—*]\s|\d{1,3}[.)]\s|[a-zа-я][.)]\s)/iu;
const SUSPENDED = /^(?:und|oder|bzw\.|sowie|and|or|и|или)\s/u;
const PARAGRAPH_END = /[.!?:…»“”"')\]]$/u;

/**
 * Rebuilds the paragraphs of a PDF from its text layer: lines from the positions of the text pieces,
 * running headers, footers and page numbers dropped (a line in the top or bottom band of the page that
 * repeats on other pages, digits aside, or that is only a page number), columns read one after the
 * other (a vertical gutter no line crosses), and lines joined into paragraphs across line, column and
 * page breaks: a paragraph ends at a wider gap, a change of font size, an indented or list line, or a
 * short line ending a sentence. A word hyphenated at a line end is joined again.
 */
export function layoutPdf(pages: PdfPage[]): PdfParagraph[] {
  const linesByPage = pages.map((page, index) => readLines(page.items, index));
  const kept = dropRunningLines(linesByPage, pages);
  const ordered = kept.flatMap((lines) => readingOrder(lines));
  return joinParagraphs(ordered);
}

/** Items grouped into lines by baseline, and split where the gap is wider than a word space. */
export function readLines(items: PdfTextItem[], page: number): PdfLine[] {
  const pieces = items.filter((item) => item.text.trim() !== '' && item.fontSize > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of pieces) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) <= 0.3 * Math.max(row[0].fontSize, item.fontSize)) row.push(item);
    else rows.push([item]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line: PdfLine | null = null;
    let trailingSpace = false;
    for (const item of row) {
      const gap: number = line ? item.x - line.x1 : 0;
      if (line && gap <= 0.9 * Math.max(line.fontSize, item.fontSize)) {
        const space = !trailingSpace && !/^\s/.test(item.text) && gap > 0.12 * item.fontSize;
        line.text += (space ? ' ' : '') + item.text;
        line.x1 = Math.max(line.x1, item.x + item.width);
        line.fontSize = Math.max(line.fontSize, item.fontSize);
      } else {
        if (line) lines.push(line);
        line = { text: item.text, x0: item.x, x1: item.x + item.width, y: item.y, fontSize: item.fontSize, page };
      }
      trailingSpace = /\s$/.test(item.text);
    }
    if (line) lines.push(line);
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines;
}

/** Drops running headers, footers and page numbers. */
function dropRunningLines(linesByPage: PdfLine[][], pages: PdfPage[]): PdfLine[][] {
  const key = (line: PdfLine): string => line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const inBand = (line: PdfLine): 'top' | 'bottom' | null => {
    const height = pages[line.page].height || 842;
    if (line.y >= height * (1 - MARGIN_BAND)) return 'top';
    if (line.y <= height * MARGIN_BAND) return 'bottom';
    return null;
  };
  const seen = new Map<string, Set<number>>();
  for (const lines of linesByPage) {
    for (const line of lines) {
      const band = inBand(line);
      if (!band) continue;
      const id = `${band}:${key(line)}`;
      seen.set(id, (seen.get(id) ?? new Set()).add(line.page));
    }
  }
  const repeatsOn = Math.max(2, Math.ceil(linesByPage.length / 3));
  return linesByPage.map((lines) =>
    lines.filter((line) => {
      const band = inBand(line);
      if (!band) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      return linesByPage.length < 2 || (seen.get(`${band}:${key(line)}`)?.size ?? 0) < repeatsOn;
    }),
  );
}

/** A page's lines in reading order: top to bottom, a two-column stretch left column first. */
export function readingOrder(lines: PdfLine[]): PdfLine[] {
  const byY = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const gutter = findGutter(byY);
  if (!gutter) return byY;
  const ordered: PdfLine[] = [];
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = (): void => {
    ordered.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of byY) {
    if (line.x1 <= gutter.start + 1) left.push(line);
    else if (line.x0 >= gutter.end - 1) right.push(line);
    else {
      flush();
      ordered.push(line);
    }
  }
  flush();
  return ordered;
}

/** The widest vertical strip in the middle of the text that only wide lines (titles) cross, with lines on both sides. */
function findGutter(lines: PdfLine[]): { start: number; end: number } | null {
  if (lines.length < 4) return null;
  const minX = Math.min(...lines.map((line) => line.x0));
  const maxX = Math.max(...lines.map((line) => line.x1));
  const width = maxX - minX;
  if (width <= 0) return null;
  const narrow = lines.filter((line) => line.x1 - line.x0 < 0.6 * width);
  const covered = new Uint16Array(Math.ceil(width) + 1);
  for (const line of narrow) for (let x = Math.floor(line.x0 - minX); x < Math.ceil(line.x1 - minX); x += 1) covered[x] += 1;
  let best: { start: number; end: number } | null = null;
  let start = -1;
  const from = Math.floor(width * 0.2);
  const to = Math.ceil(width * 0.8);
  for (let x = from; x <= to + 1; x += 1) {
    const empty = x <= to && covered[x] === 0;
    if (empty && start < 0) start = x;
    if (!empty && start >= 0) {
      if (!best || x - start > best.end - best.start) best = { start, end: x };
      start = -1;
    }
  }
  if (!best) return null;
  const fontSize = median(lines.map((line) => line.fontSize));
  if (best.end - best.start < 0.5 * fontSize) return null;
  // Widen the strip to the lines around it, and check there is text on both sides at the same heights.
  const gutter = { start: minX + best.start, end: minX + best.end };
  const leftLines = narrow.filter((line) => line.x1 <= gutter.start + 1);
  const rightLines = narrow.filter((line) => line.x0 >= gutter.end - 1);
  if (leftLines.length < 2 || rightLines.length < 2) return null;
  const overlap = Math.min(top(leftLines), top(rightLines)) - Math.max(bottom(leftLines), bottom(rightLines));
  return overlap > 0 ? gutter : null;
}

const top = (lines: PdfLine[]): number => Math.max(...lines.map((line) => line.y));
const bottom = (lines: PdfLine[]): number => Math.min(...lines.map((line) => line.y));

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Joins lines in reading order into paragraphs; headings by their larger font. */
function joinParagraphs(lines: PdfLine[]): PdfParagraph[] {
  if (lines.length === 0) return [];
  const body = bodyFontSize(lines);
  const spacing =
    median(
      lines.slice(1).flatMap((line, i) => {
        const previous = lines[i];
        const gap = previous.y - line.y;
        return previous.page === line.page && gap > 0 && Math.abs(previous.fontSize - body) < 0.5 && Math.abs(line.fontSize - body) < 0.5 ? [gap] : [];
      }),
    ) || body * 1.2;
  // The left and right edges of the text of each column: a line is short, or indented, against them.
  const edges = columnEdges(lines, body);
  const groups: PdfLine[][] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (!previous || startsParagraph(previous, line, body, spacing, edges)) groups.push([line]);
    else groups[groups.length - 1].push(line);
  });
  const headingSizes = [...new Set(groups.map((group) => round(group[0].fontSize)).filter((size) => size >= body * 1.15))].sort((a, b) => b - a);
  return groups.map((group) => {
    const text = group.reduce((joined, line, i) => (i === 0 ? line.text : joinLine(joined, line.text)), '');
    const size = round(group[0].fontSize);
    if (headingSizes.includes(size) && text.length <= 200) return { kind: 'heading', level: Math.min(6, headingSizes.indexOf(size) + 1), text };
    return { kind: LIST_MARK.test(text) ? 'list-item' : 'paragraph', text };
  });
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

/** The font size most of the text has. */
function bodyFontSize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) weight.set(round(line.fontSize), (weight.get(round(line.fontSize)) ?? 0) + line.text.length);
  return [...weight].sort((a, b) => b[1] - a[1])[0][0];
}

type Edges = (line: PdfLine) => { left: number; right: number };

/** For each line, the left and right edges of the body lines of its page that share its column. */
function columnEdges(lines: PdfLine[], body: number): Edges {
  const cache = new Map<string, { left: number; right: number }>();
  return (line) => {
    const id = `${line.page}:${Math.round(line.x0 / (body * 4))}`;
    const cached = cache.get(id);
    if (cached) return cached;
    const column = lines.filter((other) => other.page === line.page && other.x1 > line.x0 && other.x0 < line.x1 && Math.abs(other.fontSize - body) < 0.5);
    const edges =
      column.length > 0 ? { left: Math.min(...column.map((l) => l.x0)), right: Math.max(...column.map((l) => l.x1)) } : { left: line.x0, right: line.x1 };
    cache.set(id, edges);
    return edges;
  };
}

function startsParagraph(previous: PdfLine, line: PdfLine, body: number, spacing: number, edges: Edges): boolean {
  if (Math.abs(previous.fontSize - line.fontSize) > 0.15 * Math.min(previous.fontSize, line.fontSize)) return true;
  if (LIST_MARK.test(line.text)) return true;
  const { left, right } = edges(previous);
  const short = previous.x1 < right - Math.max(4 * body, 0.15 * (right - left));
  const ended = PARAGRAPH_END.test(previous.text);
  if (short && ended) return true;
  // A line that fills less than half its column is a paragraph's last (a title, a menu entry), whatever its end.
  if (previous.x1 < left + 0.5 * (right - left) && previous.page === line.page && !/[-\u00ad]$/.test(previous.text)) return true;
  const sameColumn = previous.page === line.page && previous.y > line.y && line.x0 < previous.x1 && line.x1 > previous.x0;
  // At a column or page break a sentence's end is taken as the paragraph's: a paragraph split there
  // still splits into the same sentences, while two paragraphs run together would not.
  if (!sameColumn) return ended;
  if (previous.y - line.y > spacing * 1.5) return true;
  const lineLeft = edges(line).left;
  return line.x0 > lineLeft + body && previous.x0 <= lineLeft + body / 2;
}

/** Joins the next line to a paragraph: a word hyphenated at the line end is one word again. */
function joinLine(text: string, next: string): string {
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next;
  // "Metall- und Textilarbeiter": a hyphen standing for a word's shared end keeps its space.
  if (/\p{L}-$/u.test(text) && SUSPENDED.test(next)) return `${text} ${next}`;
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next;
  if (/[-–—/]$/.test(text) && !/\s[-–—]$/.test(text)) return text + next;
  return `${text} ${next}`;
}
