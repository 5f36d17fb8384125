import type { DataSource, EntityManager } from 'typeorm';
import type { AccessService } from '../access/access.service';
import type { ProjectsService } from '../projects/projects.service';
import type { MemoryIndexRepository } from './memory-index.repository';
import { MemoryLookup } from './memory-lookup';
import type { MemoryLookupRepository } from './memory-lookup.repository';
import type { MemorySearchRepository } from './memory-search.repository';
import { MemoryService } from './memory.service';
import type { EditionText, SegmentEditions, SegmentMemoryRepository } from './segment-memory.repository';

const user = { id: 'tanya', email: 't@example.org', displayName: 'Tanya', isAdmin: false, sessionId: 's' };
const manager = {} as EntityManager;
const edition = (language: 'ru' | 'de', text: string, status: EditionText['status'], origin: EditionText['origin'] = 'human'): EditionText => ({
  language, text, status, origin, authorName: 'Tanya', updatedAt: new Date('2026-11-24T10:00:00Z'),
});

function setUp(translations: EditionText[], propagateRepetitions = true) {
  const segment: SegmentEditions = {
    segmentId: 'seg', documentId: 'doc', projectId: 'p', sourceLanguage: 'en', source: 'Down with capitalism!', sourceHash: 'h',
    previous: null, next: 'Down with Stalinism!', propagateRepetitions, translations,
  };
  const index = { lockSegment: jest.fn(), removeSegmentUnit: jest.fn(), store: jest.fn() };
  const segments = {
    editions: jest.fn().mockResolvedValue(segment),
    repetitions: jest.fn().mockResolvedValue([{ segmentId: 'rep', translationId: null, version: null, text: null }]),
    propagate: jest.fn().mockResolvedValue(true),
  };
  const service = new MemoryService(
    {} as DataSource, {} as AccessService, {} as ProjectsService, index as unknown as MemoryIndexRepository,
    segments as unknown as SegmentMemoryRepository, {} as MemoryLookup, {} as MemoryLookupRepository, {} as MemorySearchRepository,
  );
  return { index, segments, service };
}

describe('MemoryService.translationChanged', () => {
  it('stores the source and every confirmed edition as one unit, and fills repetitions', async () => {
    const { index, segments, service } = setUp([edition('ru', 'Долой капитализм!', 'translated'), edition('de', 'Nieder!', 'draft')]);
    await expect(service.translationChanged('seg', 'ru', user, manager)).resolves.toBe(1);
    expect(index.removeSegmentUnit).toHaveBeenCalledWith('seg', manager);
    const [[units]] = index.store.mock.calls;
    expect(units[0]).toMatchObject({ projectId: 'p', shared: true, segmentId: 'seg' });
    expect(units[0].variants.map((v: { language: string; text: string }) => [v.language, v.text])).toEqual([['en', 'Down with capitalism!'], ['ru', 'Долой капитализм!']]);
    expect(segments.propagate).toHaveBeenCalledWith(expect.objectContaining({ segmentId: 'rep' }), 'ru', 'Долой капитализм!', 'tanya', 'seg', manager);
  });

  it('retracts the unit when the translation is rejected', async () => {
    const { index, segments, service } = setUp([edition('ru', 'Долой капитализм!', 'rejected')]);
    await expect(service.translationChanged('seg', 'ru', user, manager)).resolves.toBe(0);
    expect(index.removeSegmentUnit).toHaveBeenCalled();
    expect(index.store).not.toHaveBeenCalled();
    expect(segments.propagate).not.toHaveBeenCalled();
  });

  it('does not fill repetitions when the project turned it off, nor from a propagated translation', async () => {
    const off = setUp([edition('ru', 'Долой капитализм!', 'approved')], false);
    await off.service.translationChanged('seg', 'ru', user, manager);
    expect(off.segments.propagate).not.toHaveBeenCalled();
    const propagated = setUp([edition('ru', 'Долой капитализм!', 'translated', 'propagated')]);
    await propagated.service.translationChanged('seg', 'ru', user, manager);
    expect(propagated.segments.propagate).not.toHaveBeenCalled();
  });
});

describe('MemoryLookup', () => {
  const candidate = (source: string, origin: 'human' | 'tmx' | 'mt', contextHash: number | null = null) => ({
    unitId: 1, source, sourceLanguage: 'en', contextHash, target: 'Долой капитализм в 1992 году!', targetLanguage: 'ru', origin, authorName: null, updatedAt: new Date(),
  });
  const lookupWith = (candidates: ReturnType<typeof candidate>[]) => {
    const repo = { frequencies: jest.fn().mockResolvedValue(new Map([[1, 1]])), candidates: jest.fn().mockResolvedValue(candidates) };
    return new MemoryLookup(repo as unknown as MemoryLookupRepository, { memoryPenalties: { tmx: 2, mt: 5, aligned: 3 } });
  };

  it('takes points by origin, sorts by score and drops what falls below 50', async () => {
    const found = await lookupWith([candidate('Down with capitalism in 1992!', 'mt'), candidate('Down with capitalism in 1992!', 'tmx'), candidate('Up with the working class', 'human')])
      .lookup({ text: 'Down with capitalism in 1992!', sourceLanguage: 'en', targetLanguage: 'ru', projectId: 'p' });
    expect(found.map((m) => [m.origin, m.score, m.band])).toEqual([['tmx', 98, '95-99']]);
  });

  it('replaces numbers in the target when only numbers differ', async () => {
    const [match] = await lookupWith([candidate('Down with capitalism in 1992!', 'human')]).lookup({ text: 'Down with capitalism in 1993!', sourceLanguage: 'en', targetLanguage: 'ru', projectId: 'p' });
    expect(match).toMatchObject({ score: 99, numbersReplaced: true, target: 'Долой капитализм в 1993 году!' });
  });
});
