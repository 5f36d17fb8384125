import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SrxFormatError } from './srx-document';
import { SrxRules } from './srx-rules';

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/segmentation/srx');

const srx = (cascade: 'yes' | 'no', languageRules: string, maps: string) => `<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="${cascade}"/>
  <body>
    <languagerules>${languageRules}</languagerules>
    <maprules>${maps}</maprules>
  </body>
</srx>`;

const RULES = `
  <languagerule languagerulename="English">
    <rule break="no"><beforebreak>\\b(?:Mr|Dr)\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
  </languagerule>
  <languagerule languagerulename="Default">
    <!-- a comment between rules -->
    <rule break="yes"><beforebreak>[.?!]+</beforebreak><afterbreak>\\s+\\p{Lu}</afterbreak></rule>
    <rule break="yes"><beforebreak>\\n</beforebreak><afterbreak></afterbreak></rule>
  </languagerule>`;
const MAPS = `
  <languagemap languagepattern="EN.*" languagerulename="English"/>
  <languagemap languagepattern=".*" languagerulename="Default"/>`;

const texts = (rules: SrxRules, text: string, language: string) => rules.split(text, language).map((span) => span.text);

describe('SrxRules', () => {
  it('applies break and no-break rules in order, cascading through the language maps', () => {
    const rules = SrxRules.parse(srx('yes', RULES, MAPS));
    expect(rules.languageRulesFor('en-GB')).toEqual(['English', 'Default']);
    expect(texts(rules, 'Mr. Smith came. Dr. Who? Yes!\nNext', 'en')).toEqual(['Mr. Smith came.', 'Dr. Who?', 'Yes!', 'Next']);
    expect(texts(rules, 'Mr. Smith came.', 'de')).toEqual(['Mr.', 'Smith came.']);
  });

  it('without cascading uses only the first language map that matches', () => {
    const rules = SrxRules.parse(srx('no', RULES, MAPS));
    expect(rules.languageRulesFor('en')).toEqual(['English']);
    expect(texts(rules, 'A b. C d.', 'en')).toEqual(['A b. C d.']);
  });

  it('gives spans with offsets and no surrounding whitespace', () => {
    const rules = SrxRules.parse(srx('yes', RULES, MAPS));
    expect(rules.split('  One. Two.  ', 'de')).toEqual([
      { start: 2, end: 6, text: 'One.' },
      { start: 7, end: 11, text: 'Two.' },
    ]);
  });

  it('refuses a document that is not SRX', () => {
    expect(() => SrxRules.parse('<srx><body>')).toThrow(SrxFormatError);
    expect(() => SrxRules.parse('<tmx version="1.4"/>')).toThrow(SrxFormatError);
  });

  describe.each([
    {
      file: 'languagetool_segment.srx',
      skipped: 3, // Polish and Icelandic rules with Java class intersection / negated nested classes
      en: ['Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson there?', 'Yes!', 'The end.'],
      de: ['Wir brauchen z. B. Wasser.', 'Das ist am 3. Oktober gut.', 'Ende.'],
      ru: ['В 2010 г. Виктор посещал г. Волгоград.', 'Он устал!', 'Потом ушёл.'],
    },
    {
      file: 'omegat_defaultRules.srx',
      skipped: 0,
      en: ['Mr. Holmes is from the U.K. not the U.S.', 'Is Dr. Watson there?', 'Yes!', 'The end.'],
      de: ['Wir brauchen z. B. Wasser.', 'Das ist am 3. Oktober gut.', 'Ende.'],
      ru: ['В 2010 г.', 'Виктор посещал г.', 'Волгоград.', 'Он устал!', 'Потом ушёл.'],
    },
    {
      file: 'okapi_defaultSegmentation_2013.srx',
      skipped: 0, // Default rules only: no German or Russian abbreviations
      en: ['Mr. Holmes is from the U.K. not the U.S.', 'Is Dr. Watson there?', 'Yes!', 'The end.'],
      de: ['Wir brauchen z.', 'B.', 'Wasser.', 'Das ist am 3.', 'Oktober gut.', 'Ende.'],
      ru: ['В 2010 г.', 'Виктор посещал г.', 'Волгоград.', 'Он устал!', 'Потом ушёл.'],
    },
  ])('corpus file $file', ({ file, skipped, en, de, ru }) => {
    const rules = SrxRules.parse(readFileSync(path.join(CORPUS, file), 'utf8'));

    it(`loads, skipping ${skipped} untranslatable rules with their reasons`, () => {
      const skippedRules = rules.problems.filter((problem) => problem.severity === 'skipped');
      expect(skippedRules).toHaveLength(skipped);
      for (const problem of skippedRules) expect(problem.reason).toMatch(/intersection|negated nested/);
    });

    it('segments English, German and Russian sentences as its rules say', () => {
      expect(texts(rules, 'Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson there? Yes! The end.', 'en')).toEqual(en);
      expect(texts(rules, 'Wir brauchen z. B. Wasser. Das ist am 3. Oktober gut. Ende.', 'de')).toEqual(de);
      expect(texts(rules, 'В 2010 г. Виктор посещал г. Волгоград. Он устал! Потом ушёл.', 'ru')).toEqual(ru);
    });
  });
});
