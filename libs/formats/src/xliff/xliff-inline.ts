import { closeToken, openToken, standaloneToken, tokenLikePattern, type CodedText, type InlineCode } from '@interlinea/inline-codes';
import { attribute, childElements, localName, textContent, XmlElement } from '../lib/xml-tree';

export type XliffVersion = '1.2' | '2.0';

/** The start and end halves of paired codes that are two elements, by version: opener → closer, and the attribute naming the pair. */
const SPLIT_PAIRS: Record<XliffVersion, Record<string, { closer: string; key: (element: XmlElement) => string | undefined }>> = {
  '1.2': {
    bpt: { closer: 'ept', key: (element) => attribute(element, 'rid') ?? attribute(element, 'id') ?? attribute(element, 'i') },
    bx: { closer: 'ex', key: (element) => attribute(element, 'rid') ?? attribute(element, 'id') },
  },
  '2.0': {
    sc: { closer: 'ec', key: (element) => attribute(element, 'id') },
    sm: { closer: 'em', key: (element) => attribute(element, 'id') },
  },
};
const CLOSER_KEY: Record<XliffVersion, Record<string, (element: XmlElement) => string | undefined>> = {
  '1.2': {
    ept: (element) => attribute(element, 'rid') ?? attribute(element, 'id') ?? attribute(element, 'i'),
    ex: (element) => attribute(element, 'rid') ?? attribute(element, 'id'),
  },
  '2.0': { ec: (element) => attribute(element, 'startRef'), em: (element) => attribute(element, 'startRef') },
};
/** Elements whose start and end tags wrap translatable content. */
const WRAPPERS: Record<XliffVersion, string[]> = { '1.2': ['g', 'mrk'], '2.0': ['pc', 'mrk'] };

/**
 * Builds a source or target text from XLIFF content. A source's codes are numbered in order of
 * appearance; a target reuses the number of the source code with the same native identity (element
 * and id), and gets new numbers, after the source's, for codes the source does not have.
 */
export class XliffTextBuilder {
  private text = '';
  readonly codes: InlineCode[];
  /** Native identity ("g:1", "bpt:2", "ph:3") → code number. */
  readonly keys: Map<string, number>;

  constructor(
    private readonly reuse: boolean,
    codes: InlineCode[] = [],
    keys = new Map<string, number>(),
  ) {
    this.codes = [...codes];
    this.keys = keys;
  }

  addText(text: string): void {
    let cursor = 0;
    for (const match of text.matchAll(tokenLikePattern())) {
      this.text += text.slice(cursor, match.index);
      this.standalone(`text:${match[0]}`, match[0], `text "${match[0]}"`);
      cursor = match.index + match[0].length;
    }
    this.text += text.slice(cursor);
  }

  open(key: string, open: string, close: string, title: string): number {
    const id = this.codeFor(key, 'paired', () => ({ open, close, title }));
    this.text += openToken(id);
    return id;
  }

  close(id: number): void {
    this.text += closeToken(id);
  }

  standalone(key: string, data: string, title: string): void {
    this.text += standaloneToken(this.codeFor(key, 'standalone', () => ({ data, title })));
  }

  build(preserveSpace: boolean): CodedText {
    const text = preserveSpace ? this.text : this.text.replace(/[ \t\r\n]+/g, ' ').trim();
    return { text, codes: this.codes };
  }

  private codeFor(key: string, kind: InlineCode['kind'], fields: () => Omit<InlineCode, 'id' | 'kind'>): number {
    const known = this.keys.get(key);
    if (this.reuse && known !== undefined && this.codes[known - 1]?.kind === kind) return known;
    const id = this.codes.length + 1;
    this.codes.push({ id, kind, ...fields() });
    if (!this.keys.has(key)) this.keys.set(key, id);
    return id;
  }
}

/**
 * Reads the content of a <source> or <target> (or a nested wrapper) into the builder: text, and each
 * inline element as a code holding the element's markup as the file writes it (`xml` is the file's text).
 * 1.2: <g>, <mrk> paired (protected <mrk> standalone); <bpt>/<ept>, <bx>/<ex> paired when both are there,
 * else standalone; <x/>, <ph>, <it> standalone. 2.0: <pc>, <mrk> paired; <sc>/<ec>, <sm>/<em> paired when
 * both are in the segment, else standalone; <ph/>, <cp/> standalone.
 */
export function readXliffContent(
  container: XmlElement,
  xml: string,
  version: XliffVersion,
  builder: XliffTextBuilder,
  originalData: Map<string, string> = new Map(),
): void {
  const raw = (element: XmlElement): string => xml.slice(element.start, element.end);
  const pairs = pairSplitCodes(container, version);
  const visit = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        builder.addText(child.text);
        continue;
      }
      const name = localName(child);
      const id = attribute(child, 'id') ?? attribute(child, 'mid') ?? '';
      const closing = pairs.closers.get(child);
      if (closing !== undefined) {
        builder.close(closing);
      } else if (pairs.openers.has(child)) {
        const closer = pairs.openers.get(child) as XmlElement;
        const code = builder.open(`${name}:${pairs.keys.get(child)}`, raw(child), raw(closer), codeTitle(child, version, originalData));
        pairs.closers.set(closer, code);
      } else if (WRAPPERS[version].includes(name) && child.startTagEnd !== child.end && !isProtected(child)) {
        const code = builder.open(
          `${name}:${id}`,
          xml.slice(child.start, child.startTagEnd),
          xml.slice(child.endTagStart, child.end),
          codeTitle(child, version, originalData),
        );
        visit(child);
        builder.close(code);
      } else {
        builder.standalone(`${name}:${id}`, raw(child), codeTitle(child, version, originalData));
      }
    }
  };
  visit(container);
}

interface SplitPairs {
  openers: Map<XmlElement, XmlElement>;
  keys: Map<XmlElement, string>;
  /** Closer → code number, filled as openers are read. */
  closers: Map<XmlElement, number>;
}

/** Pairs each opener (<bpt>, <bx>, <sc>, <sm>) with the first later closer of the same key in the same content. */
function pairSplitCodes(container: XmlElement, version: XliffVersion): SplitPairs {
  const openers = new Map<XmlElement, XmlElement>();
  const keys = new Map<XmlElement, string>();
  const waiting: Array<{ opener: XmlElement; closer: string; key: string }> = [];
  const visit = (parent: XmlElement): void => {
    for (const child of childElements(parent)) {
      const name = localName(child);
      const opening = SPLIT_PAIRS[version][name];
      const closerKey = CLOSER_KEY[version][name];
      if (opening) {
        const key = opening.key(child);
        if (key !== undefined && attribute(child, 'isolated') !== 'yes') waiting.push({ opener: child, closer: opening.closer, key });
      } else if (closerKey) {
        const key = closerKey(child);
        const at = waiting.findIndex((open) => open.closer === name && open.key === key);
        if (at >= 0) {
          const [open] = waiting.splice(at, 1);
          openers.set(open.opener, child);
          keys.set(open.opener, open.key);
        }
      } else if (WRAPPERS[version].includes(name)) visit(child);
    }
  };
  visit(container);
  return { openers, keys, closers: new Map() };
}

function isProtected(element: XmlElement): boolean {
  return localName(element) === 'mrk' && (attribute(element, 'mtype') === 'protected' || attribute(element, 'translate') === 'no');
}

/** A tooltip: the native code an element stands for when the file gives it (<bpt>&lt;b></bpt>, originalData), else its tag. */
function codeTitle(element: XmlElement, version: XliffVersion, originalData: Map<string, string>): string {
  const name = localName(element);
  if (name === 'cp') return `character U+${(attribute(element, 'hex') ?? '').toUpperCase()}`;
  const dataRef = attribute(element, 'dataRef') ?? attribute(element, 'dataRefStart');
  const native = dataRef !== undefined ? originalData.get(dataRef) : version === '1.2' && !WRAPPERS['1.2'].includes(name) ? textContent(element) : undefined;
  if (native && native.trim() !== '') return shorten(native.trim());
  const attributes = Object.entries(element.attributes)
    .filter(([key]) => ['id', 'ctype', 'type', 'mtype', 'startRef', 'rid'].includes(key))
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  return `<${element.name}${attributes}>`;
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
