import type { SegmentRow, Translation } from '@interlinea/shared';
import { outdatedAfter } from './outdated-after';

const translation = (version: number, status: Translation['status'] = 'translated'): Translation => ({
  text: 'Der Streik beginnt.',
  status,
  origin: 'human',
  version,
  authorName: 'Dieter',
  updatedAt: '2026-01-01T00:00:00.000Z',
  reviewComment: null,
});
const row = (outdated: boolean): SegmentRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  index: 0,
  blockIndex: 0,
  source: 'Забастовка начинается.',
  wordCount: 2,
  translatable: true,
  translation: translation(3),
  codes: [],
  openComments: 0,
  sourceVersion: 2,
  outdated,
});

describe('outdatedAfter', () => {
  it('clears the flag when a new text or a confirmation comes back', () => {
    expect(outdatedAfter(row(true), translation(4))).toBe(false);
  });
  it('keeps it through a review decision or the same version', () => {
    expect(outdatedAfter(row(true), translation(4, 'approved'))).toBe(true);
    expect(outdatedAfter(row(true), translation(3))).toBe(true);
    expect(outdatedAfter(row(false), translation(4))).toBe(false);
  });
});
