import { hitDensity, hitRanges, matcherOf } from './search-hits';

describe('memory page search hits', () => {
  const text = 'The strike committee meets every Tuesday, the committee says.';

  it('words: every word must be there, in any order and case; each occurrence is marked', () => {
    expect(hitRanges(text, matcherOf('words', 'TUESDAY committee'))).toEqual([
      [11, 20],
      [33, 40],
      [46, 55],
    ]);
    expect(hitRanges(text, matcherOf('words', 'committee Friday'))).toEqual([]);
  });

  it('phrase: the words in a row, punctuation and case aside', () => {
    expect(hitRanges(text, matcherOf('phrase', 'every tuesday the'))).toEqual([[27, 45]]);
    expect(hitRanges(text, matcherOf('phrase', 'tuesday every'))).toEqual([]);
  });

  it('numbers match as written, though the index keeps every number alike', () => {
    expect(hitRanges('Meeting on 7 November 1992.', matcherOf('words', '1992'))).toEqual([[22, 26]]);
    expect(hitRanges('Meeting on 7 November 1993.', matcherOf('words', '1992'))).toEqual([]);
  });

  it('regular expressions: case-insensitive, Unicode; a broken one throws SyntaxError', () => {
    expect(hitRanges('Ленинград и ленинградцы', matcherOf('regex', 'ленинград\\p{L}*'))).toEqual([
      [0, 9],
      [12, 23],
    ]);
    expect(() => matcherOf('regex', '(open')).toThrow(SyntaxError);
  });
});

describe('hit density', () => {
  it('agrees with the ranges: no hit is 0, more hits per word rank higher', () => {
    const m = matcherOf('words', 'committee');
    expect(hitDensity('The committee meets.', m)).toBeCloseTo(1 / 3);
    expect(hitDensity('The committee and the committee.', m)).toBeCloseTo(2 / 5);
    expect(hitDensity('The council meets.', m)).toBe(0);
    expect(hitDensity('every Tuesday, the', matcherOf('phrase', 'tuesday the'))).toBeGreaterThan(0);
    expect(hitDensity('the Tuesday', matcherOf('phrase', 'tuesday the'))).toBe(0);
    expect(hitDensity('On 7 November 1992.', matcherOf('words', '1992'))).toBeGreaterThan(0);
    expect(hitDensity('On 7 November 1993.', matcherOf('words', '1992'))).toBe(0);
  });
});
