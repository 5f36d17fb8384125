import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TmxError, TmxReader } from './tmx-reader';
import { detectXmlEncoding, segmentXml, tmxHead, tuXml, TMX_TAIL } from './tmx-writer';
import type { TmxUnit } from './tmx-model';

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/formats');

function read(bytes: Uint8Array, chunkSize = 512): { units: TmxUnit[]; reader: TmxReader } {
  const decoder = new TextDecoder(detectXmlEncoding(bytes));
  const reader = new TmxReader();
  const units: TmxUnit[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) {
    reader.write(decoder.decode(bytes.subarray(i, i + chunkSize), { stream: true }));
    units.push(...reader.take());
  }
  reader.write(decoder.decode());
  reader.close();
  return { units: [...units, ...reader.take()], reader };
}

const file = (name: string) => new Uint8Array(readFileSync(path.join(CORPUS, name)));

describe('TmxReader', () => {
  it('reads a TU with many languages, keeping each variant', () => {
    const { units } = read(file('tmx/omegat_multiple-tuv14.tmx'));
    expect(units).toHaveLength(3);
    expect(units[0].variants.map((v) => v.language)).toEqual(['en', 'es', 'es', 'es', 'fr', 'fr', 'fr', 'de']);
    expect(units[0].variants[7]).toMatchObject({ locale: 'DE', text: 'Hallo Welt!' });
  });

  it('turns bpt/ept, ph, it and hi into codes in the text (UTF-16 file)', () => {
    const { units } = read(file('tmx/omegat_TMXComplianceKit_ImportTest2A.tmx'), 97);
    const [en, fr] = units[0].variants;
    expect(en.text).toBe('The big {1}black{/1} {2}cat{/2} sleeps.');
    expect(fr.text).toBe('Le gros {2}chat{/2} {1}noir{/1} dors.');
    expect(en.codes[0]).toMatchObject({ element: 'bpt', content: '<b>', attributes: { i: '1', x: '1', type: 'bold' } });
    expect(units[1].variants[0].text).toContain('= {1}<{/1}=lt,');
  });

  it('keeps props and notes, and ph content for export', () => {
    const { units } = read(file('tmx/okapi_Paragraph_TM_en-de.tmx'));
    expect(units[0].props[0]).toEqual({ type: 'Txt::FileName', value: 'StringInfoForTest3.info' });
    expect(units[0].variants[0].text).toMatch(/^\{1\/\}1\.\{2\/\}Confirm that the AC line/);
    expect(units[0].variants[0].codes[1]).toMatchObject({ element: 'ph', content: '\\t' });
  });

  it('rejects an ept before its bpt with the line and column', () => {
    expect(() => read(file('malformed/omegat_invalid.tmx'))).toThrow(TmxError);
    try {
      read(file('malformed/omegat_invalid.tmx'));
    } catch (e) {
      expect(e).toMatchObject({ line: 12 });
      expect((e as Error).message).toMatch(/line 12, column \d+: <ept i="1"> has no <bpt i="1"> before it/);
    }
  });

  it('reports XML that is not well-formed', () => {
    const bytes = new TextEncoder().encode('<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>a</tuv></tu></body></tmx>');
    expect(() => read(bytes)).toThrow(/line 1, column \d+: unexpected close tag/);
  });

  it('writes units back so that they read the same', () => {
    const { units } = read(file('tmx/omegat_TMXComplianceKit_ImportTest2A.tmx'));
    const again = read(new TextEncoder().encode(tmxHead('en-us') + units.map(tuXml).join('') + TMX_TAIL)).units;
    expect(again.map((u) => u.variants.map((v) => v.text))).toEqual(units.map((u) => u.variants.map((v) => v.text)));
    expect(again[0].variants[0].codes).toEqual(units[0].variants[0].codes);
  });

  it('writes codes of Interlinea segments as bpt/ept/ph', () => {
    expect(segmentXml('Click {1}Save{/1}{2/} & go', [])).toBe('Click <bpt i="1" x="1">{1}</bpt>Save<ept i="1">{/1}</ept><ph x="2">{2/}</ph> &amp; go');
  });
});

describe('TMX from other tools', () => {
  const readText = (xml: string): TmxUnit[] => read(new TextEncoder().encode(xml)).units;

  it('reads an <it> that stands for a whole tag as a standalone code, and one that opens a pair as an opening', () => {
    const [unit] = readText(
      '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Line<it pos="begin" x="1">&lt;br/&gt;</it>next <it pos="begin" x="2">&lt;b&gt;</it>bold</seg></tuv>' +
        '<tuv xml:lang="de"><seg>Zeile<it pos="begin" x="1">&lt;br/&gt;</it>weiter <it pos="begin" x="2">&lt;b&gt;</it>fett</seg></tuv></tu></body></tmx>',
    );
    expect(unit.variants.map((v) => v.text)).toEqual(['Line{1/}next {2}bold', 'Zeile{1/}weiter {2}fett']);
    expect(segmentXml(unit.variants[1].text, unit.variants[1].codes)).toBe(
      'Zeile<it pos="begin" x="1">&lt;br/&gt;</it>weiter <it pos="begin" x="2">&lt;b&gt;</it>fett',
    );
  });

  it('keeps the codes of a TMX 1.1 file (lang= instead of xml:lang) and writes them back', () => {
    const [unit] = readText(
      '<?xml version="1.0"?><tmx version="1.1"><header srclang="EN-US"/><body><tu><tuv lang="EN-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>big<ept i="1">&lt;/b&gt;</ept> cat<ph>&lt;br/&gt;</ph></seg></tuv>' +
        '<tuv lang="DE-DE"><seg>Die <bpt i="1">&lt;b&gt;</bpt>große<ept i="1">&lt;/b&gt;</ept> Katze<ph>&lt;br/&gt;</ph></seg></tuv></tu></body></tmx>',
    );
    expect(unit.variants.map((v) => [v.locale, v.text])).toEqual([
      ['EN-US', 'The {1}big{/1} cat{2/}'],
      ['DE-DE', 'Die {1}große{/1} Katze{2/}'],
    ]);
    expect(tuXml(unit)).toContain(
      '<tuv xml:lang="DE-DE">\n      <seg>Die <bpt i="1">&lt;b&gt;</bpt>große<ept i="1">&lt;/b&gt;</ept> Katze<ph>&lt;br/&gt;</ph></seg>',
    );
  });

  it('writes the native markup of codes in <bpt>, <ept> and <ph>, as Okapi and OmegaT do', () => {
    const codes: TmxUnit['variants'][number]['codes'] = [
      { id: 1, element: 'bpt' as const, attributes: { i: '1', x: '1' }, content: '<a href="x?a=1&b=2">' },
      { id: 1, element: 'ept' as const, attributes: { i: '1' }, content: '</a>' },
      { id: 2, element: 'ph' as const, attributes: { x: '2' }, content: '<br>' },
    ];
    expect(segmentXml('Read {1}this{/1}{2/} now', codes)).toBe(
      'Read <bpt i="1" x="1">&lt;a href=&quot;x?a=1&amp;b=2&quot;&gt;</bpt>this<ept i="1">&lt;/a&gt;</ept><ph x="2">&lt;br&gt;</ph> now',
    );
  });
});
