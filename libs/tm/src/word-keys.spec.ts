import { isWordLike, tokenize, wordKeys } from './tokenize';

const slow = (text: string) =>
  tokenize(text)
    .filter(isWordLike)
    .map((t) => t.key);

describe('wordKeys', () => {
  it.each([
    'Touch Retry to {1/}resume the {2}procedure{/2}.',
    "L'homme d’État a 3,5 Mio. € am 12.03.2019 um 10:30 überwiesen — abc1.5 x_y {oops} {/ {12",
    "Ёлка и ЁЖ: 𝒳𝒴 test²  ３ٹ١٢ don’t o'clock ’tis",
    'Straße ÄÖÜ é (NFD: e\u0301) \u00a0non\u2009breaking\u3000spaces',
  ])('gives the keys tokenize gives: %s', (text) => {
    expect(wordKeys(text)).toEqual(slow(text));
  });

  it('agrees with tokenize on random text', () => {
    const alphabet = ['a', 'Z', 'ä', 'Ё', 'ё', '1', '9', '.', ',', ':', "'", '’', '{', '}', '/', ' ', '\u00a0', '_', '-', 'e\u0301', '𝒳', '²', '٣', '\u2019s'];
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(wordKeys(text)).toEqual(slow(text));
    }
  });
});
