import type { SegmentRow, TranslationStatus } from '@interlinea/shared';
import { findTarget, isUnconfirmed, parseSegmentNumber } from './grid-navigation';
import { editorCommandFor } from './editor-command';

function row(index: number, status: TranslationStatus | null, translatable = true): SegmentRow {
  return {
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    index,
    blockIndex: 0,
    source: `Satz ${index + 1}`,
    wordCount: 2,
    translatable,
    codes: [],
    openComments: 0,
    translation: status && { text: 'x', status, origin: 'human', version: 1, authorName: 'Tanya', updatedAt: '2026-01-01T00:00:00Z', reviewComment: null },
  };
}

describe('going to a segment in a long document', () => {
  const rows = [row(0, 'approved', false), row(1, 'translated'), row(2, 'approved'), row(3, 'rejected'), row(4, null), row(5, 'translated', false)];

  it('finds a segment by its number (index + 1)', () => {
    expect(findTarget(rows, { kind: 'number', number: 3 }, true)?.index).toBe(2);
    expect(findTarget(rows, { kind: 'number', number: 99 }, true)).toBeNull();
  });

  it('finds the first unconfirmed: none, draft or rejected, never site furniture', () => {
    expect(findTarget(rows, { kind: 'firstUnconfirmed' }, true)?.index).toBe(3);
    expect(isUnconfirmed(row(9, 'draft'))).toBe(true);
    expect(isUnconfirmed(row(9, null, false))).toBe(false);
  });

  it('first and last skip site furniture', () => {
    expect(findTarget(rows, { kind: 'first' }, true)?.index).toBe(1);
    expect(findTarget(rows, { kind: 'last' }, true)?.index).toBe(4);
  });

  it('does not answer "last" while pages are still loading', () => {
    expect(findTarget(rows, { kind: 'last' }, false)).toBeNull();
    expect(findTarget(rows, { kind: 'number', number: 2 }, false)?.index).toBe(1);
  });

  it('reads what was typed in the box', () => {
    expect(parseSegmentNumber(' 10000 ')).toBe(10000);
    expect(parseSegmentNumber('#12')).toBe(12);
    expect(parseSegmentNumber('0')).toBeNull();
    expect(parseSegmentNumber('-3')).toBeNull();
    expect(parseSegmentNumber('zwölf')).toBeNull();
  });
});

describe('the grid’s keys', () => {
  const key = (init: KeyboardEventInit) => editorCommandFor(new KeyboardEvent('keydown', init));

  it('Alt+→ / Alt+← move between edition columns', () => {
    expect(key({ key: 'ArrowRight', altKey: true })).toEqual({ type: 'column', delta: 1 });
    expect(key({ key: 'ArrowLeft', altKey: true })).toEqual({ type: 'column', delta: -1 });
    // plain arrows move the caret in the text, and Alt+↓ still moves between rows
    expect(key({ key: 'ArrowRight' })).toBeNull();
    expect(key({ key: 'ArrowDown', altKey: true })).toEqual({ type: 'move', delta: 1 });
  });

  it('Ctrl+Home / Ctrl+End jump to the first / last segment; Ctrl+G goes to a number', () => {
    expect(key({ key: 'Home', ctrlKey: true })).toEqual({ type: 'jump', to: 'first' });
    expect(key({ key: 'End', ctrlKey: true })).toEqual({ type: 'jump', to: 'last' });
    expect(key({ key: 'End', ctrlKey: true, shiftKey: true })).toBeNull();
    expect(key({ key: 'п', code: 'KeyG', ctrlKey: true })).toEqual({ type: 'goToNumber' });
  });
});
