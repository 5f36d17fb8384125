import { createHash } from 'node:crypto';
import { splitCodedSentences, countWords } from '@interlinea/segmentation';
import { findSiteFurniture, type ParsedDocument, type Skeleton } from '@interlinea/formats';
import { closeToken, codeTokens, openToken, stripCodes, tokenIds, type InlineCode } from '@interlinea/inline-codes';
import type { Language } from '@interlinea/shared';
import type { NewSegment } from './documents.repository';

/**
 * The skeleton as stored: the format's skeleton, plus the texts of blocks that hold nothing to
 * translate (only whitespace or codes), which export writes back as they were.
 */
export interface StoredSkeleton extends Skeleton {
  fixedBlocks?: Record<number, string>;
}

/** A segmented document: its segments, the stored skeleton, and where each parsed block went. */
export interface SegmentedDocument {
  segments: NewSegment[];
  skeleton: StoredSkeleton;
  /** Parsed block index → index of its first segment (absent for blocks with nothing to translate). */
  firstSegmentOfBlock: Map<number, number>;
}

/** The normalised form two segments share when they are repetitions of each other. */
export function sourceHash(source: string): string {
  return createHash('sha1').update(source.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}

/**
 * Splits every block into sentence segments. Whitespace around sentences is kept on the segments so
 * export rebuilds each block exactly; each segment keeps the codes its tokens stand for. Units of a
 * bilingual file (XLIFF) are segments already and are not split further, nor are blocks when
 * `oneSegmentPerBlock` (a document made of aligned rows).
 */
export function segmentDocument(parsed: ParsedDocument, language: Language, options: { oneSegmentPerBlock?: boolean } = {}): SegmentedDocument {
  const segments: NewSegment[] = [];
  const fixedBlocks: Record<number, string> = {};
  const firstSegmentOfBlock = new Map<number, number>();
  const presegmented = parsed.bilingual !== undefined || options.oneSegmentPerBlock === true;
  const furniture = furnitureLines(parsed);
  parsed.blocks.forEach((block, blockIndex) => {
    const spans = presegmented ? wholeText(block.text) : separateSpans(splitCodedSentences(block.text, language));
    if (spans.length === 0) {
      fixedBlocks[blockIndex] = block.text;
      return;
    }
    firstSegmentOfBlock.set(blockIndex, segments.length);
    spans.forEach((span, i) => {
      const next = spans[i + 1];
      const source = presegmented ? span.text : closedAndReopened(block.text, span, block.codes);
      segments.push({
        index: segments.length,
        blockIndex,
        source,
        codes: codesIn(source, block.codes),
        sourceHash: sourceHash(source),
        wordCount: countWords(stripCodes(source), language),
        translatable: !furniture.covers(blockIndex, span.start, span.end),
        spaceBefore: i === 0 ? block.text.slice(0, span.start) : '',
        spaceAfter: block.text.slice(span.end, next ? next.start : block.text.length),
      });
    });
  });
  return { segments, skeleton: { ...parsed.skeleton, fixedBlocks }, firstSegmentOfBlock };
}

/** Formats a page saved from the web comes in: their lines are checked for site furniture. */
const PAGE_FORMATS = new Set(['txt', 'md', 'html']);

/** Where a document's site furniture lies: per block, the line ranges the detector marked. */
interface FurnitureLines {
  covers(blockIndex: number, start: number, end: number): boolean;
}

/**
 * The lines of every block, in order, with a blank line between blocks (paragraphs), handed to the
 * furniture detector; a segment is furniture when every line it touches is.
 */
function furnitureLines(parsed: ParsedDocument): FurnitureLines {
  if (!PAGE_FORMATS.has(parsed.format) || parsed.bilingual) return { covers: () => false };
  const lines: string[] = [];
  const where: { block: number; start: number; end: number }[] = [];
  parsed.blocks.forEach((block, blockIndex) => {
    if (lines.length > 0) {
      lines.push('');
      where.push({ block: -1, start: 0, end: 0 });
    }
    let start = 0;
    for (const line of block.text.split('\n')) {
      lines.push(stripCodes(line));
      where.push({ block: blockIndex, start, end: start + line.length });
      start += line.length + 1;
    }
  });
  const flags = findSiteFurniture(lines);
  const byBlock = new Map<number, { start: number; end: number; furniture: boolean }[]>();
  where.forEach((w, i) => {
    if (w.block < 0) return;
    const list = byBlock.get(w.block) ?? [];
    list.push({ start: w.start, end: w.end, furniture: flags[i] });
    byBlock.set(w.block, list);
  });
  return {
    covers(blockIndex, start, end) {
      const touched = (byBlock.get(blockIndex) ?? []).filter((line) => line.start < end && line.end > start);
      return touched.length > 0 && touched.every((line) => line.furniture);
    },
  };
}

/**
 * Sentences that do not share a token: a standalone code between two sentences (an HTML <br>) goes
 * with the first only, so that an edition writes it once.
 */
function separateSpans(spans: Span[]): Span[] {
  const separate: Span[] = [];
  for (const span of spans) {
    const previous = separate[separate.length - 1];
    if (previous && span.start < previous.end) {
      const start = previous.end;
      if (start < span.end) separate.push({ start, end: span.end, text: span.text.slice(start - span.start) });
    } else separate.push(span);
  }
  return separate;
}

type Span = { start: number; end: number; text: string };

/**
 * A sentence's text with the paired codes that cross its edges closed at its end and opened again at
 * its start, as Okapi does: "Two {1}bold. Three{/1} four." gives "Two {1}bold.{/1}" and
 * "{1}Three{/1} four.", each valid on its own (for the editor, the memory and other CAT tools).
 * The edition joins them again (see joinSegments), so an untranslated export is the file as it was.
 */
function closedAndReopened(text: string, span: Span, codes: InlineCode[] | undefined): string {
  const paired = new Set((codes ?? []).filter((code) => code.kind === 'paired').map((code) => code.id));
  const openAt = (offset: number): number[] => {
    const open: number[] = [];
    for (const token of codeTokens(text.slice(0, offset))) {
      if (!paired.has(token.id)) continue;
      if (token.type === 'open') open.push(token.id);
      else if (token.type === 'close' && open.includes(token.id)) open.splice(open.lastIndexOf(token.id), 1);
    }
    return open;
  };
  const before = openAt(span.start);
  const after = openAt(span.end);
  const reopened = before.filter((id) => !span.text.startsWith(openToken(id)));
  return reopened.map(openToken).join('') + span.text + [...after].reverse().map(closeToken).join('');
}

function wholeText(text: string): { start: number; end: number; text: string }[] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return stripCodes(text).trim() === '' ? [] : [{ start, end, text: text.slice(start, end) }];
}

/** The block's codes whose tokens occur in a segment's text. */
function codesIn(text: string, codes: InlineCode[] | undefined): InlineCode[] {
  if (!codes?.length) return [];
  const ids = tokenIds(text);
  return codes.filter((code) => ids.has(code.id));
}
