import { attribute, childElements, textContent, XmlElement } from '../lib/xml-tree';
import { wordName } from './docx-names';

/** The formatting a piece of a paragraph is written with: its run properties inside wrappers (hyperlink, content control…). */
export interface RunContext {
  /** `<w:rPr>…</w:rPr>` as written, or "". */
  rPr: string;
  /** Start markup of each wrapper, outermost first, and the end markup, innermost first. */
  open: string[];
  close: string[];
  /** For the translator: what the formatting is ("bold", "link → https://…"). */
  description: string[];
}

/** A piece of a paragraph's content, in order: text, or something that is not text (a tab, a drawing, a field, a bookmark). */
export type ParagraphItem =
  | { kind: 'text'; text: string; context: RunContext; child: number }
  | { kind: 'code'; xml: string; inRun: boolean; title: string; context: RunContext; child: number };

/** Children of a paragraph (or of a wrapper) whose start and end tags wrap runs. */
const WRAPPERS = new Set(['w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:customXml', 'w:dir', 'w:bdo', 'w:moveTo']);
const SKIPPED = new Set(['w:pPr', 'w:proofErr', 'w:lastRenderedPageBreak', 'w:rPr']);
const RUN_CODE_TITLES: Record<string, string> = {
  'w:tab': 'tab',
  'w:cr': 'line break',
  'w:drawing': 'image',
  'w:pict': 'image',
  'w:object': 'embedded object',
  'mc:AlternateContent': 'image',
  'w:sym': 'symbol',
  'w:noBreakHyphen': 'non-breaking hyphen',
  'w:softHyphen': 'soft hyphen',
  'w:commentReference': 'comment',
  'w:footnoteRef': 'footnote mark',
  'w:endnoteRef': 'endnote mark',
  'w:separator': 'separator',
  'w:continuationSeparator': 'separator',
};

/**
 * The items of a paragraph's content, each with the top-level child of the paragraph it comes from.
 * Complex fields (w:fldChar begin … end) are one code holding their runs; deleted text, bookmarks,
 * comment ranges and equations are codes outside runs; proofing marks are dropped.
 */
export function paragraphItems(
  paragraph: XmlElement,
  xml: string,
  links: Map<string, string>,
  slice: (from: number, to: number) => string = (from, to) => xml.slice(from, to),
): ParagraphItem[] {
  const items: ParagraphItem[] = [];
  const base: RunContext = { rPr: '', open: [], close: [], description: [] };
  /** A complex field being read; `result`: its visible text is read as text, inside the field's begin…separate and end runs as a wrapper. */
  let field: {
    depth: number;
    start: number;
    instruction: string;
    child: number;
    context: RunContext;
    result?: { wrapper: RunContext; from: number; broken: boolean };
  } | null = null;
  const raw = (element: XmlElement): string => slice(element.start, element.end);
  const onlyFieldChar = (run: XmlElement): boolean => childElements(run).every((part) => wordName(part) === 'w:rPr' || wordName(part) === 'w:fldChar');
  const fieldTitle = (instruction: string): string => `field: ${instruction.trim().split(/\s+/).slice(0, 2).join(' ')}`;

  const readRun = (run: XmlElement, context: RunContext, child: number): void => {
    const rPr = childElements(run, 'rPr')[0];
    const from = field?.result && field.depth === 1 ? field.result.wrapper : context;
    const runContext = { ...from, rPr: rPr ? raw(rPr) : '', description: [...from.description, ...describeRunProperties(rPr)] };
    for (const part of childElements(run)) {
      const fieldChar = wordName(part) === 'w:fldChar' ? attribute(part, 'fldCharType') : undefined;
      if (fieldChar === 'begin') {
        if (field) {
          field.depth += 1;
          if (field.result) field.result.broken = true; // a field in a field's result: the whole field stays one code
        } else field = { depth: 1, start: run.start, instruction: '', child, context };
      }
      if (field && !(field.result && field.depth === 1 && fieldChar === undefined)) {
        if (wordName(part) === 'w:instrText') field.instruction += textContent(part);
        if (fieldChar === 'separate' && field.depth === 1 && !field.result && onlyFieldChar(run)) {
          const wrapper: RunContext = {
            rPr: '',
            open: [...field.context.open, slice(field.start, run.end)],
            close: [...field.context.close],
            description: [...field.context.description, fieldTitle(field.instruction)],
          };
          field.result = { wrapper, from: items.length, broken: false };
        }
        if (fieldChar === 'end' && --field.depth === 0) {
          const result = field.result;
          const visible =
            result && !result.broken && onlyFieldChar(run) && items.slice(result.from).some((item) => item.kind === 'text' && /\p{L}/u.test(item.text));
          if (result && visible) {
            // The field's visible text (a hyperlink's, a cross-reference's) is translated; its code is the field around it.
            result.wrapper.close.unshift(slice(run.start, run.end));
          } else {
            if (result) items.length = result.from;
            items.push({
              kind: 'code',
              xml: slice(field.start, run.end),
              inRun: false,
              title: fieldTitle(field.instruction),
              context: field.context,
              child: field.child,
            });
          }
          field = null;
        }
        continue;
      }
      if (SKIPPED.has(wordName(part))) continue;
      if (wordName(part) === 'w:t') items.push({ kind: 'text', text: textContent(part), context: runContext, child });
      else if (wordName(part) === 'w:br') {
        const type = attribute(part, 'type');
        items.push({
          kind: 'code',
          xml: raw(part),
          inRun: true,
          title: type === 'page' ? 'page break' : type === 'column' ? 'column break' : 'line break',
          context: runContext,
          child,
        });
      } else if (wordName(part) === 'w:footnoteReference' || wordName(part) === 'w:endnoteReference') {
        items.push({
          kind: 'code',
          xml: raw(part),
          inRun: true,
          title: `${wordName(part) === 'w:footnoteReference' ? 'footnote' : 'endnote'} ${attribute(part, 'id') ?? ''}`,
          context: runContext,
          child,
        });
      } else items.push({ kind: 'code', xml: raw(part), inRun: true, title: RUN_CODE_TITLES[wordName(part)] ?? `<${part.name}>`, context: runContext, child });
    }
  };

  /** Reads a paragraph's children (`top` undefined) or a wrapper's (`top`: the paragraph child it is in). */
  const readContent = (parent: XmlElement, context: RunContext, top?: number): void => {
    childElements(parent).forEach((element, index) => {
      const child = top ?? index;
      if (SKIPPED.has(wordName(element))) return;
      if (wordName(element) === 'w:r') return readRun(element, context, child);
      if (field) {
        // a field's runs are read as part of it; anything else inside it stays with it (and keeps it one code)
        if (field.result) field.result.broken = true;
        return;
      }
      const content = wordName(element) === 'w:sdt' ? childElements(element, 'sdtContent')[0] : WRAPPERS.has(wordName(element)) ? element : undefined;
      if (content && element.startTagEnd !== element.end) {
        const link = wordName(element) === 'w:hyperlink' ? (links.get(attribute(element, 'id') ?? '') ?? `#${attribute(element, 'anchor') ?? ''}`) : undefined;
        const inner: RunContext = {
          rPr: '',
          open: [...context.open, xml.slice(element.start, content.startTagEnd)],
          close: [xml.slice(content.endTagStart, element.end), ...context.close],
          description: [
            ...context.description,
            link !== undefined
              ? `link → ${link}`
              : wordName(element) === 'w:sdt'
                ? 'content control'
                : wordName(element) === 'w:ins'
                  ? 'inserted'
                  : `<${element.name}>`,
          ],
        };
        readContent(content, inner, child);
        return;
      }
      const title = wordName(element).startsWith('w:bookmark')
        ? 'bookmark'
        : wordName(element).startsWith('w:comment')
          ? 'comment'
          : wordName(element) === 'w:del'
            ? 'deleted text'
            : wordName(element).startsWith('m:')
              ? 'equation'
              : `<${element.name}>`;
      items.push({ kind: 'code', xml: raw(element), inRun: false, title, context: base, child });
    });
  };

  readContent(paragraph, base);
  return items;
}

/** A short description of run properties for a code's tooltip: "bold, italic", "style Emphasis". */
export function describeRunProperties(rPr: XmlElement | undefined): string[] {
  if (!rPr) return [];
  const on = (name: string): boolean => {
    const element = childElements(rPr).find((child) => wordName(child) === name);
    return element !== undefined && !['0', 'false', 'none'].includes(attribute(element, 'val') ?? 'true');
  };
  const found: string[] = [];
  const style = childElements(rPr).find((child) => wordName(child) === 'w:rStyle');
  if (style) found.push(`style ${attribute(style, 'val')}`);
  if (on('w:b')) found.push('bold');
  if (on('w:i')) found.push('italic');
  if (on('w:u')) found.push('underline');
  if (on('w:strike') || on('w:dstrike')) found.push('strikethrough');
  const vertical = childElements(rPr).find((child) => wordName(child) === 'w:vertAlign');
  if (vertical) found.push(attribute(vertical, 'val') ?? 'superscript');
  if (on('w:highlight')) found.push('highlight');
  if (on('w:color')) found.push('colour');
  if (on('w:caps') || on('w:smallCaps')) found.push('capitals');
  return found;
}
