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
});
