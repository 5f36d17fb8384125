/**
 * The intermediate model every format filter produces and every export consumes:
 * a document is a list of blocks (what a translator translates) and a skeleton (everything else, verbatim).
 */

export type DocumentFormat = 'txt' | 'md';

/** `line` is reserved for line-oriented formats (subtitles, key/value files); TXT and Markdown do not use it. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table-cell' | 'line';

export interface Block {
  kind: BlockKind;
  /** The text a translator translates. A line break inside a block is always "\n", whatever the file uses. */
  text: string;
  /** Heading level, 1–6. */
  level?: number;
}

/**
 * Where a block's text goes back into the skeleton, and how it is written there.
 * A slot with only `block` writes the text as it is.
 */
export interface BlockSlot {
  block: number;
  /**
   * How a new line break inside the block is written: the file's line ending plus the continuation
   * prefix of the construct (e.g. "\r\n> " inside a blockquote, "\n   " inside a numbered list item).
   * Absent: the construct holds one line only (ATX heading, table cell), so a line break in a
   * translation is written as a space.
   */
  lineBreak?: string;
  /** The source's line breaks, in order, when any differs from `lineBreak` (lazy continuations, mixed line endings). */
  lineBreaks?: string[];
  /** Characters the construct reserves; a translation's unescaped ones are written with a backslash (table cells: "|"). */
  escape?: string;
}

/** JSON-serialisable; concatenating the parts, with each slot replaced by its block's text, rebuilds the file. */
export interface Skeleton {
  format: DocumentFormat;
  parts: Array<string | BlockSlot>;
}

export interface ParsedDocument {
  format: DocumentFormat;
  title: string;
  blocks: Block[];
  skeleton: Skeleton;
}

export function isBlockSlot(part: string | BlockSlot): part is BlockSlot {
  return typeof part !== 'string';
}
