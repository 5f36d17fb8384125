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

  it('with lineBreaks: segment, ends a segment at a line break even inside a sentence', () => {
    expect(splitSentences('It was a cold \nnight in the city.', 'en', { lineBreaks: 'segment' }).map((s) => s.text)).toEqual([
      'It was a cold',
      'night in the city.',
    ]);
  });

  it('by default, lets the content decide: a sentence wrapped inside a paragraph stays whole', () => {
    expect(texts('It was a cold \nnight in the city.')).toEqual(['It was a cold \nnight in the city.']);
    expect(texts('Он сказал, что приедет в\nМоскву завтра.\nВсе обрадовались.', 'ru')).toEqual([
      'Он сказал, что приедет в\nМоскву завтра.',
      'Все обрадовались.',
    ]);
    expect(texts('Der Kanzler sagte am Montag vor Journalisten, die\nRegierung werde die Schuldenbremse reformieren.', 'de')).toHaveLength(1);
    expect(texts('Die Bundesregierung hat am Montag ein neues Gesetz über\nSteuern beschlossen.', 'de')).toHaveLength(1);
  });

  it('by default, keeps headings, menus and list items on their own lines', () => {
    expect(texts('Rabochaya Vlast\nForward to a new red October!')).toEqual(['Rabochaya Vlast', 'Forward to a new red October!']);
    expect(texts('features\ncontact manager\nevents, activities')).toEqual(['features', 'contact manager', 'events, activities']);
    expect(texts('Neue Regeln für den Handel\nDie Regierung hat entschieden.', 'de')).toEqual(['Neue Regeln für den Handel', 'Die Regierung hat entschieden.']);
    expect(texts('Итоги года\nПравительство подвело итоги.', 'ru')).toEqual(['Итоги года', 'Правительство подвело итоги.']);
    expect(texts('Zutaten:\n- zwei Eier\n- ein Liter Milch', 'de')).toEqual(['Zutaten:', '- zwei Eier', '- ein Liter Milch']);
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
