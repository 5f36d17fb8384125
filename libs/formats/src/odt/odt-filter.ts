import { CodedTextBuilder } from '@interlinea/inline-codes';
import { Block, BlockKind, BlockSlot, PackageEntry, Skeleton } from '../lib/document';
import { FormatError } from '../lib/format-error';
import { childElements, escapeXml, isNamed, localName, namespaceOf, namespacedAttribute, readXml, XmlElement, XmlNode } from '../lib/xml-tree';
import { NS, ODT_TEXT_PARTS, unzipOdt } from './odt-package';
import { describeTextStyles } from './odt-styles';

import { SUBFLOW_MARK } from '../lib/write-parts';

/** Inline elements whose content is text of the paragraph: paired codes around it. */
const PAIRED = new Set(['span', 'a', 'meta']);
/** Elements that hold paragraphs of their own inside a paragraph: notes and frames (text boxes, captioned images). */
const SUBFLOWS: Array<[string, string]> = [
  [NS.text, 'note'],
  [NS.draw, 'frame'],
  [NS.draw, 'custom-shape'],
];
/** Codes at a paragraph's edges that stay in the skeleton (nothing a translator needs to see). */
const EDGE_MARKS = new Set(['bookmark', 'bookmark-start', 'bookmark-end', 'soft-page-break', 'reference-mark', 'reference-mark-start', 'reference-mark-end']);
const CODE_TITLES: Record<string, string> = {
  tab: 'tab',
  'line-break': 'line break',
  'soft-page-break': 'page break',
  'page-number': 'field: page number',
  'page-count': 'field: page count',
  date: 'field: date',
  time: 'field: time',
  'bookmark-start': 'bookmark',
  'bookmark-end': 'bookmark',
  bookmark: 'bookmark',
  annotation: 'comment',
  'annotation-end': 'comment',
};

interface Reading {
  xml: string;
  blocks: Block[];
  subflows: Array<Array<string | BlockSlot>>;
  styles: Map<string, string>;
}

/**
 * OpenDocument text (.odt). Each paragraph (text:p) and heading (text:h) with text in the body
 * (content.xml) and in the page styles' headers and footers (styles.xml) is a block: a heading with its
 * outline level, a list item inside a list, a table cell inside a table. Spans, links and text:meta
 * are paired codes holding their tags; tabs, line breaks, fields and bookmarks are standalone codes
 * holding their XML. A note (footnote, endnote) or a frame (text box, captioned image) inside a
 * paragraph is a standalone code there, and its own paragraphs are blocks of their own after it (a
 * subflow, as Okapi reads them). Names are matched by namespace URI, not by prefix. The skeleton keeps
 * the package: the rewritten XML parts as parts, every other file taken from the upload at export.
 */
export function readOdt(bytes: Uint8Array): { blocks: Block[]; skeleton: Skeleton } {
  const files = unzipOdt(bytes);
  const sources = new Map<string, { xml: string; bom: string; root: XmlElement }>();
  for (const path of ODT_TEXT_PARTS) {
    if (!files[path]) continue;
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(files[path]);
    } catch {
      throw new FormatError('INVALID_ODT', `The OpenDocument text is damaged: ${path} is not UTF-8 text.`);
    }
    const bom = decoded.startsWith('\uFEFF') ? '\uFEFF' : '';
    const xml = decoded.slice(bom.length);
    sources.set(path, { xml, bom, root: readXml(xml, `The OpenDocument text's ${path}`) });
  }
  const styles = describeTextStyles([...sources.values()].map((source) => source.root));
  const blocks: Block[] = [];
  const subflows: Reading['subflows'] = [];
  const parts: Skeleton['parts'] = [];
  const counts = new Map<string, number>();
  for (const [path, { xml, bom, root }] of sources) {
    const reading: Reading = { xml, blocks, subflows, styles };
    const before = blocks.length;
    const partParts = readFlow(root, 0, xml.length, reading);
    if (blocks.length === before) continue;
    partParts[0] = bom + (partParts[0] as string);
    counts.set(path, partParts.length);
    parts.push(...partParts);
  }
  const entries: PackageEntry[] = Object.keys(files).map((path) => (counts.has(path) ? { path, parts: counts.get(path) as number } : { path, kept: true }));
  // The rewritten parts are written in the order their parts follow one another (content.xml first).
  const rewritten = ODT_TEXT_PARTS.filter((path) => counts.has(path));
  let next = 0;
  const ordered = entries.map((entry) => ('parts' in entry ? { path: rewritten[next], parts: counts.get(rewritten[next++]) as number } : entry));
  const skeleton: Skeleton = { format: 'odt', parts, package: ordered };
  if (subflows.length > 0) skeleton.subflows = subflows;
  return { blocks, skeleton };
}

/** The parts of `xml` from `from` to `to`, each paragraph with text under `container` cut out as a slot. */
function readFlow(container: XmlElement, from: number, to: number, reading: Reading): Array<string | BlockSlot> {
  const parts: Array<string | BlockSlot> = [];
  let cursor = from;
  const visit = (element: XmlElement): void => {
    for (const child of childElements(element)) {
      if (isParagraph(child)) {
        const found = readParagraph(child, reading);
        if (found) {
          parts.push(reading.xml.slice(cursor, found.start), found.slot);
          cursor = found.end;
          continue;
        }
      }
      // A comment's paragraphs are the reviewer's, not the document's.
      if (isNamed(child, NS.office, 'annotation')) continue;
      visit(child);
    }
  };
  visit(container);
  parts.push(reading.xml.slice(cursor, to));
  return parts;
}

function isParagraph(element: XmlElement): boolean {
  return (localName(element) === 'p' || localName(element) === 'h') && namespaceOf(element) === NS.text;
}

function isSubflow(element: XmlElement): boolean {
  return SUBFLOWS.some(([uri, local]) => isNamed(element, uri, local));
}

/** Text of the paragraph itself (not of its notes or frames), as a reader sees it. */
function hasOwnText(element: XmlElement): boolean {
  return element.children.some((child) => {
    if (child.type === 'text') return child.text.trim() !== '';
    if (isSubflow(child) || isNamed(child, NS.office, 'annotation')) return false;
    if (isNamed(child, NS.text, 's')) return false;
    return PAIRED.has(localName(child)) && namespaceOf(child) === NS.text && hasOwnText(child);
  });
}

/** Offsets of a paragraph's child nodes (text nodes lie between their element siblings). */
function childRanges(paragraph: XmlElement): Array<{ node: XmlNode; start: number; end: number }> {
  const ranges: Array<{ node: XmlNode; start: number; end: number }> = [];
  paragraph.children.forEach((node, i) => {
    if (node.type === 'element') ranges.push({ node, start: node.start, end: node.end });
    else {
      const previous = paragraph.children[i - 1];
      const following = paragraph.children[i + 1];
      const start = previous?.type === 'element' ? previous.end : paragraph.startTagEnd;
      const end = following?.type === 'element' ? following.start : paragraph.endTagStart;
      ranges.push({ node, start, end });
    }
  });
  return ranges;
}

function isEdgeMark(node: XmlNode): boolean {
  if (node.type === 'text') return node.text.trim() === '';
  return EDGE_MARKS.has(localName(node)) && namespaceOf(node) === NS.text;
}

function readParagraph(paragraph: XmlElement, reading: Reading): { slot: BlockSlot; start: number; end: number } | undefined {
  if (!hasOwnText(paragraph)) return undefined;
  const ranges = childRanges(paragraph);
  let first = 0;
  while (isEdgeMark(ranges[first].node)) first += 1;
  let last = ranges.length - 1;
  while (isEdgeMark(ranges[last].node)) last -= 1;
  const { xml } = reading;
  const blockIndex = reading.blocks.length;
  reading.blocks.push({ kind: 'paragraph', text: '' });
  const builder = new CodedTextBuilder((literal) => escapeXml(literal));
  const marks: Array<{ start: number; end: number; mark: string }> = [];

  const readNode = (node: XmlNode): void => {
    if (node.type === 'text') {
      builder.addText(node.text.replace(/[ \t\r\n]+/g, ' '));
      return;
    }
    const raw = xml.slice(node.start, node.end);
    const local = localName(node);
    const inText = namespaceOf(node) === NS.text;
    if (inText && local === 's') {
      builder.addText(' '.repeat(Number(namespacedAttribute(node, NS.text, 'c') ?? '1') || 1));
    } else if (isSubflow(node)) {
      const index = reading.subflows.length;
      reading.subflows.push([]);
      reading.subflows[index] = readFlow(node, node.start, node.end, reading);
      const mark = `${SUBFLOW_MARK}${index}${SUBFLOW_MARK}`;
      marks.push({ start: node.start, end: node.end, mark });
      builder.standalone(mark, subflowTitle(node));
    } else if (inText && PAIRED.has(local) && node.startTagEnd !== node.end) {
      const id = builder.open(xml.slice(node.start, node.startTagEnd), pairedTitle(node, reading.styles), xml.slice(node.endTagStart, node.end));
      node.children.forEach(readNode);
      builder.close(id);
    } else {
      builder.standalone(raw, CODE_TITLES[local] ?? (inText && node.startTagEnd !== node.end ? `field: ${local}` : `<${node.name}>`));
    }
  };
  ranges.slice(first, last + 1).forEach(({ node }) => readNode(node));
  const { text, codes } = builder.build();
  const start = ranges[first].start;
  const end = ranges[last].end;
  let markup = '';
  let cursor = start;
  for (const mark of marks) {
    markup += xml.slice(cursor, mark.start) + mark.mark;
    cursor = mark.end;
  }
  markup += xml.slice(cursor, end);
  const block: Block = { ...kindOf(paragraph), text };
  if (codes.length > 0) block.codes = codes;
  reading.blocks[blockIndex] = block;
  const prefix = paragraph.name.includes(':') ? paragraph.name.slice(0, paragraph.name.indexOf(':')) : '';
  const slot: BlockSlot = { block: blockIndex, original: { text, markup }, textPrefix: prefix };
  if (block.codes) slot.codes = block.codes;
  return { slot, start, end };
}

function subflowTitle(element: XmlElement): string {
  if (localName(element) === 'note') {
    const citation = childElements(element).find((child) => isNamed(child, NS.text, 'note-citation'));
    const kind = namespacedAttribute(element, NS.text, 'note-class') === 'endnote' ? 'endnote' : 'footnote';
    return `${kind} ${citation ? citation.children.map((c) => (c.type === 'text' ? c.text : '')).join('') : ''}`.trim();
  }
  const hasTextBox = childElements(element).some((child) => isNamed(child, NS.draw, 'text-box'));
  return hasTextBox ? 'text box' : 'image';
}

function pairedTitle(element: XmlElement, styles: Map<string, string>): string {
  if (localName(element) === 'a') return `link → ${namespacedAttribute(element, NS.xlink, 'href') ?? ''}`;
  const style = namespacedAttribute(element, NS.text, 'style-name');
  if (style) return styles.get(style) ?? `style ${style}`;
  return localName(element) === 'meta' ? 'metadata' : 'formatting';
}

function kindOf(paragraph: XmlElement): { kind: BlockKind; level?: number } {
  if (localName(paragraph) === 'h')
    return { kind: 'heading', level: Math.min(6, Math.max(1, Number(namespacedAttribute(paragraph, NS.text, 'outline-level') ?? '1') || 1)) };
  for (let parent = paragraph.parent; parent; parent = parent.parent) {
    if (isNamed(parent, NS.text, 'list-item') || isNamed(parent, NS.text, 'list-header')) return { kind: 'list-item' };
    if (isNamed(parent, NS.table, 'table-cell')) return { kind: 'table-cell' };
    if (isSubflow(parent)) break;
  }
  return { kind: 'paragraph' };
}
