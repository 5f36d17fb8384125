import type { SegmentRow, Translation } from '@interlinea/shared';
import { applyPredicates, authorsOf, NO_FILTER, predicatesOf, textSearchOf, type SegmentFilter, type SegmentPredicate } from './segment-filter';
import { replacePreview } from './replace-preview';

let n = 0;
function row(source: string, translation: Partial<Translation> | null): SegmentRow {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    index: n - 1,
    blockIndex: 0,
    source,
    openComments: 0,
    translatable: true,
    wordCount: 3,
    codes: [],
    translation: translation && {
      text: '',
      status: 'translated',
      origin: 'human',
      version: 1,
      authorName: 'Tanya',
      updatedAt: '2026-01-01T00:00:00Z',
      reviewComment: null,
      ...translation,
    },
  };
}

const rows = [
  row('Sign the contract.', { text: 'Подпишите договор.', origin: 'tm', score: 100, authorName: 'Tanya' }),
  row('The contracts are kept.', { text: 'Договоры соблюдаются.', status: 'rejected', reviewComment: 'Term', authorName: 'Pavel' }),
  row('Die Straße ist frei.', { text: 'Улица свободна.', origin: 'mt', authorName: 'Pavel' }),
  row('Open the door.', null),
  row('Thanks.', { text: 'Спасибо.', status: 'approved', origin: 'tm', score: 87 }),
];
const shown = (filter: Partial<SegmentFilter>) => applyPredicates(rows, predicatesOf({ ...NO_FILTER, ...filter })).map((r) => r.source);
const text = (find: string, more: Partial<SegmentFilter['text']> = {}) => ({ text: { ...NO_FILTER.text, find, ...more } });

describe('the grid filter', () => {
  it('shows everything without criteria', () => {
    expect(shown({})).toHaveLength(rows.length);
  });

  it('keeps the rejected status filter, where the translator finds segments sent back', () => {
    expect(shown({ status: 'rejected' })).toEqual(['The contracts are kept.']);
    expect(shown({ status: 'empty' })).toEqual(['Open the door.']);
  });

  it('filters by origin, match band and author, all criteria combined', () => {
    expect(shown({ origin: 'tm' })).toEqual(['Sign the contract.', 'Thanks.']);
    expect(shown({ band: '100' })).toEqual(['Sign the contract.']);
    expect(shown({ band: '85-94' })).toEqual(['Thanks.']);
    expect(shown({ band: 'none' })).toEqual(['The contracts are kept.', 'Die Straße ist frei.', 'Open the door.']);
    expect(shown({ author: 'Pavel' })).toEqual(['The contracts are kept.', 'Die Straße ist frei.']);
    expect(shown({ author: 'Pavel', origin: 'mt' })).toEqual(['Die Straße ist frei.']);
    expect(authorsOf(rows)).toEqual(['Pavel', 'Tanya']);
  });

  it('finds text in the source, the translation or both, in Cyrillic and German, with whole word and case', () => {
    expect(shown(text('договор'))).toEqual(['Sign the contract.', 'The contracts are kept.']);
    expect(shown(text('договор', { wholeWord: true }))).toEqual(['Sign the contract.']);
    expect(shown(text('договор', { matchCase: true }))).toEqual(['Sign the contract.']);
    expect(shown(text('contract', { scope: 'target' }))).toEqual([]);
    expect(shown(text('contract', { scope: 'source', wholeWord: true }))).toEqual(['Sign the contract.']);
    expect(shown(text('straße'))).toEqual(['Die Straße ist frei.']);
  });

  it('reads a regular expression, and an invalid one filters nothing and says why', () => {
    expect(shown(text('^(Спасибо|Улица)', { regex: true }))).toEqual(['Die Straße ist frei.', 'Thanks.']);
    const invalid = textSearchOf({ ...NO_FILTER.text, find: '[а-я', regex: true });
    expect(invalid.pattern).toBeNull();
    expect(invalid.error).toMatch(/not a valid regular expression/);
    expect(shown(text('[а-я', { regex: true }))).toHaveLength(rows.length);
  });

  it('takes a further criterion as one more predicate, combined by AND', () => {
    const longSource: SegmentPredicate = (r) => r.source.length > 15;
    expect(applyPredicates(rows, [...predicatesOf({ ...NO_FILTER, origin: 'tm' }), longSource]).map((r) => r.source)).toEqual(['Sign the contract.']);
  });
});

describe('the QA and open-comment criteria', () => {
  it('keeps rows whose worst finding reaches the level chosen, and rows with open comments', () => {
    const clean = row('Seven workers.', { text: 'Семь рабочих.' });
    const warned = row('Seven workers.', { text: 'Семь рабочих' });
    const wrong = row('500 workers.', { text: '600 рабочих.' });
    const discussed = { ...row('A doubtful one.', { text: 'Сомнительное.' }), openComments: 2 };
    const severity = new Map([
      [warned.id, 'warning' as const],
      [wrong.id, 'error' as const],
    ]);
    const severityOf = (r: SegmentRow) => severity.get(r.id) ?? null;
    const all = [clean, warned, wrong, discussed];
    expect(applyPredicates(all, predicatesOf({ ...NO_FILTER, qa: 'error' }, severityOf))).toEqual([wrong]);
    expect(applyPredicates(all, predicatesOf({ ...NO_FILTER, qa: 'warning' }, severityOf))).toEqual([warned, wrong]);
    expect(applyPredicates(all, predicatesOf({ ...NO_FILTER, openComments: true }))).toEqual([discussed]);
  });

  it('shows only outdated translations, combined with the other criteria', () => {
    const stale = { ...row('The union meets at ten.', { text: 'Профсоюз собирается в десять.', authorName: 'Pavel' }), outdated: true };
    const staleOther = { ...row('Strike!', { text: 'Бастуйте!', authorName: 'Tanya' }), outdated: true };
    const all = [...rows, stale, staleOther];
    expect(applyPredicates(all, predicatesOf({ ...NO_FILTER, outdated: true }))).toEqual([stale, staleOther]);
    expect(applyPredicates(all, predicatesOf({ ...NO_FILTER, outdated: true, author: 'Pavel' }))).toEqual([stale]);
  });
});

describe('the replace preview', () => {
  it('lists every target that changes, with the spans before and after', () => {
    const preview = replacePreview(rows, 'договор', 'контракт', { wholeWord: false, matchCase: false, regex: false });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.items.map((i) => i.result.after)).toEqual(['Подпишите контракт.', 'контракты соблюдаются.']);
    expect(preview.items.map((i) => i.version)).toEqual([1, 1]);
    const [first] = preview.items;
    const span = first.result.spans[0];
    expect(first.result.before.slice(span.before.start, span.before.end)).toBe('договор');
    expect(first.result.after.slice(span.after.start, span.after.end)).toBe('контракт');
  });

  it('answers an invalid regular expression instead of a preview', () => {
    const preview = replacePreview(rows, '(', 'x', { wholeWord: false, matchCase: false, regex: true });
    expect(preview.ok).toBe(false);
  });
});
