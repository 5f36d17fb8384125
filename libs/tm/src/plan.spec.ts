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

  describe('never misses a match at or above the minimum score (exhaustive check)', () => {
    const query = 'The council of the workers met in Leningrad';
    const plan = lookupPlan(wordKeys(query), frequency, 0.5, { extraKeys: 0 });
    const check = (text: string) => {
      const words = wordKeys(text);
      const shared = plan.keys.filter((k) => words.includes(k)).length;
      const found = shared >= plan.minShared && words.length >= plan.minWords && words.length <= plan.maxWords;
      return { text, score: score(prepare(query), prepare(text)).score, found };
    };

    it('looks up the 5 rarest of the 8 words: a match shares at least 4', () => {
      expect(plan).toMatchObject({ keys: ['leningrad', 'council', 'workers', 'met', 'in'], minWords: 4, maxWords: 16, minShared: 1, exact: true });
    });

    it('finds every stored text scoring 50 or more, down to one sharing only the most frequent key', () => {
      const matches = [
        'The council of the workers met in Leningrad',
        'The council of the workers met in Moscow',
        'The council of the workers met',
        'The council met in Leningrad',
        'The leader of the party met in Moscow',
        'The council of the workers met in Leningrad in 1917 again and again',
        // exactly 50, and of the keys it holds only "in", the last of the prefix
        'The head of the party sat in Moscow',
      ];
      for (const text of matches) expect(check(text)).toEqual({ text, score: expect.any(Number), found: true });
      expect(Math.min(...matches.map((text) => check(text).score))).toBe(50);
    });

    it('leaves out of that check only texts scoring below 50, which need not be found', () => {
      const below = [
        'The workers met the council',
        'Council of workers in Moscow met',
        'A council met',
        'The the the of of in in',
        'The head of the party, in Moscow',
      ];
      expect(below.map((text) => check(text).score).every((s) => s < 50)).toBe(true);
    });
  });

  it('keeps every match above the score among candidates holding minShared of the keys (random check)', () => {
    const vocabulary = ['the', 'of', 'in', 'workers', 'council', 'moscow', 'met', 'a', 'red', 'flag', '1992'];
    let seed = 3;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const sentence = () => Array.from({ length: 2 + Math.floor(random() * 10) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    const missed: Array<{ query: string; threshold: number; text: string }> = [];
    let matches = 0;
    let atTheBound = 0;
    for (let n = 0; n < 2000; n++) {
      const query = sentence();
      for (const threshold of [0.5, 0.75]) {
        const plan = lookupPlan(wordKeys(query), (k) => (vocabulary.indexOf(k) * 7) % 11, threshold, { extraKeys: 2 });
        const text =
          random() < 0.5
            ? sentence()
            : query
                .split(' ')
                .filter(() => random() < 0.85)
                .join(' ') + ' red';
        if (score(prepare(query), prepare(text)).score < threshold * 100) continue;
        matches++;
        const words = wordKeys(text);
        const shared = plan.keys.filter((k) => words.includes(k)).length;
        if (shared === plan.minShared) atTheBound++;
        if (shared < plan.minShared || words.length < plan.minWords || words.length > plan.maxWords) missed.push({ query, threshold, text });
      }
    }
    expect(missed).toEqual([]);
    // the check is not empty: most pairs are matches, and many hold exactly minShared keys (one more would lose them)
    expect(matches).toBeGreaterThan(1000);
    expect(atTheBound).toBeGreaterThan(50);
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
