import { FormatError } from '../lib/format-error';
import { attribute, childElements, descendants, localName, positionAt, XmlElement } from '../lib/xml-tree';

/**
 * XLIFF 2.0 rules a reader must enforce on a unit's codes, in its sources and, separately, in its
 * targets (segments in order): an <ec startRef> needs an <sc> with that id before it, an <em startRef>
 * an <sm> before it, and every <sm> an <em> after it. Throws INVALID_XLIFF naming the element and its place.
 */
export function checkUnitCodes(unit: XmlElement, xml: string): void {
  for (const side of ['source', 'target']) {
    const contents = childElements(unit, 'segment')
      .concat(childElements(unit, 'ignorable'))
      .sort((a, b) => a.start - b.start)
      .flatMap((segment) => childElements(segment, side));
    const opened = new Map<string, XmlElement>();
    const closedMarkers = new Set<string>();
    for (const element of contents.flatMap((content) => descendants(content))) {
      const name = localName(element);
      if (name === 'sc' || name === 'sm') opened.set(`${name}:${attribute(element, 'id')}`, element);
      if ((name === 'ec' || name === 'em') && attribute(element, 'startRef') !== undefined) {
        const startRef = attribute(element, 'startRef');
        const opener = name === 'ec' ? 'sc' : 'sm';
        if (!opened.has(`${opener}:${startRef}`)) {
          throw invalid(xml, element, unit, `closes <${opener} id="${startRef}">, which is not opened before it`);
        }
        if (name === 'em') closedMarkers.add(`sm:${startRef}`);
      }
    }
    for (const [key, element] of opened) {
      if (key.startsWith('sm:') && !closedMarkers.has(key)) {
        throw invalid(xml, element, unit, `is never closed: no <em startRef="${attribute(element, 'id')}"> follows it`);
      }
    }
  }
}

function invalid(xml: string, element: XmlElement, unit: XmlElement, problem: string): FormatError {
  const position = positionAt(xml, element.start);
  const tag = xml.slice(element.start, element.startTagEnd);
  return new FormatError(
    'INVALID_XLIFF',
    `The file is not valid XLIFF 2.0: ${tag} at line ${position.line}, column ${position.column} (unit "${attribute(unit, 'id') ?? ''}") ${problem}.`,
    position,
  );
}
