import { splitCodedSentences } from './split-coded-sentences';

const texts = (text: string, language: 'en' | 'de' | 'ru' = 'en') => splitCodedSentences(text, language).map((s) => s.text);

describe('splitCodedSentences', () => {
  it('splits like the plain text and keeps each sentence’s codes with it', () => {
    expect(texts('{1}Down with capitalism!{/1} Down with {2}Stalinism{/2}!')).toEqual(['{1}Down with capitalism!{/1}', 'Down with {2}Stalinism{/2}!']);
  });

  it('does not let a token hide a sentence end or make one', () => {
    expect(texts('Read {1}z. B.{/1} the leaflet. It is short.', 'de')).toEqual(['Read {1}z. B.{/1} the leaflet.', 'It is short.']);
    expect(texts('A sentence{1/}. Another one.')).toEqual(['A sentence{1/}.', 'Another one.']);
  });

  it('gives a paired code that spans two sentences its open to the first and its close to the second', () => {
    expect(texts('{1}First sentence. Second{/1} sentence.')).toEqual(['{1}First sentence.', 'Second{/1} sentence.']);
  });

  it('keeps positions that point into the original text', () => {
    const text = 'Intro {1/} text. {2}Bold{/2} end.';
    const spans = splitCodedSentences(text, 'en');
    expect(spans.map((span) => span.text)).toEqual(['Intro {1/} text.', '{2}Bold{/2} end.']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('leaves a text of tokens only without sentences', () => {
    expect(texts('{1/}')).toEqual([]);
  });
});
