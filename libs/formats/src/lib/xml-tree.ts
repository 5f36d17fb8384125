import { SaxesParser } from 'saxes';
import { FilePosition, FormatError } from './format-error';
import { LIMITS, tooDeep } from './limits';

/** An element of an XML file, with where its tags are in the text (offsets into the parsed string). */
export interface XmlElement {
  type: 'element';
  /** The qualified name as written ("w:p", "target"). */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  parent: XmlElement | null;
  /** Start of "<name"; end of the start tag's ">"; start of the end tag (= startTagEnd and end when self-closing); end of the element. */
  start: number;
  startTagEnd: number;
  endTagStart: number;
  end: number;
}

/** Character data, entities and CDATA decoded. */
export interface XmlText {
  type: 'text';
  text: string;
}

export type XmlNode = XmlElement | XmlText;

/**
 * Reads a well-formed XML document into a tree that remembers where each tag is, so that a filter can
 * cut the original text into skeleton and slots. Throws MALFORMED_XML naming the line and column.
 * `where` names the file or part in the message ("The file", "word/document.xml").
 */
export function readXml(text: string, where = 'The file'): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let lastClosed: XmlElement | undefined;
  parser.on('error', (error) => {
    let reason = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    // saxes reports a mismatched close tag after closing the element left open.
    const open = reason === 'unexpected close tag' ? lastClosed : undefined;
    if (open) {
      const closing = /^<\/([^\s>]+)/.exec(text.slice(text.lastIndexOf('</', parser.position - 1)))?.[1];
      const opened = positionAt(text, open.start);
      reason = `the close tag ${closing ? `</${closing}>` : ''} comes while <${open.name}> (opened at line ${opened.line}, column ${opened.column}) is still open`;
    }
    const position = { line: parser.line, column: parser.column };
    throw new FormatError(
      'MALFORMED_XML',
      `${where} is not well-formed XML at line ${position.line}, column ${position.column}: ${reason}. Fix it in the tool that produced it and upload it again.`,
      position,
    );
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= LIMITS.xmlDepth) throw tooDeep(where, LIMITS.xmlDepth, { line: parser.line, column: parser.column });
    const end = parser.position;
    const start = text.lastIndexOf(`<${tag.name}`, end - 1);
    const element: XmlElement = {
      type: 'element',
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      parent: stack[stack.length - 1] ?? null,
      start,
      startTagEnd: end,
      endTagStart: end,
      end,
    };
    if (element.parent) element.parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', (tag) => {
    const element = stack.pop();
    if (!element) return;
    lastClosed = element;
    element.end = parser.position;
    element.endTagStart = tag.isSelfClosing ? element.end : text.lastIndexOf('</', element.end - 1);
  });
  const addText = (data: string): void => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children[parent.children.length - 1];
    if (last?.type === 'text') last.text += data;
    else parent.children.push({ type: 'text', text: data });
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text).close();
  if (!root) throw new FormatError('MALFORMED_XML', `${where} is not XML: it has no root element.`);
  return root;
}

/** The name without its prefix ("w:p" → "p"). */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

/** Child elements, optionally only those with a local name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.type === 'element' && (name === undefined || localName(child) === name));
}

/** Every descendant element in document order, optionally only those with a local name. */
export function descendants(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (parent: XmlElement): void => {
    for (const child of childElements(parent)) {
      if (name === undefined || localName(child) === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

/** The element's text content, all descendants' text in order. */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (child.type === 'text' ? child.text : textContent(child))).join('');
}

/** An attribute by local name, whatever its prefix (`xml:space` is found as "space"). */
export function attribute(element: XmlElement, name: string): string | undefined {
  if (name in element.attributes) return element.attributes[name];
  const key = Object.keys(element.attributes).find((qualified) => qualified.endsWith(`:${name}`));
  return key === undefined ? undefined : element.attributes[key];
}

/** The value of an attribute on the element or its nearest ancestor that has it (xml:space, translate). */
export function inherited(element: XmlElement | null, name: string): string | undefined {
  for (let current = element; current; current = current.parent) {
    const value = attribute(current, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Line and column (1-based, columns in characters) of an offset in a text. */
export function positionAt(text: string, offset: number): FilePosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: [...before.slice(lineStart)].length + 1 };
}

/** Escapes text for XML character data or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The namespace URI of an element's name, from the xmlns declarations in scope (undefined when none is). */
export function namespaceOf(element: XmlElement): string | undefined {
  const colon = element.name.indexOf(':');
  const declaration = colon < 0 ? 'xmlns' : `xmlns:${element.name.slice(0, colon)}`;
  for (let current: XmlElement | null = element; current; current = current.parent) {
    if (declaration in current.attributes) return current.attributes[declaration];
  }
  return undefined;
}

/** Whether the element is `local` in the namespace `uri`, whatever prefix the file gives it. */
export function isNamed(element: XmlElement, uri: string, local: string): boolean {
  return localName(element) === local && namespaceOf(element) === uri;
}

/** An attribute by namespace URI and local name, whatever prefix the file gives it. */
export function namespacedAttribute(element: XmlElement, uri: string, local: string): string | undefined {
  for (const [qualified, value] of Object.entries(element.attributes)) {
    const colon = qualified.indexOf(':');
    if (colon < 0 || qualified.slice(colon + 1) !== local) continue;
    const declaration = `xmlns:${qualified.slice(0, colon)}`;
    for (let current: XmlElement | null = element; current; current = current.parent) {
      if (declaration in current.attributes) {
        if (current.attributes[declaration] === uri) return value;
        break;
      }
    }
  }
  return undefined;
}
