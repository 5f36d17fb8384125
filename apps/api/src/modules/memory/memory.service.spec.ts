import { MemoryLookup } from './lookup/memory-lookup';
import type { MemoryLookupRepository } from './lookup/memory-lookup.repository';

describe('MemoryLookup', () => {
  const candidate = (source: string, origin: 'human' | 'tmx' | 'mt', contextHash: number | null = null) => ({
    unitId: 1,
    source,
    sourceLanguage: 'en',
    contextHash,
    target: 'Долой капитализм в 1992 году!',
    targetLanguage: 'ru',
    origin,
    authorName: null,
    updatedAt: new Date(),
  });
  const lookupWith = (candidates: ReturnType<typeof candidate>[]) => {
    const repo = { frequencies: jest.fn().mockResolvedValue(new Map([[1, 1]])), candidates: jest.fn().mockResolvedValue(candidates) };
    return new MemoryLookup(repo as unknown as MemoryLookupRepository, { memoryPenalties: { tmx: 2, mt: 5, aligned: 3 } });
  };

  it('takes points by origin, sorts by score and drops what falls below 50', async () => {
    const found = await lookupWith([
      candidate('Down with capitalism in 1992!', 'mt'),
      candidate('Down with capitalism in 1992!', 'tmx'),
      candidate('Up with the working class', 'human'),
    ]).lookup({ text: 'Down with capitalism in 1992!', sourceLanguage: 'en', targetLanguage: 'ru', projectId: 'p' });
    expect(found.map((m) => [m.origin, m.score, m.band])).toEqual([['tmx', 98, '95-99']]);
  });

  it('replaces numbers in the target when only numbers differ', async () => {
    const [match] = await lookupWith([candidate('Down with capitalism in 1992!', 'human')]).lookup({
      text: 'Down with capitalism in 1993!',
      sourceLanguage: 'en',
      targetLanguage: 'ru',
      projectId: 'p',
    });
    expect(match).toMatchObject({ score: 99, numbersReplaced: true, target: 'Долой капитализм в 1993 году!' });
  });
});
