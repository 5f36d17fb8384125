import { lookupPlan } from './plan';
import { prepare, score } from './score';
import { wordKeys } from './tokenize';

describe('lookupPlan', () => {
  const df: Record<string, number> = { the: 1000, of: 900, workers: 40, council: 5, moscow: 3, in: 800, met: 60 };
  const frequency = (k: string) => df[k] ?? 0;

  it('looks up the rarest words and bounds the length', () => {
    const plan = lookupPlan(wordKeys('The council of the workers met in Moscow'), frequency, 0.5, { extraKeys: 0 });
    // 8 words, at least 4 shared: any match holds one of the 5 rarest positions
    expect(plan.keys).toEqual(['moscow', 'council', 'workers', 'met', 'in']);
    expect(plan).toMatchObject({ minWords: 4, maxWords: 16 });
  });

  it('never misses a match at or above the minimum score (exhaustive check)', () => {
    const stored = ['The council of the workers met in Moscow', 'The workers met the council', 'Council of workers in Moscow met', 'A council met', 'The the the of of in in'];
    const query = 'The council of the workers met in Leningrad';
    const plan = lookupPlan(wordKeys(query), frequency, 0.5, { extraKeys: 0 });
    for (const text of stored) {
      const s = score(prepare(query), prepare(text)).score;
      const words = wordKeys(text);
      const found = words.some((w) => plan.keys.includes(w)) && words.length >= plan.minWords && words.length <= plan.maxWords;
      if (s >= 50) expect(found).toBe(true);
    }
  });

  it('keeps every match above the score among candidates holding minShared of the keys (random check)', () => {
    const vocabulary = ['the', 'of', 'in', 'workers', 'council', 'moscow', 'met', 'a', 'red', 'flag', '1992'];
    let seed = 3;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const sentence = () => Array.from({ length: 2 + Math.floor(random() * 10) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    for (let n = 0; n < 2000; n++) {
      const query = sentence();
      for (const threshold of [0.5, 0.75]) {
        const plan = lookupPlan(wordKeys(query), (k) => vocabulary.indexOf(k) * 7 % 11, threshold, { extraKeys: 2 });
        const text = random() < 0.5 ? sentence() : query.split(' ').filter(() => random() < 0.85).join(' ') + ' red';
        const words = new Set(wordKeys(text));
        if (score(prepare(query), prepare(text)).score < threshold * 100) continue;
        expect(plan.keys.filter((k) => words.has(k)).length).toBeGreaterThanOrEqual(plan.minShared);
        expect(words.size > 0 && wordKeys(text).length >= plan.minWords && wordKeys(text).length <= plan.maxWords).toBe(true);
      }
    }
  });
});

describe('lookupPlan with a budget', () => {
  it('leaves out the most frequent prefix words beyond the budget, and says so', () => {
    const df: Record<string, number> = { the: 1000, of: 900, workers: 40, council: 5, moscow: 3, in: 800, met: 60 };
    const plan = lookupPlan(wordKeys('The council of the workers met in Moscow'), (k) => df[k] ?? 0, 0.5, { extraKeys: 0, prefixBudget: 200 });
    expect(plan).toMatchObject({ keys: ['moscow', 'council', 'workers', 'met'], exact: false, minShared: 1 });
    expect(lookupPlan(wordKeys('The council of the workers met in Moscow'), (k) => df[k] ?? 0, 0.5, { extraKeys: 0 }).exact).toBe(true);
  });
});
