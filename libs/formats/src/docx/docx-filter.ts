import { Block, BlockKind, BlockSlot, PackageEntry, Skeleton } from '../lib/document';
import { FormatError } from '../lib/format-error';
import { CodedTextBuilder } from '@interlinea/inline-codes';
import { attribute, childElements, descendants, readXml, XmlElement } from '../lib/xml-tree';
import { relationshipTargets, translatableParts, unzipDocx } from './docx-package';
import { paragraphItems, ParagraphItem, RunContext } from './docx-runs';
import { SUBFLOW_MARK } from '../lib/write-parts';
import { prefixOf, wordName } from './docx-names';

/**
 * Word (.docx). Each paragraph (w:p) with text in the document body, headers, footers, footnotes and
 * endnotes is a block: a heading for Title/Heading styles, a list item when numbered, a table cell in a
 * table. Text in the paragraph's most common formatting is plain; runs in other formatting (bold,
 * italic, a hyperlink, a content control…) are paired codes whose open is the JSON of their run
 * properties and wrappers; tabs, breaks, drawings, fields, footnote references and bookmarks are
 * standalone codes holding their XML. The slot is the paragraph's content from its first to its last
 * run with text; the paragraph properties and everything else stay as they were. The skeleton keeps
 * the package: the rewritten XML parts as parts, every other file as base64.
 */
export function readDocx(bytes: Uint8Array): { blocks: Block[]; skeleton: Skeleton } {
  const files = unzipDocx(bytes);
  const paths = Object.keys(files);
  const xmlParts = translatableParts(paths);
  const blocks: Block[] = [];
  const parts: Skeleton['parts'] = [];
  const counts = new Map<string, number>();
  const subflows: Array<Array<string | BlockSlot>> = [];
  for (const path of xmlParts) {
    const before = parts.length;
    readPart(path, files, blocks, parts, subflows);
    if (parts.some((part, i) => i >= before && typeof part !== 'string')) counts.set(path, parts.length - before);
    else parts.length = before;
  }
  // The XML parts keep their places in the zip, taken in the order their parts follow one another.
  const rewritten = xmlParts.filter((path) => counts.has(path));
  let next = 0;
  const entries: PackageEntry[] = paths.map((path) => {
    if (!counts.has(path)) return { path, kept: true };
    const inOrder = rewritten[next++];
    return { path: inOrder, parts: counts.get(inOrder) as number };
  });
  const skeleton: Skeleton = { format: 'docx', parts, package: entries };
  if (subflows.length > 0) skeleton.subflows = subflows;
  return { blocks, skeleton };
}

function readPart(
  path: string,
  files: Record<string, Uint8Array>,
  blocks: Block[],
  parts: Skeleton['parts'],
  subflows: Array<Array<string | BlockSlot>>,
): void {
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(files[path]);
  } catch {
    throw new FormatError('INVALID_DOCX', `The Word document is damaged: ${path} is not UTF-8 text.`);
  }
  const bom = decoded.startsWith('\uFEFF') ? '\uFEFF' : '';
  const xml = decoded.slice(bom.length);
  const root = readXml(xml, `The Word document's ${path}`);
  const links = relationshipTargets(files, path);
  // Text boxes (w:txbxContent, in a drawing or VML shape) are subflows: their paragraphs are blocks of
  // their own, after the part's, written back where their marks stand in the drawing's code or the skeleton.
  const boxes = descendants(root).filter((element) => wordName(element) === 'w:txbxContent' && !insideTextBox(element));
  const marks = boxes.map((box, i) => ({ start: box.startTagEnd, end: box.endTagStart, mark: SUBFLOW_MARK + (subflows.length + i) + SUBFLOW_MARK }));
  const marked = (from: number, to: number): string => {
    let written = '';
    let at = from;
    for (const mark of marks) {
      if (mark.start < from || mark.end > to || mark.start === mark.end) continue;
      written += xml.slice(at, mark.start) + mark.mark;
      at = mark.end;
    }
    return written + xml.slice(at, to);
  };
  const flow = (paragraphs: XmlElement[], from: number, to: number, into: Skeleton['parts'], prefix: string): void => {
    let cursor = from;
    for (const paragraph of paragraphs) {
      const found = readParagraph(paragraph, xml, links, marked);
      if (!found) continue;
      into.push(prefix + marked(cursor, found.start));
      prefix = '';
      const slot: BlockSlot = {
        block: blocks.length,
        runProperties: found.runProperties,
        original: { text: found.block.text, markup: marked(found.start, found.end) },
      };
      if (found.block.codes) slot.codes = found.block.codes;
      if (prefixOf(paragraph) !== 'w:') slot.wordPrefix = prefixOf(paragraph);
      into.push(slot);
      blocks.push(found.block);
      cursor = found.end;
    }
    into.push(prefix + marked(cursor, to));
  };
  flow(
    descendants(root).filter((element) => wordName(element) === 'w:p' && !insideParagraph(element)),
    0,
    xml.length,
    parts,
    bom,
  );
  for (const box of boxes) {
    const content: Skeleton['parts'] = [];
    if (box.startTagEnd !== box.endTagStart) {
      const paragraphs = descendants(box).filter((element) => wordName(element) === 'w:p' && outermostIn(element, box));
      flow(paragraphs, box.startTagEnd, box.endTagStart, content, '');
    }
    subflows.push(content);
  }
}

function insideTextBox(element: XmlElement): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) if (wordName(parent) === 'w:txbxContent') return true;
  return false;
}

/** A paragraph of a text box that is not inside another of its paragraphs. */
function outermostIn(paragraph: XmlElement, box: XmlElement): boolean {
  for (let parent = paragraph.parent; parent && parent !== box; parent = parent.parent) if (wordName(parent) === 'w:p') return false;
  return true;
}

/** A paragraph inside another's drawing (a text box) is part of that drawing's code. */
function insideParagraph(paragraph: XmlElement): boolean {
  for (let parent = paragraph.parent; parent; parent = parent.parent) if (wordName(parent) === 'w:p') return true;
  return false;
}

function readParagraph(
  paragraph: XmlElement,
  xml: string,
  links: Map<string, string>,
  slice: (from: number, to: number) => string,
): { block: Block; start: number; end: number; runProperties: string } | undefined {
  const items = paragraphItems(paragraph, xml, links, slice);
  const texts = items.filter((item): item is Extract<ParagraphItem, { kind: 'text' }> => item.kind === 'text' && item.text.trim() !== '');
  if (texts.length === 0) return undefined;
  const children = childElements(paragraph);
  const firstChild = texts[0].child;
  const lastChild = texts[texts.length - 1].child;
  const inside = items.filter((item) => item.child >= firstChild && item.child <= lastChild);
  const base = mostUsedContext(texts);
  const builder = new CodedTextBuilder((literal) => JSON.stringify({ text: literal }));
  let open: { key: string; id: number } | null = null;
  for (const item of inside) {
    const key = contextKey(item.context);
    if (open && open.key !== key) {
      builder.close(open.id);
      open = null;
    }
    if (item.kind === 'text') {
      if (!open && key !== contextKey(base)) {
        const title = item.context.description.join(', ') || 'formatting';
        open = {
          key,
          id: builder.open(JSON.stringify({ rPr: item.context.rPr, open: item.context.open }), title, JSON.stringify({ close: item.context.close })),
        };
      }
      builder.addText(item.text);
    } else {
      const { rPr, open: wrappers, close } = item.context;
      builder.standalone(JSON.stringify({ xml: item.xml, inRun: item.inRun, rPr, open: wrappers, close }), item.title);
    }
  }
  if (open) builder.close(open.id);
  const { text, codes } = builder.build();
  const block: Block = { ...kindOf(paragraph), text };
  if (codes.length > 0) block.codes = codes;
  return { block, start: children[firstChild].start, end: children[lastChild].end, runProperties: base.rPr };
}

function contextKey(context: RunContext): string {
  return JSON.stringify([context.rPr, context.open]);
}

/** The formatting most of the paragraph's text has, outside any wrapper when there is such text. */
function mostUsedContext(texts: Array<{ text: string; context: RunContext }>): RunContext {
  const unwrapped = texts.filter((item) => item.context.open.length === 0);
  const candidates = unwrapped.length > 0 ? unwrapped : [];
  const lengths = new Map<string, { length: number; context: RunContext }>();
  for (const { text, context } of candidates) {
    const key = contextKey(context);
    const entry = lengths.get(key) ?? { length: 0, context };
    entry.length += text.length;
    lengths.set(key, entry);
  }
  const best = [...lengths.values()].sort((a, b) => b.length - a.length)[0];
  return best?.context ?? { rPr: '', open: [], close: [], description: [] };
}

function kindOf(paragraph: XmlElement): { kind: BlockKind; level?: number } {
  const properties = childElements(paragraph).find((child) => wordName(child) === 'w:pPr');
  const style = properties && childElements(properties).find((child) => wordName(child) === 'w:pStyle');
  const styleId = (style && attribute(style, 'val')) ?? '';
  const heading = /^(?:heading|berschrift|title|titre|заголовок)\s*(\d?)$/i.exec(styleId);
  if (heading) return { kind: 'heading', level: Number(heading[1] || 1) };
  if (properties && childElements(properties).some((child) => wordName(child) === 'w:numPr')) return { kind: 'list-item' };
  for (let parent = paragraph.parent; parent; parent = parent.parent) if (wordName(parent) === 'w:tc') return { kind: 'table-cell' };
  if (/quote/i.test(styleId)) return { kind: 'quote' };
  return { kind: 'paragraph' };
}
