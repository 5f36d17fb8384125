import { BilingualUnit, Block, BlockSlot, ParsedDocument, Skeleton } from '../lib/document';
import { FormatError } from '../lib/format-error';
import { stripCodes } from '@interlinea/inline-codes';
import { attribute, childElements, descendants, escapeXml, inherited, localName, positionAt, readXml, textContent, XmlElement } from '../lib/xml-tree';
import { readXliffContent, XliffTextBuilder, XliffVersion } from './xliff-inline';
import { markedTranslated12, markedTranslated20, stateOf12, stateOf20 } from './xliff-states';
import { checkUnitCodes } from './xliff-validate';

type XliffDocument = Pick<ParsedDocument, 'blocks' | 'skeleton' | 'bilingual' | 'unmarkedTargets'>;

/** A translatable segment as the file has it: a 1.2 <trans-unit> or a 2.0 <segment>. */
interface XliffSegment {
  id: string;
  source: XmlElement;
  target: XmlElement | null;
  /** Where a missing target goes: the end of this element (the <source>, or the 1.2 <seg-source>). */
  after: XmlElement;
  /** How a missing target is written around the text (default: <target>…</target>). */
  wrap?: { open: string; close: string };
  preserveSpace: boolean;
  notes: string[];
  state: (targetText: string | null) => BilingualUnit['state'];
  /** Whether the file marks the target as translated (not just a copy made to fill it). */
  markedTranslated: boolean;
  originalData: Map<string, string>;
  /** XLIFF 2.0: the <segment>, whose `state` the export writes. */
  segment?: XmlElement;
}

/**
 * XLIFF 1.2 and 2.0, bilingual. Each translatable 1.2 <trans-unit> and each 2.0 <segment> (of a unit
 * whose `translate` is not "no") with text in its source is a block: the source's text, inline
 * elements as codes. The skeleton is the file itself; a block's slot is its target's content (a missing
 * target is written after the source), so the export is the file with the translations as targets.
 * Whitespace is collapsed unless xml:space="preserve". `bilingual` gives the languages and the targets,
 * statuses (see xliff-states) and notes already in the file.
 */
export function readXliff(bom: string, xml: string): XliffDocument {
  const root = readXml(xml);
  if (localName(root) !== 'xliff') {
    throw new FormatError('INVALID_XLIFF', `The file is XML but not XLIFF: its root element is <${root.name}>, not <xliff>.`, positionAt(xml, root.start));
  }
  const version: XliffVersion = (attribute(root, 'version') ?? '').startsWith('2') || (attribute(root, 'xmlns') ?? '').includes(':2.') ? '2.0' : '1.2';
  const segments = version === '2.0' ? segments20(root, xml) : segments12(root);
  const firstFile = childElements(root, 'file')[0];
  const sourceLanguage = (version === '2.0' ? attribute(root, 'srcLang') : firstFile && attribute(firstFile, 'source-language')) ?? '';
  const targetLanguage = (version === '2.0' ? attribute(root, 'trgLang') : firstFile && attribute(firstFile, 'target-language')) ?? null;

  const blocks: Block[] = [];
  const units: BilingualUnit[] = [];
  const unmarkedTargets: number[] = [];
  const parts: Skeleton['parts'] = [];
  let cursor = 0;
  for (const segment of segments) {
    const source = new XliffTextBuilder(false);
    readXliffContent(segment.source, xml, version, source, segment.originalData);
    const { text, codes: sourceCodes } = source.build(segment.preserveSpace);
    if (stripCodes(text).trim() === '') continue;
    let target: string | null = null;
    let codes = sourceCodes;
    if (segment.target) {
      const builder = new XliffTextBuilder(true, sourceCodes, source.keys);
      readXliffContent(segment.target, xml, version, builder, segment.originalData);
      ({ text: target, codes } = builder.build(segment.preserveSpace));
      if (stripCodes(target).trim() === '') target = null;
    }
    const slot: BlockSlot = { block: blocks.length };
    if (codes.length > 0) slot.codes = codes;
    const [start, end] = slotRange(segment, slot, xml, version === '2.0' ? null : (target ?? ''));
    parts.push(bom + xml.slice(cursor, start), slot);
    bom = '';
    cursor = end;
    blocks.push(codes.length > 0 ? { kind: 'paragraph', text, codes } : { kind: 'paragraph', text });
    units.push({ blockIndex: blocks.length - 1, target, state: segment.state(target), notes: segment.notes, id: segment.id });
    if (target !== null && !segment.markedTranslated) unmarkedTargets.push(blocks.length - 1);
  }
  parts.push(bom + xml.slice(cursor));
  return {
    blocks,
    skeleton: { format: 'xliff', parts: parts.filter((part) => part !== '') },
    bilingual: { sourceLanguage, targetLanguage, units },
    ...(unmarkedTargets.length > 0 ? { unmarkedTargets } : {}),
  };
}

/** The range a slot replaces: the target's content; the whole of an empty <target/>; nothing after the source when there is no target. */
function slotRange(segment: XliffSegment, slot: BlockSlot, xml: string, targetText12: string | null): [number, number] {
  const [start, end] = targetRange(segment, slot, xml, targetText12);
  if (!segment.segment) return [start, end];
  // XLIFF 2.0: the <segment> start tag (and what follows up to the target) goes with the slot, so that the export can write its state.
  slot.segmentHead = xml.slice(segment.segment.start, start);
  return [segment.segment.start, end];
}

function targetRange(segment: XliffSegment, slot: BlockSlot, xml: string, targetText12: string | null): [number, number] {
  const { target, after } = segment;
  if (!target) {
    slot.wrap = segment.wrap ?? { open: '<target>', close: '</target>' };
    return [after.end, after.end];
  }
  if (target.startTagEnd === target.end) {
    slot.wrap = { open: xml.slice(target.start, target.end).replace(/\s*\/>$/, '>'), close: `</${target.name}>` };
    return [target.start, target.end];
  }
  if (targetText12 === null) return [target.startTagEnd, target.endTagStart];
  // XLIFF 1.2: the start tag goes with the slot, so that the export can write the target's state.
  slot.targetTag = xml.slice(target.start, target.startTagEnd);
  slot.original = { text: targetText12, markup: xml.slice(target.startTagEnd, target.endTagStart) };
  return [target.start, target.endTagStart];
}

function segments12(root: XmlElement): XliffSegment[] {
  return descendants(root, 'trans-unit')
    .filter((unit) => inherited(unit, 'translate') !== 'no')
    .flatMap((unit, index) => {
      const source = childElements(unit, 'source')[0];
      if (!source) return [];
      const target = childElements(unit, 'target')[0] ?? null;
      const segment: XliffSegment = {
        id: attribute(unit, 'id') ?? String(index + 1),
        source,
        target,
        after: childElements(unit, 'seg-source')[0] ?? source,
        preserveSpace: inherited(source, 'space') === 'preserve',
        notes: childElements(unit, 'note').map((note) => textContent(note).trim()),
        state: (targetText: string | null) => stateOf12(unit, target, targetText),
        markedTranslated: markedTranslated12(unit, target),
        originalData: new Map(),
      };
      return segmentedUnit(segment) ?? [segment];
    });
}

/**
 * A 1.2 unit segmented in <seg-source> (Trados, Okapi): one segment per <mrk mtype="seg">, its target
 * the target's <mrk> with the same mid (written into a new target when there is none). Undefined when
 * the unit is not segmented, or its target does not have the source's segments.
 */
function segmentedUnit(unit: XliffSegment): XliffSegment[] | undefined {
  const isSegment = (mark: XmlElement): boolean => attribute(mark, 'mtype') === 'seg';
  const sourceMarks = unit.after === unit.source ? [] : descendants(unit.after, 'mrk').filter(isSegment);
  const targetMarks = unit.target ? descendants(unit.target, 'mrk').filter(isSegment) : [];
  const mid = (mark: XmlElement): string => attribute(mark, 'mid') ?? '';
  if (sourceMarks.length === 0) return undefined;
  if (unit.target && sourceMarks.some((mark) => !targetMarks.some((target) => mid(target) === mid(mark)))) return undefined;
  return sourceMarks.map((mark, i) => ({
    ...unit,
    id: `${unit.id}/${mid(mark)}`,
    source: mark,
    target: targetMarks.find((target) => mid(target) === mid(mark)) ?? null,
    wrap: {
      open: `${i === 0 ? '<target>' : ''}<mrk mtype="seg" mid="${escapeXml(mid(mark))}">`,
      close: `</mrk>${i === sourceMarks.length - 1 ? '</target>' : ''}`,
    },
  }));
}

function segments20(root: XmlElement, xml: string): XliffSegment[] {
  return descendants(root, 'unit').flatMap((unit) => {
    checkUnitCodes(unit, xml);
    if (inherited(unit, 'translate') === 'no') return [];
    const unitId = attribute(unit, 'id') ?? '';
    const notes = childElements(unit, 'notes').flatMap((list) => childElements(list, 'note').map((note) => textContent(note).trim()));
    const originalData = new Map(
      childElements(unit, 'originalData').flatMap((list) =>
        childElements(list, 'data').map((data): [string, string] => [attribute(data, 'id') ?? '', textContent(data)]),
      ),
    );
    const segments = childElements(unit, 'segment');
    return segments.flatMap((segment, index) => {
      const source = childElements(segment, 'source')[0];
      if (!source) return [];
      return [
        {
          id: segments.length === 1 ? unitId : `${unitId}/${attribute(segment, 'id') ?? index + 1}`,
          source,
          target: childElements(segment, 'target')[0] ?? null,
          after: source,
          preserveSpace: inherited(source, 'space') === 'preserve',
          notes,
          state: (targetText: string | null) => stateOf20(segment, targetText),
          markedTranslated: markedTranslated20(segment),
          originalData,
          segment,
        },
      ];
    });
  });
}
