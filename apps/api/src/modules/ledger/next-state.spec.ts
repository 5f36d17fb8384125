import { decide } from './next-state';
import type { LedgerEntry, TranslationState } from './translation-change';

const current: TranslationState = {
  id: 't1',
  segmentId: 'seg',
  language: 'de',
  text: 'Alle Macht den Räten!',
  status: 'translated',
  origin: 'human',
  score: null,
  version: 4,
  authorId: 'tanya',
  reviewComment: null,
  updatedAt: new Date('2026-12-01T10:00:00Z'),
};
const revert = (status: TranslationState['status'], reviewer: boolean): LedgerEntry => ({
  segmentId: 'seg',
  language: 'de',
  expected: 4,
  authorId: 'someone',
  change: { kind: 'reverted', text: 'Alle Macht den Sowjets!', status, toVersion: 2, reviewer },
});

describe('the rule of a revert', () => {
  it('restores the text as a new human version, saying which version it came from', () => {
    const decision = decide(revert('translated', false), current);
    expect(decision).toMatchObject({
      outcome: 'write',
      next: { text: 'Alle Macht den Sowjets!', status: 'translated', origin: 'human', revision: { comment: 'restored version 2' } },
    });
  });

  it('does not let a translator restore an approval or a rejection: the text awaits review again', () => {
    expect(decide(revert('approved', false), current)).toMatchObject({ outcome: 'write', next: { status: 'translated' } });
    expect(decide(revert('rejected', false), current)).toMatchObject({ outcome: 'write', next: { status: 'translated' } });
  });

  it('lets a reviewer restore the decision with the text', () => {
    expect(decide(revert('approved', true), current)).toMatchObject({ outcome: 'write', next: { status: 'approved' } });
  });

  it('writes nothing when the text and status are already those restored', () => {
    expect(decide(revert('approved', false), { ...current, text: 'Alle Macht den Sowjets!' })).toEqual({ outcome: 'unchanged' });
  });
});
