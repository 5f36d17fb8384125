import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { Block, BlockKind, BlockSlot, ParseOptions, Skeleton } from '../lib/document';
import { CodedTextBuilder } from '@interlinea/inline-codes';
import { assertHtmlDepth } from '../lib/limits';
import { SUBFLOW_MARK } from '../lib/write-parts';

type HtmlDocument = { blocks: Block[]; skeleton: Skeleton };

const BLOCK_KINDS: Record<string, BlockKind> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  TD: 'table-cell',
  TH: 'table-cell',
  CAPTION: 'table-cell',
  BLOCKQUOTE: 'quote',
};
/** Inline elements: paired codes around their text. */
const INLINE = new Set(
  'A ABBR B BDI BDO BIG CITE CODE DATA DEL DFN EM FONT I INS KBD LABEL MARK Q S SAMP SMALL SPAN STRIKE STRONG SUB SUP TIME TT U VAR'.split(' '),
);
/** Void inline elements: standalone codes. */
const VOID = new Set('BR IMG WBR INPUT'.split(' '));
/** Elements whose content is not text to translate: a standalone code inside a block, skeleton elsewhere. */
const OPAQUE = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH IFRAME OBJECT VIDEO AUDIO CANVAS TEXTAREA SELECT BUTTON PRE'.split(' '));
const TITLES: Record<string, string> = {
  B: 'bold',
  STRONG: 'bold',
  I: 'italic',
  EM: 'italic',
  U: 'underline',
  S: 'strikethrough',
  STRIKE: 'strikethrough',
  DEL: 'deleted',
  INS: 'inserted',
  SUP: 'superscript',
  SUB: 'subscript',
  CODE: 'code',
  KBD: 'key',
  BR: 'line break',
  WBR: 'word break',
};

/** HTML whitespace (not the no-break space, which is text). */
const SPACE = /[ \t\n\r\f]+/g;

/** Where parse5 found a node in the source (offsets into the string). */
interface SourceSpan {
  startOffset: number;
  endOffset: number;
}
interface NodeSpan extends SourceSpan {
  startTag?: SourceSpan & { attrs?: Record<string, SourceSpan> };
  endTag?: SourceSpan;
}

interface Found {
  start: number;
  end: number;
  block: Block;
}

/** Attributes whose values a reader sees or hears: an image's alternative text, any element's tooltip. */
const TRANSLATABLE_ATTRIBUTES = ['alt', 'title'];

/** An attribute value translated as a block of its own (a subflow): where it is, and how it is quoted. */
interface AttributeValue {
  start: number;
  end: number;
  value: string;
  quoted: boolean;
}

/**
 * HTML, read with jsdom (parse5) with source locations. Each run of inline content with text — in a
 * paragraph, heading, list item, table cell, quotation, caption, or any other block — is a block; the
 * <title> and the meta description are blocks too. Inline elements are paired codes holding their
 * start and end tags as written; <br>, <img>, comments and embedded scripts, SVG, forms are standalone
 * codes. Scripts, styles, <pre> and everything between blocks stay in the skeleton, verbatim, so the
 * export of the source texts is the file byte for byte. Whitespace is collapsed as a browser shows it.
 * `mainContentOnly` first keeps only the article, as Firefox's reader view finds it (@mozilla/readability).
 */
export function readHtml(bom: string, source: string, options: ParseOptions = {}): HtmlDocument {
  assertHtmlDepth(source);
  const html = options.mainContentOnly ? (mainContent(source) ?? source) : source;
  if (html !== source) bom = '';
  const dom = new JSDOM(html, { includeNodeLocations: true });
  try {
    const found: Found[] = [];
    const attributes = translatableAttributes(dom, html);
    const reader = new HtmlReader(dom, html, found, attributes);
    const { head, body } = dom.window.document;
    for (const element of Array.from(head.children)) {
      if (element.tagName === 'TITLE') reader.readRun(Array.from(element.childNodes), 'heading', 1);
      if (element.tagName === 'META' && element.getAttribute('name')?.toLowerCase() === 'description') reader.readAttribute(element, 'content');
    }
    reader.readContainer(body);
    found.sort((a, b) => a.start - b.start);
    return assemble(bom, html, found, attributes);
  } finally {
    dom.window.close();
  }
}

/** The article of a page as a document of its own, or undefined when Readability finds none. */
function mainContent(html: string): string | undefined {
  const dom = new JSDOM(html);
  try {
    const lang = dom.window.document.documentElement.getAttribute('lang');
    const article = new Readability(dom.window.document).parse();
    if (!article?.content) return undefined;
    const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const title = article.title ? `<title>${escape(article.title)}</title>\n` : '';
    return `<!DOCTYPE html>\n<html${lang ? ` lang="${escape(lang)}"` : ''}>\n<head>\n<meta charset="utf-8">\n${title}</head>\n<body>\n${article.content}\n</body>\n</html>\n`;
  } finally {
    dom.window.close();
  }
}

function assemble(bom: string, html: string, found: Found[], attributes: AttributeValue[]): HtmlDocument {
  const blocks: Block[] = [];
  const parts: Skeleton['parts'] = [];
  const marked = (from: number, to: number): string => withMarks(html, from, to, attributes);
  let cursor = 0;
  for (const { start, end, block } of found) {
    if (start < cursor) continue;
    const slot: BlockSlot = { block: blocks.length, original: { text: block.text, markup: marked(start, end) } };
    if (block.codes) slot.codes = block.codes;
    const before = bom + marked(cursor, start);
    if (before !== '') parts.push(before);
    parts.push(slot);
    bom = '';
    cursor = end;
    blocks.push(block);
  }
  const rest = bom + marked(cursor, html.length);
  if (rest !== '') parts.push(rest);
  // Alternative texts and tooltips come after the page's text, each a block of its own written where its mark is.
  const subflows: Array<Array<string | BlockSlot>> = attributes.map((attribute) => {
    const builder = new CodedTextBuilder();
    builder.addText(attribute.value.replace(SPACE, ' ').trim());
    const { text, codes } = builder.build();
    const block: Block = codes.length > 0 ? { kind: 'paragraph', text, codes } : { kind: 'paragraph', text };
    const slot: BlockSlot = {
      block: blocks.length,
      original: { text, markup: html.slice(attribute.start, attribute.end) },
      attribute: attribute.quoted ? 'quoted' : 'unquoted',
    };
    if (block.codes) slot.codes = block.codes;
    blocks.push(block);
    return [slot];
  });
  return { blocks, skeleton: subflows.length > 0 ? { format: 'html', parts, subflows } : { format: 'html', parts } };
}

/** The `alt` and `title` values with text, in document order, outside scripts, styles and embedded SVG. */
function translatableAttributes(dom: JSDOM, html: string): AttributeValue[] {
  const found: AttributeValue[] = [];
  for (const element of Array.from(dom.window.document.querySelectorAll('[alt], [title]'))) {
    if (element.closest('script, style, template, svg, math, noscript')) continue;
    const location = dom.nodeLocation(element) as NodeSpan | null;
    for (const name of TRANSLATABLE_ATTRIBUTES) {
      const value = element.getAttribute(name);
      const span = location?.startTag?.attrs?.[name];
      if (!span || !value?.trim()) continue;
      const written = html.slice(span.startOffset, span.endOffset);
      const equals = /=\s*(["']?)/.exec(written);
      if (!equals) continue;
      const start = span.startOffset + equals.index + equals[0].length;
      const end = span.endOffset - equals[1].length;
      found.push({ start, end, value, quoted: equals[1] !== '' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The html from `from` to `to`, each translatable attribute value in it replaced by its subflow's mark. */
function withMarks(html: string, from: number, to: number, attributes: AttributeValue[]): string {
  let written = '';
  let cursor = from;
  attributes.forEach((attribute, index) => {
    if (attribute.start < from || attribute.end > to) return;
    written += html.slice(cursor, attribute.start) + SUBFLOW_MARK + index + SUBFLOW_MARK;
    cursor = attribute.end;
  });
  return written + html.slice(cursor, to);
}

class HtmlReader {
  constructor(
    private readonly dom: JSDOM,
    private readonly html: string,
    private readonly found: Found[],
    private readonly attributes: AttributeValue[],
  ) {}

  /** The html between two offsets, with the marks of translatable attribute values. */
  private slice(from: number, to: number): string {
    return withMarks(this.html, from, to, this.attributes);
  }

  private locate(node: Node): NodeSpan | undefined {
    return (this.dom.nodeLocation(node) ?? undefined) as NodeSpan | undefined;
  }

  /** A block-level element: runs of inline children are blocks, block children are read in turn. */
  readContainer(container: Element): void {
    const kind = kindOf(container);
    let run: Node[] = [];
    for (const child of Array.from(container.childNodes)) {
      const element = child.nodeType === child.ELEMENT_NODE ? (child as Element) : undefined;
      if (!element || INLINE.has(element.tagName) || VOID.has(element.tagName) || (OPAQUE.has(element.tagName) && element.tagName !== 'PRE')) {
        run.push(child);
        continue;
      }
      this.readRun(run, kind.kind, kind.level);
      run = [];
      if (!OPAQUE.has(element.tagName)) this.readContainer(element);
    }
    this.readRun(run, kind.kind, kind.level);
  }

  /** A run of inline nodes, without the nodes at either end that hold no text: a block if it has text. */
  readRun(nodes: Node[], kind: BlockKind, level?: number): void {
    let first = 0;
    let last = nodes.length - 1;
    while (first <= last && !hasText(nodes[first])) first += 1;
    while (last >= first && !hasText(nodes[last])) last -= 1;
    if (first > last) return;
    const start = this.locate(nodes[first])?.startOffset;
    const end = this.locate(nodes[last])?.endOffset;
    if (start === undefined || end === undefined) return;
    const builder = new CodedTextBuilder();
    for (const node of nodes.slice(first, last + 1)) this.addNode(node, builder);
    const { text, codes } = builder.build();
    const block: Block = { kind, text: text.replace(SPACE, ' ').trim() };
    if (level !== undefined) block.level = level;
    if (codes.length > 0) block.codes = codes;
    const [trimmedStart, trimmedEnd] = trimWhitespace(this.html, start, end);
    this.found.push({ start: trimmedStart, end: trimmedEnd, block });
  }

  /** An attribute's value (the meta description) as a paragraph. */
  readAttribute(element: Element, name: string): void {
    const location = this.locate(element)?.startTag?.attrs?.[name];
    const value = element.getAttribute(name);
    if (!location || !value?.trim()) return;
    const written = this.html.slice(location.startOffset, location.endOffset);
    const valueStart = written.search(/=\s*["']?/);
    if (valueStart < 0) return;
    const quote = /=\s*(["']?)/.exec(written.slice(valueStart)) as RegExpExecArray;
    const start = location.startOffset + valueStart + quote[0].length;
    const end = location.endOffset - quote[1].length;
    const builder = new CodedTextBuilder();
    builder.addText(value);
    const { text, codes } = builder.build();
    this.found.push({ start, end, block: codes.length > 0 ? { kind: 'paragraph', text, codes } : { kind: 'paragraph', text } });
  }

  private addNode(node: Node, builder: CodedTextBuilder): void {
    if (node.nodeType === node.TEXT_NODE) {
      builder.addText((node as Text).data);
      return;
    }
    const location = this.locate(node);
    const markup = location ? this.slice(location.startOffset, location.endOffset) : '';
    if (node.nodeType !== node.ELEMENT_NODE) {
      if (node.nodeType === node.COMMENT_NODE) builder.standalone(markup, 'comment');
      return;
    }
    const element = node as Element;
    const tag = element.tagName;
    if (VOID.has(tag) || OPAQUE.has(tag) || !location?.startTag) {
      builder.standalone(markup, titleOf(element));
      return;
    }
    const open = this.slice(location.startTag.startOffset, location.startTag.endOffset);
    const close = location.endTag ? this.html.slice(location.endTag.startOffset, location.endTag.endOffset) : '';
    const id = builder.open(open, titleOf(element), close);
    for (const child of Array.from(element.childNodes)) this.addNode(child, builder);
    builder.close(id);
  }
}

/** What kind of block a container's text is: its own kind, a quotation's paragraph, or a paragraph. */
function kindOf(container: Element): { kind: BlockKind; level?: number } {
  const heading = /^H([1-6])$/.exec(container.tagName);
  if (heading) return { kind: 'heading', level: Number(heading[1]) };
  const own = BLOCK_KINDS[container.tagName];
  if (own) return { kind: own };
  return { kind: container.closest('blockquote') ? 'quote' : 'paragraph' };
}

function hasText(node: Node): boolean {
  if (node.nodeType === node.TEXT_NODE) return (node as Text).data.replace(SPACE, '') !== '';
  if (node.nodeType !== node.ELEMENT_NODE) return false;
  const element = node as Element;
  if (VOID.has(element.tagName) || OPAQUE.has(element.tagName)) return false;
  return Array.from(element.childNodes).some(hasText);
}

function titleOf(element: Element): string {
  const tag = element.tagName;
  if (tag === 'A') return `link → ${element.getAttribute('href') ?? ''}`;
  if (tag === 'IMG') return `image: ${element.getAttribute('alt') || element.getAttribute('src') || ''}`;
  const known = TITLES[tag];
  if (known) return known;
  const className = element.getAttribute('class');
  return `<${tag.toLowerCase()}${className ? ` class="${className}"` : ''}>`;
}

function trimWhitespace(html: string, start: number, end: number): [number, number] {
  while (start < end && /[ \t\n\r\f]/.test(html[start])) start += 1;
  while (end > start && /[ \t\n\r\f]/.test(html[end - 1])) end -= 1;
  return [start, end];
}
