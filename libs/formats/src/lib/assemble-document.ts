import { Block, BlockKind, BlockSlot, Skeleton, DocumentFormat } from './document';
import { CodedText, CodedTextBuilder } from '@interlinea/inline-codes';
import { SourceText } from './source-text';

/** A block as a filter finds it: where its lines are in the normalized text, and how the construct writes line breaks. */
export interface BlockDraft {
  kind: BlockKind;
  level?: number;
  /** [start, end) offsets in `SourceText.normalized`, each inside one line, in document order. */
  lines: Array<[number, number]>;
  /** What follows the line ending on a continuation line (e.g. "> "); absent for one-line constructs. */
  continuation?: string;
  /** Characters the construct reserves (see `BlockSlot.escape`). */
  escape?: string;
}

/** What a text format's filter finds: its blocks, and how to read a block's inline markup (default: none). */
export interface TextFilterResult {
  drafts: BlockDraft[];
  readInline?: (text: string) => CodedText;
}

export interface AssembledDocument {
  blocks: Block[];
  skeleton: Skeleton;
}

/**
 * Turns the drafts a filter found into blocks and a skeleton. Whitespace around each line of a block
 * goes to the skeleton, and everything between blocks is copied from the original text, so
 * concatenating the skeleton with the untouched block texts gives back the file exactly.
 */
export function assembleDocument(
  format: DocumentFormat,
  source: SourceText,
  drafts: BlockDraft[],
  readInline: (text: string) => CodedText = literalTokensAsCodes,
): AssembledDocument {
  const blocks: Block[] = [];
  const parts: Skeleton['parts'] = [];
  let cursor = 0; // in `source.original`, so that a byte order mark lands in the first part
  const pushSkeleton = (end: number): void => {
    const originalEnd = source.toOriginal(end);
    if (originalEnd < cursor) throw new Error(`Format filter bug: block ranges overlap at offset ${end}`);
    const text = source.original.slice(cursor, originalEnd);
    if (text !== '') parts.push(text);
    cursor = originalEnd;
  };

  for (const draft of drafts) {
    const lines = draft.lines.map(([start, end]) => trimRange(source.normalized, start, end)).filter(([start, end]) => end > start);
    if (lines.length === 0) continue;
    pushSkeleton(lines[0][0]);
    const slot: BlockSlot = { block: blocks.length };
    // A one-line construct never spans lines; should a filter give one that does, keep its breaks anyway.
    const continuation = draft.continuation ?? (lines.length > 1 ? '' : undefined);
    if (continuation !== undefined) {
      slot.lineBreak = source.lineEnding + continuation;
      const breaks = lines.slice(1).map(([start], i) => source.originalSlice(lines[i][1], start));
      if (breaks.some((lineBreak) => lineBreak !== slot.lineBreak)) slot.lineBreaks = breaks;
    }
    if (draft.escape) slot.escape = draft.escape;
    parts.push(slot);
    cursor = source.toOriginal(lines[lines.length - 1][1]);
    const { text, codes } = readInline(lines.map(([start, end]) => source.normalized.slice(start, end)).join('\n'));
    const block: Block = { kind: draft.kind, text };
    if (draft.level !== undefined) block.level = draft.level;
    if (codes.length > 0) block.codes = slot.codes = codes;
    blocks.push(block);
  }
  pushSkeleton(source.normalized.length);
  return { blocks, skeleton: { format, parts } };
}

/** Plain text has no markup: only text that looks like a code token becomes a (standalone) code. */
export function literalTokensAsCodes(text: string): CodedText {
  const builder = new CodedTextBuilder();
  builder.addText(text);
  return builder.build();
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return [start, end];
}
