import type { DataSource, EntityManager } from 'typeorm';
import type { AccessService } from '../access/access.service';
import type { TranslationEvent } from '../ledger/ledger-event';
import type { LedgerOutbox } from '../ledger/ledger-outbox';
import type { TranslationLedger } from '../ledger/translation-ledger';
import type { ProjectsService } from '../projects/projects.service';
import { MemoryFollower } from './memory-follower';
import type { MemoryIndexRepository } from './index/memory-index.repository';
import type { MemoryLookup } from './lookup/memory-lookup';
import type { MemoryLookupRepository } from './lookup/memory-lookup.repository';
import type { MemorySearchRepository } from './lookup/memory-search.repository';
import { MemoryService } from './memory.service';
import type { MemoryReviewRepository } from './review/memory-review.repository';
import type { EditionText, SegmentEditions, SegmentMemoryRepository } from './segment-memory.repository';

const manager = {} as EntityManager;
const edition = (language: 'ru' | 'de', text: string, status: EditionText['status'], origin: EditionText['origin'] = 'human'): EditionText => ({
  language,
  text,
  status,
  origin,
  authorName: 'Tanya',
  updatedAt: new Date('2026-11-24T10:00:00Z'),
});
const event = (
  text: string,
  status: TranslationEvent['status'],
  origin: TranslationEvent['origin'] = 'human',
  previousStatus: TranslationEvent['previousStatus'] = 'draft',
): TranslationEvent => ({
  id: '1',
  translationId: 't',
  segmentId: 'seg',
  documentId: 'doc',
  projectId: 'p',
  language: 'ru',
  version: 2,
  kind: 'typed',
  text,
  status,
  previousStatus,
  origin,
  authorId: 'tanya',
  payload: null,
  createdAt: new Date(),
});

function setUp(translations: EditionText[], propagateRepetitions = true, contributesToShared = true) {
  const segment: SegmentEditions = {
    segmentId: 'seg',
    documentId: 'doc',
    projectId: 'p',
    sourceLanguage: 'en',
    source: 'Down with capitalism!',
    sourceHash: 'h',
    previous: null,
    next: 'Down with Stalinism!',
    previousTranslations: null,
    propagateRepetitions,
    contributesToShared,
    translations,
  };
  const index = { lockSegments: jest.fn(), removeSegmentUnits: jest.fn(), store: jest.fn(), segmentUnitIds: jest.fn().mockResolvedValue(new Map()) };
  const segments = {
    editions: jest.fn().mockResolvedValue(segment),
    editionsOf: jest.fn().mockResolvedValue(new Map([['seg', segment]])),
    repetitions: jest.fn().mockResolvedValue([{ segmentId: 'rep', translationId: null, version: null, text: null }]),
  };
  const ledger = { applyAll: jest.fn().mockResolvedValue([{ outcome: 'written' }]) };
  const memory = new MemoryService(
    {} as DataSource,
    {} as AccessService,
    {} as ProjectsService,
    index as unknown as MemoryIndexRepository,
    segments as unknown as SegmentMemoryRepository,
    {} as MemoryLookup,
    {} as MemoryLookupRepository,
    {} as MemorySearchRepository,
    {} as LedgerOutbox,
    { corrections: jest.fn().mockResolvedValue([]) } as unknown as MemoryReviewRepository,
  );
  const follower = new MemoryFollower({} as LedgerOutbox, ledger as unknown as TranslationLedger, memory, segments as unknown as SegmentMemoryRepository);
  return { index, ledger, follower };
}

describe('MemoryFollower: the memory follows changes to translations', () => {
  it('keeps the unit in the project when the project does not contribute to the shared memory', async () => {
    const { index, follower } = setUp([edition('ru', 'Долой капитализм!', 'translated')], true, false);
    await follower.follow([event('Долой капитализм!', 'translated')], manager);
    const [[units]] = index.store.mock.calls;
    expect(units[0]).toMatchObject({ projectId: 'p', shared: false, segmentId: 'seg' });
  });

  it('stores the source and every confirmed edition as one unit, and fills repetitions', async () => {
    const { index, ledger, follower } = setUp([edition('ru', 'Долой капитализм!', 'translated'), edition('de', 'Nieder!', 'draft')]);
    await follower.follow([event('Долой капитализм!', 'translated')], manager);
    expect(index.removeSegmentUnits).toHaveBeenCalledWith(['seg'], manager, []);
    const [[units]] = index.store.mock.calls;
    expect(units[0]).toMatchObject({ projectId: 'p', shared: true, segmentId: 'seg' });
    expect(units[0].variants.map((v: { language: string; text: string }) => [v.language, v.text])).toEqual([
      ['en', 'Down with capitalism!'],
      ['ru', 'Долой капитализм!'],
    ]);
    expect(ledger.applyAll).toHaveBeenCalledWith(
      [{ segmentId: 'rep', language: 'ru', expected: 0, authorId: 'tanya', change: { kind: 'propagated', text: 'Долой капитализм!', fromSegmentId: 'seg' } }],
      manager,
    );
  });

  it('retracts the unit when the translation is rejected', async () => {
    const { index, ledger, follower } = setUp([edition('ru', 'Долой капитализм!', 'rejected')]);
    await follower.follow([event('Долой капитализм!', 'rejected', 'human', 'translated')], manager);
    expect(index.removeSegmentUnits).toHaveBeenCalled();
    expect(index.store).not.toHaveBeenCalled();
    expect(ledger.applyAll).not.toHaveBeenCalled();
  });

  it('does not fill repetitions when the project turned it off, nor from a propagated translation', async () => {
    const off = setUp([edition('ru', 'Долой капитализм!', 'approved')], false);
    await off.follower.follow([event('Долой капитализм!', 'approved')], manager);
    expect(off.ledger.applyAll).not.toHaveBeenCalled();
    const propagated = setUp([edition('ru', 'Долой капитализм!', 'translated', 'propagated')]);
    await propagated.follower.follow([event('Долой капитализм!', 'translated', 'propagated')], manager);
    expect(propagated.ledger.applyAll).not.toHaveBeenCalled();
  });

  it('leaves the memory alone for drafts that were never confirmed', async () => {
    const { index, follower } = setUp([edition('ru', 'Долой', 'draft')]);
    await follower.follow([event('Долой', 'draft', 'human', null)], manager);
    expect(index.removeSegmentUnits).not.toHaveBeenCalled();
  });
});
