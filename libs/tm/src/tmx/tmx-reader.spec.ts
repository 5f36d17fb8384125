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
