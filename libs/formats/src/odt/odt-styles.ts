import { childElements, descendants, isNamed, namespacedAttribute, XmlElement } from '../lib/xml-tree';
import { NS } from './odt-package';

/**
 * A short description of each text style for a code's tooltip ("bold, italic", "style Emphasis"), by
 * style name: automatic styles by what they set, named styles by their display name.
 */
export function describeTextStyles(roots: XmlElement[]): Map<string, string> {
  const described = new Map<string, string>();
  for (const root of roots) {
    for (const style of descendants(root, 'style')) {
      if (!isNamed(style, NS.style, 'style') || namespacedAttribute(style, NS.style, 'family') !== 'text') continue;
      const name = namespacedAttribute(style, NS.style, 'name');
      if (!name) continue;
      const properties = childElements(style).find((child) => isNamed(child, NS.style, 'text-properties'));
      const found: string[] = [];
      const parent = namespacedAttribute(style, NS.style, 'parent-style-name');
      const display = namespacedAttribute(style, NS.style, 'display-name');
      if (parent) found.push(`style ${parent}`);
      if (properties) {
        const get = (uri: string, local: string): string | undefined => namespacedAttribute(properties, uri, local);
        if (get(NS.fo, 'font-weight') === 'bold') found.push('bold');
        if (get(NS.fo, 'font-style') === 'italic') found.push('italic');
        if ((get(NS.style, 'text-underline-style') ?? 'none') !== 'none') found.push('underline');
        if ((get(NS.style, 'text-line-through-style') ?? 'none') !== 'none') found.push('strikethrough');
        const position = get(NS.style, 'text-position');
        if (position) found.push(position.startsWith('sub') || position.startsWith('-') ? 'subscript' : 'superscript');
        if (get(NS.fo, 'background-color') && get(NS.fo, 'background-color') !== 'transparent') found.push('highlight');
        if (get(NS.fo, 'color')) found.push('colour');
        if (get(NS.fo, 'font-variant') === 'small-caps' || get(NS.fo, 'text-transform') === 'uppercase') found.push('capitals');
      }
      described.set(name, found.length > 0 ? found.join(', ') : `style ${display ?? name}`);
    }
  }
  return described;
}
