/**
 * The intermediate model every format filter produces and every export consumes:
 * a document is a list of blocks (what a translator translates) and a skeleton (everything else, verbatim).
 */

export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'odt' | 'pdf' | 'xliff';

/** `line` is reserved for line-oriented formats (subtitles, key/value files); TXT and Markdown do not use it. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table-cell' | 'line';

import type { InlineCode } from '@interlinea/inline-codes';

export interface Block {
  kind: BlockKind;
  /** The text a translator translates, inline codes as tokens. A line break inside a block is always "\n". */
  text: string;
  /** Heading level, 1–6. */
  level?: number;
  /** The codes whose tokens the text holds (absent when it holds none). */
  codes?: InlineCode[];
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
  /** The block's inline codes, so that the export needs only the skeleton. */
  codes?: InlineCode[];
  /**
   * HTML, DOCX: the block's source text and the markup it was read from. A text equal to `text` is
   * written back as `markup`, byte for byte (entities, whitespace and run splits as they were).
   */
  original?: { text: string; markup: string };
  /** DOCX: the run properties (`<w:rPr>…</w:rPr>` or "") of the paragraph's text outside any code. */
  runProperties?: string;
  /** HTML: the slot is an attribute's value (alt, title), written quoted as it was; an unquoted one gets quotes when it changes. */
  attribute?: 'quoted' | 'unquoted';
  /** ODT: the prefix the file gives the text namespace, for the line breaks, tabs and runs of spaces a translation adds. */
  textPrefix?: string;
  /** DOCX: the prefix the file gives WordprocessingML when it is not "w:" ("ns0:", "" for the default namespace), for the runs a translation adds. */
  wordPrefix?: string;
  /**
   * XLIFF 1.2: the target's start tag as written (the slot then starts there and `original` holds the
   * target's text and content as the file has them), so that the export can update its `state`.
   */
  targetTag?: string;
  /**
   * XLIFF 2.0: the <segment> start tag and the markup after it up to the target's content (the slot then
   * starts at the segment), so that the export can update the segment's `state`.
   */
  segmentHead?: string;
  /** XLIFF: the unit has no target yet; the export writes one, wrapped in these tags. */
  wrap?: { open: string; close: string };
}

/**
 * A file of a DOCX or ODT package: an XML part rewritten from the next `parts` skeleton parts, or any
 * other file as it was: `kept` ones are taken from the uploaded file at export (images and other media
 * are not copied into the stored skeleton), `base64` ones (skeletons stored before) carry their bytes.
 */
export type PackageEntry = { path: string; parts: number } | { path: string; base64: string } | { path: string; kept: true };

/** JSON-serialisable; concatenating the parts, with each slot replaced by its block's text, rebuilds the file. */
export interface Skeleton {
  format: DocumentFormat;
  parts: Array<string | BlockSlot>;
  /**
   * DOCX: the zip's files in order. The parts above are the rewritten XML parts one after the other;
   * replacing a slot by one string keeps the counts right.
   */
  package?: PackageEntry[];
  /**
   * ODT: the content of notes and text boxes that stand inside a paragraph, each as parts like the
   * document's. The paragraph's code for one holds U+FFFF, its index, U+FFFF (U+FFFF cannot occur in
   * XML), which the export replaces by the subflow written with its own blocks' texts.
   */
  subflows?: Array<Array<string | BlockSlot>>;
  /**
   * PDF: what each block is (heading, paragraph, list item), for the editions written as DOCX, ODT,
   * HTML or Markdown (a PDF itself cannot be rebuilt; see buildEdition).
   */
  outline?: Array<{ kind: BlockKind; level?: number }>;
}

/** A translation's status, as the workbench knows it. */
export type TranslationState = 'draft' | 'translated' | 'approved' | 'rejected';

/** A bilingual file's unit: the target it already has, for the block it belongs to. */
export interface BilingualUnit {
  blockIndex: number;
  /** The target text, with the block's code tokens; null when the unit has no target. */
  target: string | null;
  state: TranslationState | null;
  notes: string[];
  id: string;
}

export interface ParsedDocument {
  format: DocumentFormat;
  title: string;
  blocks: Block[];
  skeleton: Skeleton;
  /** XLIFF: the languages and the targets the file already holds. */
  bilingual?: { sourceLanguage: string; targetLanguage: string | null; units: BilingualUnit[] };
  /**
   * XLIFF: the blocks whose target the file does not mark as translated (1.2: no approved="yes" and no
   * state translated, final or signed-off; 2.0: no state translated, reviewed or final). Such a target
   * equal to its source is a copy made to fill it (as OmegaT needs), not a translation.
   */
  unmarkedTargets?: number[];
}

export interface ParseOptions {
  /** HTML: keep only the main content (the article), as a reader view finds it; drop navigation, share buttons, footers. */
  mainContentOnly?: boolean;
}

export function isBlockSlot(part: string | BlockSlot): part is BlockSlot {
  return typeof part !== 'string';
}
