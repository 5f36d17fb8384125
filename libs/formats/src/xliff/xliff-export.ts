import { Document, DOMImplementation, DOMParser, Element, Node, XMLSerializer } from '@xmldom/xmldom';
import { balanceCodes, isTokenLike, type InlineCode } from '@interlinea/inline-codes';
import { TranslationState } from '../lib/document';
import { XliffVersion } from './xliff-inline';
import { stateAttributes12, stateAttributes20 } from './xliff-states';
import { xmlText } from './xliff-write';

export interface XliffExportUnit {
  id: string;
  /** Source and target texts with code tokens; the codes they refer to are `codes`. */
  source: string;
  target: string | null;
  status: TranslationState | null;
  notes?: Array<string | XliffNote>;
  codes?: InlineCode[];
}

/**
 * A note with who wrote it and when (a comment on the segment). XLIFF 1.2 keeps the author in `from`
 * and what the note is about in `annotates`; 2.0 has neither author nor date, so its `category` says
 * what kind of note it is and `appliesTo` what it is about. The time (and in 2.0 the author) go into
 * attributes of our own namespace (`il:created`, `il:author`).
 */
export interface XliffNote {
  text: string;
  author?: string | null;
  /** ISO 8601 date and time. */
  created?: string;
  /** The note is about the target (one edition) or the source; absent: the unit as a whole. */
  about?: 'source' | 'target';
  /** 2.0 `category` (`comment`, `rejection`). */
  category?: string;
}

/** The namespace of Interlinea's own note attributes. */
export const NOTE_NAMESPACE = 'urn:interlinea:xliff:notes';

export interface XliffExportDocument {
  sourceLanguage: string;
  targetLanguage: string;
  /** The file the units come from (the `original` of the XLIFF <file>). */
  fileName: string;
  units: XliffExportUnit[];
}

const NAMESPACES: Record<XliffVersion, string> = { '1.2': 'urn:oasis:names:tc:xliff:document:1.2', '2.0': 'urn:oasis:names:tc:xliff:document:2.0' };
/** Native elements a code may already hold (from an XLIFF of the same version), written back as they are. */
const NATIVE_STANDALONE: Record<XliffVersion, string[]> = {
  '1.2': ['x', 'ph', 'it', 'bx', 'ex', 'bpt', 'ept', 'g', 'mrk'],
  '2.0': ['ph', 'cp', 'sc', 'ec', 'sm', 'em', 'pc', 'mrk'],
};
const NATIVE_WRAPPERS: Record<XliffVersion, string[]> = { '1.2': ['g', 'mrk'], '2.0': ['pc', 'mrk'] };
const NATIVE_SPLIT: Record<XliffVersion, Array<[string, string]>> = {
  '1.2': [
    ['bpt', 'ept'],
    ['bx', 'ex'],
  ],
  '2.0': [
    ['sc', 'ec'],
    ['sm', 'em'],
  ],
};

/**
 * Writes units as an XLIFF 1.2 or 2.0 file other CAT tools read: one <trans-unit> (1.2) or <unit> with
 * one <segment> (2.0) per unit, xml:space="preserve" so texts come back exactly, statuses as in
 * xliff-states, notes. A code that holds a native element of the same XLIFF version is written as
 * that element; any other code is written as a native code carrying its markup: 1.2 <bpt>/<ept> and
 * <ph>, 2.0 <pc>/<ph> with the markup in <originalData>. Built with a DOM and serialised, never by
 * pasting text together. Re-importing the file gives the same ids, texts, statuses and notes.
 */
export function exportXliff(document: XliffExportDocument, version: XliffVersion): Uint8Array {
  const ns = NAMESPACES[version];
  const doc = new DOMImplementation().createDocument(ns, 'xliff', null);
  const root = doc.documentElement as Element;
  const add = (parent: Element, name: string, attributes: Record<string, string> = {}, depth = 0): Element => {
    const element = doc.createElementNS(ns, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
    parent.appendChild(element);
    return element;
  };
  const closeIndent = (parent: Element, depth: number): void => {
    parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
  };

  root.setAttribute('version', version);
  if (document.units.some((unit) => unit.notes?.some((note) => typeof note !== 'string')))
    root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:il', NOTE_NAMESPACE);
  const writeNote = (element: Element, note: string | XliffNote): void => {
    if (typeof note !== 'string') {
      if (note.author && version === '2.0') element.setAttributeNS(NOTE_NAMESPACE, 'il:author', note.author); // 1.2 has `from`
      if (note.created) element.setAttributeNS(NOTE_NAMESPACE, 'il:created', note.created);
    }
    element.appendChild(doc.createTextNode(xmlText(typeof note === 'string' ? note : note.text)));
  };
  let container: Element;
  if (version === '1.2') {
    const file = add(
      root,
      'file',
      { original: document.fileName, datatype: 'plaintext', 'source-language': document.sourceLanguage, 'target-language': document.targetLanguage },
      1,
    );
    container = add(file, 'body', {}, 2);
    closeIndent(file, 1);
  } else {
    root.setAttribute('srcLang', document.sourceLanguage);
    root.setAttribute('trgLang', document.targetLanguage);
    container = add(root, 'file', { id: 'f1', original: document.fileName }, 1);
  }
  for (const unit of document.units) {
    const codes = unit.codes ?? [];
    const writer = new InlineWriter(doc, ns, version, codes);
    if (version === '1.2') {
      const states = stateAttributes12(unit.status);
      const element = add(container, 'trans-unit', { id: unit.id, 'xml:space': 'preserve', ...states.unit }, 3);
      writer.write(add(element, 'source', {}, 4), unit.source);
      if (unit.target !== null) writer.write(add(element, 'target', states.target, 4), unit.target);
      for (const note of unit.notes ?? []) writeNote(add(element, 'note', noteAttributes12(note), 4), note);
      closeIndent(element, 3);
    } else {
      const element = add(container, 'unit', { id: unit.id, 'xml:space': 'preserve' }, 2);
      if (unit.notes?.length) {
        const notes = add(element, 'notes', {}, 3);
        for (const note of unit.notes) writeNote(add(notes, 'note', noteAttributes20(note), 4), note);
        closeIndent(notes, 3);
      }
      const originalData = add(element, 'originalData', {}, 3);
      const segment = add(element, 'segment', stateAttributes20(unit.status, unit.target !== null), 3);
      writer.write(add(segment, 'source', {}, 4), unit.source);
      if (unit.target !== null) writer.write(add(segment, 'target', {}, 4), unit.target);
      closeIndent(segment, 3);
      for (const [id, data] of writer.originalData) add(originalData, 'data', { id }, 4).appendChild(doc.createTextNode(xmlText(data)));
      if (writer.originalData.size === 0) {
        element.removeChild(originalData.previousSibling as Node);
        element.removeChild(originalData);
      } else closeIndent(originalData, 3);
      closeIndent(element, 2);
    }
  }
  closeIndent(container, version === '1.2' ? 2 : 1);
  closeIndent(root, 0);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
  return new TextEncoder().encode(xml);
}

function noteAttributes12(note: string | XliffNote): Record<string, string> {
  if (typeof note === 'string') return {};
  return { ...(note.author ? { from: note.author } : {}), annotates: note.about ?? 'general' };
}

function noteAttributes20(note: string | XliffNote): Record<string, string> {
  if (typeof note === 'string') return {};
  return { ...(note.category ? { category: note.category } : {}), ...(note.about ? { appliesTo: note.about } : {}) };
}

type Native = { kind: 'element'; element: Element } | { kind: 'wrapper'; element: Element } | { kind: 'split'; open: Element; close: Element };

/** Writes a text's pieces into a <source> or <target>, each code as its native element or a new one. */
class InlineWriter {
  /** 2.0: the markup of codes written as new <pc>/<ph>, by data id. */
  readonly originalData = new Map<string, string>();
  private readonly natives = new Map<number, Native | null>();
  private readonly freshIds = new Map<number, string>();

  constructor(
    private readonly doc: Document,
    private readonly ns: string,
    private readonly version: XliffVersion,
    private readonly codes: InlineCode[],
  ) {
    const usedIds = new Set<string>();
    for (const code of codes) {
      const native = this.nativeOf(code);
      this.natives.set(code.id, native);
      if (native) for (const element of native.kind === 'split' ? [native.open, native.close] : [native.element]) usedIds.add(element.getAttribute('id') ?? '');
    }
    for (const code of codes) {
      let id = String(code.id);
      while (usedIds.has(id)) id = `c${id}`;
      this.freshIds.set(code.id, id);
    }
  }

  write(container: Element, text: string): void {
    const stack: Element[] = [container];
    const current = (): Element => stack[stack.length - 1];
    for (const piece of balanceCodes(text, this.codes, (code) => this.natives.get(code.id)?.kind === 'split')) {
      if (piece.type === 'text') {
        current().appendChild(this.doc.createTextNode(xmlText(piece.text)));
        continue;
      }
      const { code } = piece;
      const native = this.natives.get(code.id);
      const id = this.freshIds.get(code.id) ?? String(code.id);
      if (piece.type === 'standalone') {
        if (code.data !== undefined && isTokenLike(code.data)) current().appendChild(this.doc.createTextNode(code.data));
        else if (native?.kind === 'element') current().appendChild(this.copy(native.element));
        else current().appendChild(this.fresh('ph', id, code.data ?? '', `d${code.id}`));
      } else if (piece.type === 'open') {
        if (native?.kind === 'wrapper' || (!native && this.version === '2.0')) {
          const element = native?.kind === 'wrapper' ? this.copy(native.element) : this.freshPc(code, id);
          current().appendChild(element);
          stack.push(element);
        } else if (native?.kind === 'split') current().appendChild(this.copy(native.open));
        else current().appendChild(this.fresh('bpt', id, code.open ?? ''));
      } else {
        if (native?.kind === 'wrapper' || (!native && this.version === '2.0')) stack.pop();
        else if (native?.kind === 'split') current().appendChild(this.copy(native.close));
        else current().appendChild(this.fresh('ept', id, code.close ?? ''));
      }
    }
  }

  /** 1.2 <bpt>/<ept>/<ph> holding the markup as text; 2.0 <ph dataRef> with the markup in originalData. */
  private fresh(name: string, id: string, markup: string, dataId?: string): Element {
    const element = this.doc.createElementNS(this.ns, name);
    element.setAttribute('id', id);
    if (this.version === '1.2') element.appendChild(this.doc.createTextNode(xmlText(markup)));
    else if (dataId && markup !== '') {
      this.originalData.set(dataId, markup);
      element.setAttribute('dataRef', dataId);
    }
    return element;
  }

  private freshPc(code: InlineCode, id: string): Element {
    const element = this.doc.createElementNS(this.ns, 'pc');
    element.setAttribute('id', id);
    if (code.open) {
      this.originalData.set(`d${code.id}`, code.open);
      element.setAttribute('dataRefStart', `d${code.id}`);
    }
    if (code.close) {
      this.originalData.set(`d${code.id}e`, code.close);
      element.setAttribute('dataRefEnd', `d${code.id}e`);
    }
    return element;
  }

  private copy(element: Element): Element {
    return this.doc.importNode(element, true) as Element;
  }

  /** The native XLIFF element(s) a code holds, when it holds ones of this version. */
  private nativeOf(code: InlineCode): Native | null {
    const { version } = this;
    if (code.kind === 'standalone') {
      const [element] = this.parse(code.data ?? '');
      return element && NATIVE_STANDALONE[version].includes(element.localName ?? '') ? { kind: 'element', element } : null;
    }
    const [wrapper, ...rest] = this.parse(`${code.open ?? ''}${code.close ?? ''}`);
    if (wrapper && rest.length === 0 && NATIVE_WRAPPERS[version].includes(wrapper.localName ?? '') && !wrapper.firstChild)
      return { kind: 'wrapper', element: wrapper };
    const [open] = this.parse(code.open ?? '');
    const [close] = this.parse(code.close ?? '');
    const split = open && close && NATIVE_SPLIT[version].some(([opener, closer]) => open.localName === opener && close.localName === closer);
    return split ? { kind: 'split', open, close } : null;
  }

  /** The elements a piece of markup is, when it is well-formed XML made of elements only; else none. */
  private parse(markup: string): Element[] {
    if (!markup.trim().startsWith('<')) return [];
    try {
      const parsed = new DOMParser({
        onError: (level, message) => {
          if (level !== 'warning') throw new Error(message);
        },
      }).parseFromString(`<w xmlns="${this.ns}">${markup}</w>`, 'text/xml');
      const children = Array.from(parsed.documentElement?.childNodes ?? []);
      if (children.some((node) => node.nodeType !== node.ELEMENT_NODE)) return [];
      return children as Element[];
    } catch {
      return [];
    }
  }
}
