import { PostingList, groupPostings, indexUnit } from './postings';
import { tokenId, tokenIdPrefix, wordIds } from './token-ids';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { wordKeys } from './tokenize';

const ALIGNED = path.resolve(__dirname, '../../../../shared/corpus/alignment/msdocs_en-de-ru/msdocs_segments_en-de-ru.json');

describe('wordIds', () => {
  it.each([
    'Touch Retry to {1/}resume the {2}procedure{/2}.',
    "L'homme d’État a 3,5 Mio. € am 12.03.2019 um 10:30 überwiesen — abc1.5 x_y {oops} {/ {12",
    "Ёлка и ЁЖ: 𝒳𝒴 test²  ３ٹ١٢ don’t o'clock ’tis",
    'Straße ÄÖÜ é (NFD: e\u0301) ZEBRA_Case MiXeD',
    'ÀÉÎÕÜÝÞ ßÿ µm ×÷ ÐðÞþ ЀЃЍЏ ѐѓѝџ АБВЯ абвя ёЁЙй İstanbul ǅungla Ωmega ΣΑΣ ﬁne',
  ])('gives tokenId of each word key, in order: %s', (text) => {
    const ids: number[] = [];
    expect(wordIds(text, tokenIdPrefix('de', 'en', 'p1'), ids)).toBe(wordKeys(text).length);
    expect(ids).toEqual(wordKeys(text).map((key) => tokenId('de', 'en', 'p1', key)));
  });

  it('gives the same ids as the word keys for every English, German and Russian text of an aligned corpus', () => {
    const units: Record<string, string>[] = JSON.parse(readFileSync(ALIGNED, 'utf8'));
    const texts = units.flatMap((u) => [u.en, u.de, u.ru]).filter(Boolean);
    expect(texts.length).toBeGreaterThan(300);
    const prefix = tokenIdPrefix('ru', 'de', 'shared');
    const wrong = texts.filter((text) => {
      const ids: number[] = [];
      wordIds(text, prefix, ids);
      return (
        ids.join() !==
        wordKeys(text)
          .map((key) => tokenId('ru', 'de', 'shared', key))
          .join()
      );
    });
    expect(wrong).toEqual([]);
  });
});

describe('indexUnit', () => {
  it('indexes each distinct word of a variant once per other language of the unit, with its length in words', () => {
    const postings = new PostingList();
    const lengths = indexUnit(
      'shared',
      [
        { id: 1, language: 'de', text: 'Die Katze und die Maus.' },
        { id: 2, language: 'en', text: 'The cat.' },
      ],
      postings,
    );
    expect(lengths).toEqual([5, 2]);
    const de = postings.variantIds.flatMap((v, i) => (v === 1 ? [postings.tokens[i]] : []));
    expect(new Set(de)).toEqual(new Set(['die', 'katze', 'und', 'maus'].map((k) => tokenId('de', 'en', 'shared', k))));
    expect(de).toHaveLength(4);
    expect(postings.lengths[postings.variantIds.indexOf(1)]).toBe(5);
    expect(postings.lengths[postings.variantIds.indexOf(2)]).toBe(2);
  });

  it('indexes a variant for each other language, and counts the words of a unit without one', () => {
    const postings = new PostingList();
    indexUnit(
      'p',
      [
        { id: 1, language: 'ru', text: 'Привет мир' },
        { id: 2, language: 'en', text: 'Hello world' },
        { id: 3, language: 'de', text: 'Hallo Welt' },
      ],
      postings,
    );
    expect(postings.tokens).toHaveLength(12);
    expect(postings.tokens).toContain(tokenId('ru', 'de', 'p', 'мир'));
    expect(postings.tokens).toContain(tokenId('de', 'en', 'p', 'welt'));
    expect(indexUnit('p', [{ id: 4, language: 'de', text: 'Nur eine Sprache, 3 Wörter.' }], new PostingList())).toEqual([5]);
  });
});

describe('groupPostings', () => {
  it('makes one row per (word id, length) with its variant ids, in key order, signed ids included', () => {
    const rows = groupPostings({ tokens: [5, -3, 5, 5, -2147483648, 2147483647], lengths: [2, 4, 2, 1, 3, 9], variantIds: [10, 11, 12, 13, 14, 15] });
    expect(rows).toEqual({ tokens: [-2147483648, -3, 5, 5, 2147483647], lengths: [3, 4, 1, 2, 9], variantIds: [[14], [11], [13], [10, 12], [15]] });
  });

  it('splits a long list into rows of at most maxIds ids', () => {
    const n = 7;
    const rows = groupPostings({ tokens: Array(n).fill(1), lengths: Array(n).fill(3), variantIds: [...Array(n).keys()] }, 3);
    expect(rows.variantIds).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(rows.tokens).toEqual([1, 1, 1]);
  });
});
