import { getDefaults, Lexer, Token, Tokens } from 'marked';
import { BlockDraft, TextFilterResult } from '../lib/assemble-document';
import { BlockKind } from '../lib/document';
import { findParagraphs, lineRanges, LineRange } from '../lib/paragraphs';
import { SourceText } from '../lib/source-text';
import { assertMarkdownDepth } from '../lib/limits';
import { innerToDocument, ToDocument } from './container-offsets';
import { frontMatterLength } from './front-matter';
import { readMarkdownInline } from './markdown-inline';
import { tableCellRanges } from './table-cells';

/** What the paragraphs of the container being read are, and whether it is a task list item ("- [ ] …"). */
interface Container {
  paragraphKind: BlockKind;
  task: boolean;
}

const TASK_CHECKBOX = /^\s*\[[ xX]\][ \t]+/;
const ATX_OPENING = /^[ \t]*#{1,6}[ \t]*/;

/**
 * Markdown (CommonMark + GFM, read with marked's lexer). Blocks: headings (without the #s or the
 * setext underline), paragraphs, list items (without the bullet, number or task checkbox), blockquote
 * paragraphs (without the "> " of any line) and table cells (without pipes). The skeleton keeps front
 * matter, code blocks, HTML blocks, rules, link definitions, the markers and all whitespace verbatim.
 * Inline markup (emphasis, links, code spans, images, inline HTML, hard breaks) becomes inline codes
 * (see readMarkdownInline), each holding its markup as written.
 */
export function findMarkdownBlocks(source: SourceText): TextFilterResult {
  const document = source.normalized;
  const bodyStart = frontMatterLength(document);
  const body = document.slice(bodyStart);
  assertMarkdownDepth(body);
  const tokens = new Lexer({ ...getDefaults(), gfm: true }).lex(body);
  const reader = new MarkdownReader(document);
  reader.readTokens(tokens, body, (offset) => bodyStart + offset, { paragraphKind: 'paragraph', task: false });
  return { drafts: reader.drafts, readInline: (text) => readMarkdownInline(text, tokens.links) };
}

class MarkdownReader {
  readonly drafts: BlockDraft[] = [];

  constructor(private readonly document: string) {}

  /** Reads tokens whose raws, end to end, are `text`; `toDocument` places `text` in the document. */
  readTokens(tokens: Token[], text: string, toDocument: ToDocument, container: Container): void {
    if (tokens.map((token) => token.raw).join('') !== text) {
      this.readAsParagraphs(text, 0, toDocument, container.paragraphKind);
      return;
    }
    let start = 0;
    for (const [i, token] of tokens.entries()) {
      this.readToken(token, start, toDocument, { ...container, task: container.task && i === 0 });
      start += token.raw.length;
    }
  }

  private readToken(token: Token, start: number, toDocument: ToDocument, container: Container): void {
    switch (token.type) {
      case 'paragraph':
      case 'text':
        return this.readParagraph(token.raw, start, toDocument, container);
      case 'heading':
        return this.readHeading(token as Tokens.Heading, start, toDocument);
      case 'table':
        return this.readTable(token.raw, start, toDocument);
      case 'blockquote':
        return this.readContainer(token.raw, start, (token as Tokens.Blockquote).tokens, toDocument, { paragraphKind: 'quote', task: false });
      case 'list':
        return this.readList(token as Tokens.List, start, toDocument);
      default:
        // space, code, hr, html, def: skeleton.
        return;
    }
  }

  private readParagraph(raw: string, start: number, toDocument: ToDocument, container: Container): void {
    const lines = nonBlankLines(raw, start);
    if (lines.length === 0) return;
    const checkbox = container.task ? TASK_CHECKBOX.exec(raw.slice(lines[0][0] - start, lines[0][1] - start)) : null;
    if (checkbox) lines[0] = [lines[0][0] + checkbox[0].length, lines[0][1]];
    this.addDraft(container.paragraphKind, lines, toDocument, { multiline: true });
  }

  private readHeading(token: Tokens.Heading, start: number, toDocument: ToDocument): void {
    const lines = nonBlankLines(token.raw, start);
    if (lines.length === 1) {
      const [lineStart, lineEnd] = lines[0];
      const line = token.raw.slice(lineStart - start, lineEnd - start);
      const contentStart = ATX_OPENING.exec(line)?.[0].length ?? 0;
      const rest = line.slice(contentStart);
      if (/^#*[ \t]*$/.test(rest)) return;
      const closing = /[ \t]+#+[ \t]*$/.exec(rest);
      const contentEnd = closing ? contentStart + closing.index : line.length;
      const content = trimmed(token.raw, start, [lineStart + contentStart, lineStart + contentEnd]);
      this.addDraft('heading', [content], toDocument, { level: token.depth });
    } else {
      // Setext: every line but the underline; it may span lines, like a paragraph.
      this.addDraft('heading', lines.slice(0, -1), toDocument, { level: token.depth, multiline: true });
    }
  }

  private readTable(raw: string, start: number, toDocument: ToDocument): void {
    const rows = nonBlankLines(raw, start).filter((_, i) => i !== 1); // row 1 is the delimiter row
    for (const [rowStart, rowEnd] of rows) {
      for (const [cellStart, cellEnd] of tableCellRanges(raw.slice(rowStart - start, rowEnd - start))) {
        const cell = trimmed(raw, start, [rowStart + cellStart, rowStart + cellEnd]);
        if (cell[1] > cell[0]) this.addDraft('table-cell', [cell], toDocument, { escape: '|' });
      }
    }
  }

  private readList(list: Tokens.List, start: number, toDocument: ToDocument): void {
    // marked leaves the list's last line break out of its last item.
    const items = list.items.map((item) => item.raw).join('');
    if (!list.raw.startsWith(items) || list.raw.slice(items.length).trim() !== '') {
      this.readAsParagraphs(list.raw, start, toDocument, 'list-item');
      return;
    }
    let itemStart = start;
    for (const item of list.items) {
      // A tight task item starts with a checkbox token whose raw is rewritten ("[x] "): leave it to the
      // skeleton. In a loose one the checkbox is the start of the first paragraph (see readParagraph).
      const checkbox = item.tokens[0]?.type === 'checkbox';
      const tokens = checkbox ? item.tokens.slice(1) : item.tokens;
      this.readContainer(item.raw, itemStart, tokens, toDocument, { paragraphKind: 'list-item', task: item.task && !checkbox });
      itemStart += item.raw.length;
    }
  }

  /** A blockquote or list item: its tokens were lexed from its content with the prefixes taken off. */
  private readContainer(raw: string, start: number, tokens: Token[], toDocument: ToDocument, container: Container): void {
    const inner = tokens.map((token) => token.raw).join('');
    const innerToDoc = innerToDocument(raw, start, inner, toDocument);
    if (innerToDoc) this.readTokens(tokens, inner, innerToDoc, container);
    else this.readAsParagraphs(raw, start, toDocument, container.paragraphKind);
  }

  /**
   * Fallback when marked's tokens cannot be placed back in the file: paragraphs between blank lines,
   * markers included. The round trip stays exact; only the split between text and skeleton is cruder.
   */
  private readAsParagraphs(text: string, start: number, toDocument: ToDocument, kind: BlockKind): void {
    for (const lines of findParagraphs(text)) {
      const shifted = lines.map(([lineStart, lineEnd]) => trimmed(text, start, [start + lineStart, start + lineEnd]));
      this.drafts.push({ kind, lines: shifted.map((line) => placeLine(line, toDocument)), continuation: '' });
    }
  }

  private addDraft(kind: BlockKind, lines: LineRange[], toDocument: ToDocument, options: { level?: number; multiline?: boolean; escape?: string }): void {
    const placed = lines.map((line) => placeLine(line, toDocument));
    const draft: BlockDraft = { kind, lines: placed };
    if (options.level !== undefined) draft.level = options.level;
    if (options.multiline) draft.continuation = this.continuationPrefix(placed[0][0]);
    if (options.escape) draft.escape = options.escape;
    this.drafts.push(draft);
  }

  /**
   * What a new line of a block starting at `offset` begins with: the container markers before the block
   * on its first line, with bullets and numbers turned into spaces ("> 1. " → ">    ").
   */
  private continuationPrefix(offset: number): string {
    let textStart = offset;
    while (textStart < this.document.length && /[^\S\n]/.test(this.document[textStart])) textStart += 1;
    const lineStart = this.document.lastIndexOf('\n', textStart - 1) + 1;
    return this.document.slice(lineStart, textStart).replace(/[^>\s]/g, ' ');
  }
}

/** The lines of `raw` (which starts at `start` in the text being read) that hold text, trimmed. */
function nonBlankLines(raw: string, start: number): LineRange[] {
  return lineRanges(raw, start)
    .map((line) => trimmed(raw, start, line))
    .filter(([lineStart, lineEnd]) => lineEnd > lineStart);
}

/** A range of `raw` without its surrounding whitespace (container offsets are exact only for content). */
function trimmed(raw: string, start: number, [rangeStart, rangeEnd]: LineRange): LineRange {
  const text = raw.slice(rangeStart - start, rangeEnd - start);
  const leading = text.length - text.trimStart().length;
  return [rangeStart + leading, rangeStart + leading + text.trim().length];
}

/** A line range in the text being read, placed in the document (a line is never split by a container prefix). */
function placeLine([start, end]: LineRange, toDocument: ToDocument): LineRange {
  const documentStart = toDocument(start);
  return [documentStart, documentStart + (end - start)];
}
