import { alignEditions } from '../editions';
import { formatLink, parseLinks } from '../links';
import { alignSentences } from '../pair-aligner';
import { scoreAlignments } from '../score';
import { FOOD_BANK_DE, FOOD_BANK_EN, FOOD_BANK_RU, GOLD_TEXTS } from './leaflets';

// Hand-made published editions in English, German and Russian (gold/leaflets.ts): none of the aligner's
// constants was chosen on them, so they check that the aligner generalises beyond the benchmark files.

describe('gold leaflets in English, German and Russian', () => {
  it.each(GOLD_TEXTS.map((t) => [t.name, t] as const))('%s', (_, text) => {
    const test = alignSentences(text.left, text.right);
    const gold = parseLinks(text.gold.join('\n'));
    // Every sentence in exactly one link, in order
    expect(test.flatMap((l) => l.left)).toEqual(text.left.map((_, i) => i));
    expect(test.flatMap((l) => l.right)).toEqual(text.right.map((_, j) => j));
    // At most one link in eight wrong (measured: all right but the food bank's left-out sentence, 2 links)
    expect(scoreAlignments([{ gold, test }]).f1Strict).toBeGreaterThanOrEqual(0.85);
  });

  it('finds the joins, the splits and the added sentence of the food bank leaflet', () => {
    const enDe = alignSentences(FOOD_BANK_EN, FOOD_BANK_DE).map(formatLink);
    expect(enDe).toEqual(expect.arrayContaining(['[2, 3]:[2]', '[4]:[3, 4]']));
    const enRu = alignSentences(FOOD_BANK_EN, FOOD_BANK_RU).map(formatLink);
    expect(enRu).toEqual(expect.arrayContaining(['[6, 7]:[6]', '[]:[13]']));
  });

  it('pools to a strict F1 of at least 0.9 over all leaflets', () => {
    const files = GOLD_TEXTS.map((t) => ({ gold: parseLinks(t.gold.join('\n')), test: alignSentences(t.left, t.right) }));
    expect(scoreAlignments(files).f1Strict).toBeGreaterThanOrEqual(0.9);
  });

  it('aligns the three food bank editions consistently: each row holds whole links of every pair', () => {
    const { rows, pairs } = alignEditions([{ sentences: FOOD_BANK_EN }, { sentences: FOOD_BANK_DE }, { sentences: FOOD_BANK_RU }]);
    const rowOf = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
    rows.forEach((row, r) => row.sentences.forEach((s, e) => s.forEach((i) => rowOf[e].set(i, r))));
    // Every sentence of every edition is in exactly one row
    [FOOD_BANK_EN, FOOD_BANK_DE, FOOD_BANK_RU].forEach((edition, e) => expect([...rowOf[e].keys()].sort((a, b) => a - b)).toEqual(edition.map((_, i) => i)));
    // Both sides of every pair link fall in one row
    const editionsOfPair = [
      [0, 1],
      [0, 2],
      [1, 2],
    ];
    pairs.forEach((links, p) => {
      const [x, y] = editionsOfPair[p];
      for (const l of links) {
        const r = new Set([...l.left.map((i) => rowOf[x].get(i)), ...l.right.map((j) => rowOf[y].get(j))]);
        expect(r.size).toBe(1);
      }
    });
    // The row of "In 2023 … 150 people": two English, two German sentences, one Russian
    const row = rows[rowOf[0].get(6)!];
    expect(row.sentences).toEqual([[6, 7], [6, 7], [6]]);
    // The Russian-only sentence has a row of its own with nothing from the other two editions
    expect(rows[rowOf[2].get(13)!].sentences).toEqual([[], [], [13]]);
  });
});
