import { DOMParser } from '@xmldom/xmldom';
import { exportXliff, parseDocument, TranslationState, XliffExportDocument } from '../index';

const asText = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const markdown = parseDocument(new TextEncoder().encode('Press **Save** and see [the guide](https://example.org "Guide") ![icon](i.png).\n'), 'note.md');
const statuses: Array<TranslationState | null> = ['draft', 'translated', 'approved', 'rejected', null];

const document: XliffExportDocument = {
  sourceLanguage: 'en',
  targetLanguage: 'ru',
  fileName: 'note.md',
  units: [
    {
      id: 's1',
      source: markdown.blocks[0].text,
      target: '{3/} Нажмите {1}Сохранить{/1} и см. {2}руководство{/2}.',
      status: 'translated',
      notes: ['UI term & "quoted"'],
      codes: markdown.blocks[0].codes,
    },
    ...statuses.map((status, i) => ({ id: `s${i + 2}`, source: `Line  ${i} <kept> & {braces} as text  `, target: status ? `Строка ${i}` : null, status })),
  ],
};

describe.each(['1.2', '2.0'] as const)('exportXliff %s', (version) => {
  const bytes = exportXliff(document, version);
  const xml = asText(bytes);
  const reimported = parseDocument(bytes, `note.${version}.xlf`);

  it('writes well-formed XLIFF of that version', () => {
    let problems = 0;
    const parsed = new DOMParser({ onError: () => (problems += 1) }).parseFromString(xml, 'text/xml');
    expect(problems).toBe(0);
    expect(parsed.documentElement?.getAttribute('version')).toBe(version);
    expect(parsed.documentElement?.namespaceURI).toBe(`urn:oasis:names:tc:xliff:document:${version}`);
  });

  it('re-imports to the same units: ids, texts, statuses, notes', () => {
    expect(reimported.bilingual).toEqual({
      sourceLanguage: 'en',
      targetLanguage: 'ru',
      units: document.units.map((unit, blockIndex) => ({ blockIndex, id: unit.id, target: unit.target, state: unit.status, notes: unit.notes ?? [] })),
    });
    expect(reimported.blocks.map((block) => block.text)).toEqual(document.units.map((unit) => unit.source));
  });

  it('writes codes as native codes carrying the markup, so other tools can restore it', () => {
    if (version === '1.2') {
      expect(xml).toContain(
        '<source>Press <bpt id="1">**</bpt>Save<ept id="1">**</ept> and see <bpt id="2">[</bpt>the guide<ept id="2">](https://example.org "Guide")</ept>',
      );
      expect(xml).toContain('<ph id="3">![icon](i.png)</ph>');
    } else {
      expect(xml).toContain(
        '<source>Press <pc id="1" dataRefStart="d1" dataRefEnd="d1e">Save</pc> and see <pc id="2" dataRefStart="d2" dataRefEnd="d2e">the guide</pc> <ph id="3" dataRef="d3"/>.</source>',
      );
      expect(xml).toContain('<data id="d2e">](https://example.org "Guide")</data>');
    }
    expect(reimported.blocks[0].codes?.map((code) => code.kind)).toEqual(['paired', 'paired', 'standalone']);
  });

  it('writes native codes of an imported XLIFF back as they were', () => {
    const source = version === '1.2' ? 'xliff12/omegat_XLIFFFilter-tags.xlf' : 'xliff20/oasis_withReorderedCodes.xlf';
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const imported = parseDocument(readFileSync(`${__dirname}/../../../../../shared/corpus/formats/${source}`), 'in.xlf');
    const units = imported.blocks.map((block, i) => ({
      id: `u${i}`,
      source: block.text,
      target: imported.bilingual!.units[i].target,
      status: null,
      codes: block.codes,
    }));
    const again = parseDocument(exportXliff({ sourceLanguage: 'en', targetLanguage: 'fr', fileName: 'in', units }, version), 'again.xlf');
    expect(again.blocks.map((block) => block.text)).toEqual(units.map((unit) => unit.source));
    expect(again.bilingual?.units.map((unit) => unit.target)).toEqual(units.map((unit) => unit.target));
    if (version === '1.2') expect(again.blocks[1].codes?.[0].open).toBe('<bpt id="1">&lt;b&gt;</bpt>');
    else expect(again.blocks[0].codes?.[0].open).toBe('<pc id="1" canReorder="firstNo" canDelete="no" canCopy="no">');
  });
});

describe.each(['1.2', '2.0'] as const)('exportXliff %s: comments as notes', (version) => {
  const withComments: XliffExportDocument = {
    ...document,
    units: [
      {
        id: 'c1',
        source: 'Hello',
        target: 'Привет',
        status: 'translated',
        notes: [
          { text: 'Too informal? <b>&</b>', author: 'Roman "R." Reviewer', created: '2026-12-01T10:00:00.000Z', about: 'target', category: 'comment' },
          { text: 'Keep it short everywhere.', author: 'Pavel', created: '2026-12-02T09:30:00.000Z', category: 'comment' },
        ],
      },
    ],
  };
  const xml = asText(exportXliff(withComments, version));

  it('writes who wrote each note, when, and what it is about, as the version allows', () => {
    expect(xml).toContain('xmlns:il="urn:interlinea:xliff:notes"');
    if (version === '1.2') {
      expect(xml).toContain(
        '<note from="Roman &quot;R.&quot; Reviewer" annotates="target" il:created="2026-12-01T10:00:00.000Z">Too informal? &lt;b&gt;&amp;&lt;/b&gt;</note>',
      );
      expect(xml).toContain('<note from="Pavel" annotates="general"');
    } else {
      expect(xml).toContain('<note category="comment" appliesTo="target" il:author="Roman &quot;R.&quot; Reviewer" il:created="2026-12-01T10:00:00.000Z">');
      expect(xml).toContain('<note category="comment" il:author="Pavel" il:created="2026-12-02T09:30:00.000Z">Keep it short everywhere.</note>');
    }
    expect(xml.match(/xmlns:il=/g)).toHaveLength(1);
    const parsed = parseDocument(new TextEncoder().encode(xml), `c.${version}.xlf`);
    expect(parsed.bilingual?.units[0].notes).toEqual(['Too informal? <b>&</b>', 'Keep it short everywhere.']);
  });
});
