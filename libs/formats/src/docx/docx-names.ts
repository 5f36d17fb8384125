import { localName, namespaceOf, XmlElement } from '../lib/xml-tree';

/** WordprocessingML's namespace, and the prefixes Word gives it and Office Math's. */
export const WORD_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const USUAL_PREFIXES: Record<string, string> = {
  [WORD_NAMESPACE]: 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
};

const names = new WeakMap<XmlElement, string>();

/**
 * The element's name with the prefix Word usually gives its namespace, whatever prefix the file binds
 * to it: `<ns0:p xmlns:ns0="…/wordprocessingml/2006/main">` is "w:p"; an element of another namespace
 * is "{uri}local", so that a `w:` bound elsewhere never passes for WordprocessingML.
 */
export function wordName(element: XmlElement): string {
  let name = names.get(element);
  if (name === undefined) {
    const uri = namespaceOf(element) ?? '';
    const prefix = USUAL_PREFIXES[uri];
    name = prefix ? `${prefix}:${localName(element)}` : `{${uri}}${localName(element)}`;
    names.set(element, name);
  }
  return name;
}

/** The prefix (with its colon, or "" for the default namespace) the file writes an element with. */
export function prefixOf(element: XmlElement): string {
  return element.name.slice(0, element.name.indexOf(':') + 1);
}
