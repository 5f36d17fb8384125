import { stripCodes } from '@interlinea/inline-codes';

/** What a paragraph of a parallel edition is: a heading is set apart, everything else is a paragraph. */
export type ParallelRowKind = 'heading' | 'paragraph';

/** One column of a parallel edition: the original or an edition, in its language. */
export interface ParallelColumn {
  /** BCP 47 language tag (`ru`, `en`, `de`), written as each cell's `lang`. */
  language: string;
  /** The column's heading, as the reader sees it (“Русский — оригинал”). */
  heading: string;
  /**
   * The column's text block by block (the document's paragraphs, headings, list items, table cells),
   * with inline code tokens (`{1}…{/1}`); block i of every column is the same paragraph.
   */
  blocks: string[];
}

/** A paragraph of the document in every column, side by side. */
export interface ParallelRow {
  kind: ParallelRowKind;
  cells: string[];
}

/** A parallel edition ready to lay out: the source and one or two editions, paragraph by paragraph. */
export interface ParallelEdition {
  title: string;
  columns: Array<Pick<ParallelColumn, 'language' | 'heading'>>;
  rows: ParallelRow[];
}

export interface ParallelEditionInput {
  title: string;
  columns: ParallelColumn[];
  /** Blocks known to be headings (from the document's outline), by block index. */
  headings?: ReadonlySet<number>;
}

/**
 * Lines the columns up paragraph by paragraph: block i of each column is one row, its code tokens
 * removed and its whitespace tidied (a line break inside a paragraph stays one). Blocks empty in
 * every column (layout-only blocks) are left out.
 */
export function alignParagraphs(input: ParallelEditionInput): ParallelEdition {
  const count = Math.max(0, ...input.columns.map((c) => c.blocks.length));
  const rows: ParallelRow[] = [];
  for (let block = 0; block < count; block++) {
    const cells = input.columns.map((column) => tidy(column.blocks[block] ?? ''));
    if (cells.every((cell) => cell === '')) continue;
    rows.push({ kind: input.headings?.has(block) ? 'heading' : 'paragraph', cells });
  }
  return { title: input.title, columns: input.columns.map(({ language, heading }) => ({ language, heading })), rows };
}

function tidy(text: string): string {
  return stripCodes(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, (spaces) => (spaces.includes('\u00a0') ? '\u00a0' : ' ')).trim())
    .filter((line) => line !== '')
    .join('\n');
}
