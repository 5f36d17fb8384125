import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseGlossaryCsv, writeGlossaryCsv, GlossaryFileError } from './csv';
import { conceptToEntry, parseTbx, writeTbx } from './tbx';

const FIXTURES = path.join(__dirname, '../../../../shared/corpus/formats/tbx');
const entries = [
  {
    sourceTerm: 'рабочая власть',
    targetTerm: 'Arbeitermacht',
    note: 'Titel der Zeitung, "Рабочая власть"',
    forbidden: ['Arbeiterregierung', 'Werktätigenmacht'],
  },
  { sourceTerm: 'Совет', targetTerm: 'Rat', note: null, forbidden: [] },
  { sourceTerm: 'A & B <x>', targetTerm: 'A, B; "C"', note: null, forbidden: [] },
];

describe('glossary CSV', () => {
  it('round-trips entries, quotes and forbidden variants included', () => {
    const csv = writeGlossaryCsv(entries, { source: 'ru', target: 'de' });
    expect(csv.split('\n')[0]).toBe('ru,de,note,forbidden');
    expect(parseGlossaryCsv(csv)).toEqual(entries);
  });

  it('reads semicolon files without a header and names a broken row', () => {
    expect(parseGlossaryCsv('Streik;strike\nRat;council;;Sowjet|Soviet\n')).toEqual([
      { sourceTerm: 'Streik', targetTerm: 'strike', note: null, forbidden: [] },
      { sourceTerm: 'Rat', targetTerm: 'council', note: null, forbidden: ['Sowjet', 'Soviet'] },
    ]);
    expect(() => parseGlossaryCsv('Streik,strike\nRat\n')).toThrow(/Row 2/);
  });
});

describe('TBX', () => {
  it('round-trips entries through an export', () => {
    const concepts = parseTbx(writeTbx(entries, { source: 'ru', target: 'de' }));
    expect(concepts.map((c) => conceptToEntry(c, 'ru', 'de'))).toEqual(entries);
  });

  it.each([
    ['okapi_maryland.tbx', ['en', 'es', 'fr', 'it']],
    ['okapi_oracle.tbx', ['en', 'pt']],
    ['omegat_sampleTBXfile.tbx', ['en', 'hu']],
  ])('imports the fixture %s', (file, languages) => {
    const concepts = parseTbx(readFileSync(path.join(FIXTURES, file), 'utf8'));
    expect(concepts.length).toBeGreaterThan(0);
    expect([...new Set(concepts.flatMap((c) => Object.keys(c.terms)))].sort()).toEqual(languages);
  });

  it('pairs the fixture terms and keeps the definition as the note', () => {
    const [concept] = parseTbx(readFileSync(path.join(FIXTURES, 'omegat_sampleTBXfile.tbx'), 'utf8'));
    expect(conceptToEntry(concept, 'en', 'hu')).toEqual({
      sourceTerm: 'alpha smoothing factor',
      targetTerm: 'hu translation',
      note: 'A value between 0 and 1 used in ...',
      forbidden: [],
    });
    const maryland = parseTbx(readFileSync(path.join(FIXTURES, 'okapi_maryland.tbx'), 'utf8'));
    expect(conceptToEntry(maryland[0], 'fr', 'it')).toMatchObject({ sourceTerm: 'copiste', targetTerm: 'scriba' });
  });

  it('refuses a file that is not TBX', () => {
    expect(() => parseTbx('<html><body/></html>')).toThrow(GlossaryFileError);
    expect(() => parseTbx('<martif><text>')).toThrow(/well-formed/);
  });
});

describe('a hostile TBX', () => {
  it('nested 20,000 elements deep is refused as NESTING_TOO_DEEP, not a stack overflow', () => {
    const deep =
      '<martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>' +
      '<hi>'.repeat(20000) +
      'x' +
      '</hi>'.repeat(20000) +
      '</term></tig></langSet></termEntry></body></text></martif>';
    expect(() => parseTbx(deep)).toThrow(expect.objectContaining({ reason: 'NESTING_TOO_DEEP' }));
  });
});
