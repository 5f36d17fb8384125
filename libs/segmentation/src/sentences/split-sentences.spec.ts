import { splitSentences } from './split-sentences';
import { SegmentationLanguage } from './segmentation-language';

const texts = (text: string, language: SegmentationLanguage = 'en') => splitSentences(text, language).map((s) => s.text);

describe('splitSentences: spans', () => {
  it('gives offsets into the source text, without surrounding whitespace', () => {
    const text = '  Hello World.   My name is Jonas.\n\n';
    expect(splitSentences(text, 'en')).toEqual([
      { start: 2, end: 14, text: 'Hello World.' },
      { start: 17, end: 34, text: 'My name is Jonas.' },
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'ru')).toEqual([]);
    expect(splitSentences(' \n\t\n ', 'de')).toEqual([]);
  });

  it('refuses a language it has no rules for', () => {
    expect(() => splitSentences('Bonjour.', 'fr' as SegmentationLanguage)).toThrow(RangeError);
  });
});

describe('splitSentences: line breaks', () => {
  it('ends a segment at every line break (\\n, \\r\\n, \\r, U+2028)', () => {
    expect(texts('Share this Article\nFacebook\r\nTwitter\rWhatsApp\u2028Print')).toEqual(['Share this Article', 'Facebook', 'Twitter', 'WhatsApp', 'Print']);
  });

  it('ends a segment at a line break even inside a sentence', () => {
    expect(texts('It was a cold \nnight in the city.')).toEqual(['It was a cold', 'night in the city.']);
  });

  it('with soft line breaks joins wrapped lines but keeps paragraphs and list items apart', () => {
    const text =
      'Schwangere Frauen sollten während der \nersten drei Monate Folsäure nehmen. \nFolsäure ist gesund.\n\nÜber mich\n• 1. Essen Sie gesund!\n• 2. Treiben Sie Sport!';
    expect(splitSentences(text, 'de', { lineBreaks: 'soft' }).map((s) => s.text)).toEqual([
      'Schwangere Frauen sollten während der \nersten drei Monate Folsäure nehmen.',
      'Folsäure ist gesund.',
      'Über mich',
      '• 1. Essen Sie gesund!',
      '• 2. Treiben Sie Sport!',
    ]);
  });
});

describe.each(['en', 'de', 'ru'] as const)('splitSentences: punctuation shared by all languages (%s)', (language) => {
  it.each([
    ['A? B.', ['A?', 'B.']],
    ['Hello?! Is that you?', ['Hello?!', 'Is that you?']],
    ['Hello!! Long time.', ['Hello!!', 'Long time.']],
    ['3.14 and 1.000.000 are numbers.', ['3.14 and 1.000.000 are numbers.']],
    ['"Bohr [...] used stairways [...]" (Smith 55).', ['"Bohr [...] used stairways [...]" (Smith 55).']],
    ['1. The first item 2. The second item', ['1. The first item', '2. The second item']],
    ['1) The first item 2) The second item', ['1) The first item', '2) The second item']],
    ['• 9. The first item • 10. The second item', ['• 9. The first item', '• 10. The second item']],
  ])('%j', (text, expected) => {
    expect(texts(text, language)).toEqual(expected);
  });
});
