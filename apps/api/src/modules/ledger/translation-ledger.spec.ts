import type { DataSource, EntityManager } from 'typeorm';
import type { Translation } from '@interlinea/shared';
import type { LedgerOutbox } from './ledger-outbox';
import type { LedgerRepository, PlannedWrite } from './ledger.repository';
import { TranslationLedger } from './translation-ledger';
import type { LedgerEntry, TranslationState } from './translation-change';

const stored: TranslationState = {
  id: 't1',
  segmentId: 'seg',
  language: 'ru',
  text: 'Долой капитализм!',
  status: 'translated',
  origin: 'human',
  score: null,
  version: 3,
  authorId: 'roman',
  reviewComment: null,
  updatedAt: new Date('2026-11-24T10:00:00Z'),
  authorName: 'Roman',
};
const view: Translation = {
  text: 'Долой капитализм!',
  status: 'translated',
  origin: 'human',
  version: 3,
  authorName: 'Roman',
  updatedAt: '2026-11-24T10:00:00.000Z',
  reviewComment: null,
};
const typed = (text: string, version: number, status: 'draft' | 'translated' = 'translated'): LedgerEntry => ({
  segmentId: 'seg',
  language: 'ru',
  expected: version,
  authorId: 'tanya',
  change: { kind: 'typed', text, status },
});

function setUp(current: TranslationState | null, insertWins = true) {
  const repo = {
    current: jest.fn().mockResolvedValue(current ? [current] : []),
    write: jest.fn(async (rows: PlannedWrite[]) =>
      rows
        .filter((r) => r.translationId !== null || insertWins)
        .map((r) => ({
          translationId: r.translationId ?? 'new',
          segmentId: r.segmentId,
          language: r.language,
          version: r.version,
          updatedAt: new Date(),
          authorName: 'Tanya',
          eventId: '1',
        })),
    ),
    view: jest.fn().mockResolvedValue(view),
  };
  const dataSource = { transaction: (work: (m: EntityManager) => unknown) => work({} as EntityManager), manager: {} } as unknown as DataSource;
  const outbox = { soon: jest.fn() } as unknown as LedgerOutbox;
  return { repo, outbox, ledger: new TranslationLedger(dataSource, repo as unknown as LedgerRepository, outbox) };
}

describe('TranslationLedger.apply: a typed save', () => {
  it('answers a stale version with the current translation and the text sent, and writes nothing', async () => {
    const { repo, ledger } = setUp(stored);
    await expect(ledger.apply(typed('Прочь!', 2), 'Tanya')).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
      details: { current: view, submitted: { text: 'Прочь!', status: 'translated' } },
    });
    expect(repo.write).not.toHaveBeenCalled();
  });

  it('saves from the current version, keeps a revision by its author and tells the followers', async () => {
    const { repo, outbox, ledger } = setUp(stored);
    const saved = await ledger.apply(typed('Долой капитал!', 3), 'Tanya');
    expect(saved).toMatchObject({ text: 'Долой капитал!', version: 4, origin: 'human', authorName: 'Tanya' });
    const [[rows]] = repo.write.mock.calls;
    expect(rows).toEqual([
      expect.objectContaining({
        translationId: 't1',
        version: 4,
        kind: 'typed',
        changedBy: 'tanya',
        previousStatus: 'translated',
        next: expect.objectContaining({ text: 'Долой капитал!', authorId: 'tanya', origin: 'human' }),
      }),
    ]);
    expect(outbox.soon).toHaveBeenCalled();
  });

  it('does not make a revision when nothing changed', async () => {
    const { repo, ledger } = setUp(stored);
    await ledger.apply(typed(stored.text, 3), 'Roman');
    expect(repo.write).not.toHaveBeenCalled();
  });

  it('treats a first save that lost the race as a conflict', async () => {
    const { ledger } = setUp(null, false);
    await expect(ledger.apply(typed('Долой!', 0, 'draft'), 'Tanya')).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
  });

  it('asks for version 0 when the segment has no translation yet', async () => {
    const { ledger } = setUp(null);
    await expect(ledger.apply(typed('Долой!', 2), 'Tanya')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'version' })],
    });
  });
});

describe('TranslationLedger.applyAll', () => {
  it('applies several changes to one translation one after the other', async () => {
    const { repo, ledger } = setUp(null);
    repo.current.mockResolvedValueOnce([]).mockResolvedValueOnce([{ ...stored, version: 1, text: 'a' }]);
    const outcomes = await ledger.applyAll([typed('a', 0), typed('b', 1)], {} as EntityManager);
    expect(outcomes.map((o) => o.outcome)).toEqual(['written', 'written']);
    expect(repo.write).toHaveBeenCalledTimes(2);
  });

  it('never lets a pre-translation overwrite a text, and skips a stale one', async () => {
    const { ledger } = setUp(stored);
    const pretranslation = (expected: number): LedgerEntry => ({
      segmentId: 'seg',
      language: 'ru',
      expected,
      authorId: null,
      change: { kind: 'pretranslated', text: 'MT', origin: 'mt', score: null, engine: 'deepl' },
    });
    const [overText, stale] = await ledger.applyAll([pretranslation(3), pretranslation(2)], {} as EntityManager);
    expect(overText).toMatchObject({ outcome: 'refused' });
    expect(stale).toMatchObject({ outcome: 'stale' });
  });
});
