import { DOMParser } from '@xmldom/xmldom';
import { GlossaryFileError, type GlossaryEntry } from './csv';

/** One term of a TBX concept in one language. */
export interface TbxTerm {
  text: string;
  /** Deprecated, superseded or not recommended: a forbidden variant. */
  forbidden: boolean;
}

/** A TBX concept (`termEntry`): its terms per language (primary subtag, lower case) and a note. */
export interface TbxConcept {
  id: string | null;
  note: string | null;
  terms: Record<string, TbxTerm[]>;
}

type XmlElement = ReturnType<DOMParser['parseFromString']>['documentElement'] & object;

const FORBIDDEN_STATUS = /deprecated|superseded|notrecommended|not-recommended|admitted-not|rejected/i;

function children(element: XmlElement, name?: string): XmlElement[] {
  const result: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (!name || (node as XmlElement).localName === name)) result.push(node as XmlElement);
  }
  return result;
}

/** Elements named `name` under `element` (not looking inside a match), in document order; iterative, so deep files cannot overflow the stack. */
function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = children(element).reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.localName === name) found.push(next);
    else stack.push(...children(next).reverse());
  }
  return found;
}

/** Elements inside elements a TBX file may have: real ones have fewer than ten. */
export const TBX_MAX_DEPTH = 64;

/** Refuses a tree nested deeper than TBX_MAX_DEPTH (before anything walks it recursively). */
function assertDepth(root: XmlElement): void {
  const stack: Array<[XmlElement, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > TBX_MAX_DEPTH) {
      throw new GlossaryFileError(
        `The TBX file nests elements more than ${TBX_MAX_DEPTH} deep (at <${element.localName}>): no glossary does.`,
        undefined,
        'NESTING_TOO_DEEP',
      );
    }
    for (const child of children(element)) stack.push([child, depth + 1]);
  }
}

const textOf = (element: XmlElement): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

function languageOf(element: XmlElement): string {
  const lang = element.getAttribute('xml:lang') ?? element.getAttribute('lang') ?? '';
  return lang.split(/[-_]/)[0].toLowerCase();
}

/** Reads TBX (2008 `martif` and TBX v3 `tbx`) with an XML parser; every `termEntry`/`conceptEntry` becomes a concept. */
export function parseTbx(xml: string): TbxConcept[] {
  const errors: string[] = [];
  let root: XmlElement | null = null;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message);
      },
    });
    root = parser.parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml').documentElement;
  } catch (error) {
    errors.push((error as Error).message);
  }
  if (errors.length > 0 || !root) throw new GlossaryFileError(`The TBX file is not well-formed XML: ${errors[0] ?? 'no root element'}`);
  if (!['martif', 'tbx'].includes(root.localName ?? '')) throw new GlossaryFileError(`Not a TBX file: the root element is <${root.localName}>`);
  assertDepth(root);
  const entries = [...descendants(root, 'termEntry'), ...descendants(root, 'conceptEntry')];
  return entries.map((entry) => {
    const notes = [...children(entry, 'descrip'), ...children(entry, 'note'), ...children(entry, 'descripGrp').flatMap((g) => children(g, 'descrip'))];
    const definition = notes.find((n) => n.getAttribute('type') === 'definition') ?? notes.find((n) => n.localName === 'note');
    const terms: Record<string, TbxTerm[]> = {};
    for (const langSet of [...children(entry, 'langSet'), ...children(entry, 'langSec')]) {
      const language = languageOf(langSet);
      if (!language) continue;
      for (const term of descendants(langSet, 'term')) {
        const text = textOf(term);
        if (!text) continue;
        const statuses = children(term.parentNode as XmlElement)
          .filter(
            (n) =>
              (n.localName === 'termNote' || n.localName === 'descrip') && /administrativeStatus|normativeAuthorization/.test(n.getAttribute('type') ?? ''),
          )
          .map(textOf);
        (terms[language] ??= []).push({ text, forbidden: statuses.some((s) => FORBIDDEN_STATUS.test(s.replace(/\s/g, ''))) });
      }
    }
    return { id: entry.getAttribute('id'), note: definition ? textOf(definition) : null, terms };
  });
}

/** The term pairs a concept gives for a language pair: the first allowed term on each side. */
export function conceptToEntry(concept: TbxConcept, source: string, target: string): GlossaryEntry | null {
  const sourceTerm = concept.terms[source]?.find((t) => !t.forbidden);
  const targetTerms = concept.terms[target] ?? [];
  const targetTerm = targetTerms.find((t) => !t.forbidden);
  if (!sourceTerm || !targetTerm) return null;
  return { sourceTerm: sourceTerm.text, targetTerm: targetTerm.text, note: concept.note, forbidden: targetTerms.filter((t) => t.forbidden).map((t) => t.text) };
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function tig(text: string, status: 'preferredTerm-admn-sts' | 'deprecatedTerm-admn-sts'): string {
  return `<tig><term>${escape(text)}</term><termNote type="administrativeStatus">${status}</termNote></tig>`;
}

/** TBX (2008 core structure, TBX-Basic data categories): one concept per term pair. */
export function writeTbx(entries: GlossaryEntry[], languages: { source: string; target: string }, title = 'Interlinea glossary'): string {
  const body = entries.map((e, i) =>
    [
      `      <termEntry id="c${i + 1}">`,
      e.note ? `        <descrip type="definition">${escape(e.note)}</descrip>` : '',
      `        <langSet xml:lang="${languages.source}">${tig(e.sourceTerm, 'preferredTerm-admn-sts')}</langSet>`,
      `        <langSet xml:lang="${languages.target}">${[tig(e.targetTerm, 'preferredTerm-admn-sts'), ...e.forbidden.map((f) => tig(f, 'deprecatedTerm-admn-sts'))].join('')}</langSet>`,
      '      </termEntry>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<martif type="TBX-Basic" xml:lang="${languages.source}">`,
    `  <martifHeader><fileDesc><titleStmt><title>${escape(title)}</title></titleStmt><sourceDesc><p>Exported from Interlinea</p></sourceDesc></fileDesc></martifHeader>`,
    '  <text>',
    '    <body>',
    ...body,
    '    </body>',
    '  </text>',
    '</martif>',
    '',
  ].join('\n');
}
