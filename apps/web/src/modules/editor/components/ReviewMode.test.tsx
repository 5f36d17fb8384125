import type { ReviewRequest, SegmentRow } from '@interlinea/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { fakeGridLayout } from '../../../test/fake-layout';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi, type ApiCall } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { draftStore } from '../utils/draft-store';

const EDITOR_PATH = `/documents/${fixtures.documentId}/ru`;

/** Segments 1, 2 and 4 await review; 3 is a draft. */
function reviewSegments(): SegmentRow[] {
  return fixtures.segments(4).map((s, i) => ({
    ...s,
    translation: fixtures.translation({ text: `Перевод ${i + 1}`, status: i === 2 ? 'draft' : 'translated', version: i + 1 }),
  }));
}

function reviewApi(segments: SegmentRow[], uiLanguage: 'en' | 'de' = 'en') {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ uiLanguage })),
    [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(segments.length)),
    [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project()),
    [`GET /api/documents/${fixtures.documentId}/segments`]: () => jsonResponse(200, segments),
    ...Object.fromEntries(
      segments.flatMap((s) => [
        [`GET /api/segments/${s.id}/matches`, () => jsonResponse(200, { matches: [], mt: null })],
        [`GET /api/segments/${s.id}/translations/ru/revisions`, () => jsonResponse(200, [])],
        [`GET /api/segments/${s.id}/glossary`, () => jsonResponse(200, { terms: [] })],
        [
          `POST /api/segments/${s.id}/translations/ru/review`,
          (call: ApiCall) => {
            const body = call.body as ReviewRequest;
            return jsonResponse(
              200,
              fixtures.translation({
                text: s.translation!.text,
                status: body.decision === 'approve' ? 'approved' : 'rejected',
                version: body.version! + 1,
                reviewComment: body.comment ?? null,
                reviewerName: 'Anna',
                reviewedAt: '2026-12-03T12:00:00.000Z',
              }),
            );
          },
        ],
      ]),
    ),
  });
}

const reviews = (calls: ApiCall[]) => calls.filter((c) => c.method === 'POST').map((c) => ({ path: c.path, body: c.body }));
const rowOf = (index: number) => screen.getAllByTestId('segment-row').find((r) => r.getAttribute('data-index') === String(index))!;

describe('review mode, by keyboard', () => {
  let api: ReturnType<typeof mockApi>;
  let restoreLayout: () => void;
  beforeEach(() => {
    restoreLayout = fakeGridLayout();
  });
  afterEach(() => {
    cleanup();
    restoreLayout();
    api.restore();
    draftStore.clearAll();
  });

  it('walks the segments awaiting review: Ctrl+Enter approves and moves on, Alt+R puts the cursor in the reason, Ctrl+Enter there rejects', async () => {
    const segments = reviewSegments();
    api = reviewApi(segments);
    const { user } = renderApp(EDITOR_PATH);

    await user.click(await screen.findByTestId('review-mode-toggle'));
    expect(await screen.findByTestId('review-position')).toHaveTextContent('1 of 3');
    // the draft is not part of the walk
    await waitFor(() => expect(screen.getAllByTestId('segment-row')).toHaveLength(3));
    const first = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await waitFor(() => expect(first).toHaveFocus());

    await user.keyboard('{Control>}{Enter}{/Control}');
    const second = await screen.findByRole('textbox', { name: 'Translation of segment 2' });
    await waitFor(() => expect(second).toHaveFocus());
    expect(screen.getByTestId('review-position')).toHaveTextContent('2 of 3');
    expect(within(rowOf(0)).getByTestId('status-label')).toHaveTextContent('Approved');
    expect(within(rowOf(0)).getByTestId('reviewed-by')).toHaveTextContent('Approved by Anna');

    await user.keyboard('{Alt>}r{/Alt}');
    const reason = screen.getByTestId('reject-reason');
    await waitFor(() => expect(reason).toHaveFocus());
    // a rejection without a reason is refused
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Say why the translation is rejected.')).toBeInTheDocument();
    await user.type(reason, 'Термин: «совет», не «собрание».');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const fourth = await screen.findByRole('textbox', { name: 'Translation of segment 4' });
    await waitFor(() => expect(fourth).toHaveFocus());
    expect(screen.getByTestId('review-position')).toHaveTextContent('3 of 3');
    expect(reviews(api.calls)).toEqual([
      { path: `/api/segments/${segments[0].id}/translations/ru/review`, body: { decision: 'approve', version: 1 } },
      { path: `/api/segments/${segments[1].id}/translations/ru/review`, body: { decision: 'reject', comment: 'Термин: «совет», не «собрание».', version: 2 } },
    ]);
    expect(within(rowOf(1)).getByTestId('status-label')).toHaveTextContent('Rejected');
  }, 30_000);

  it('gives the grid one tab stop and reaches the side panel with F6', async () => {
    api = reviewApi(reviewSegments());
    const { user } = renderApp(EDITOR_PATH);
    // the editor opens on the first segment not done yet: segment 3, the draft
    const first = await screen.findByRole('textbox', { name: 'Translation of segment 3' });
    await waitFor(() => expect(first).toHaveFocus());
    expect(screen.getAllByRole('button', { name: /^Edit translation of segment/ })).toHaveLength(3);
    for (const other of screen.getAllByRole('button', { name: /^Edit translation of segment/ })) expect(other).toHaveAttribute('tabindex', '-1');

    await user.keyboard('{F6}');
    await waitFor(() => expect(screen.getByTestId('side-panel')).toHaveFocus());
    await user.keyboard('{F6}');
    await waitFor(() => expect(first).toHaveFocus());
  });

  it('names the keys as a German keyboard does in the shortcut help', async () => {
    api = reviewApi(reviewSegments(), 'de');
    const { user } = renderApp(EDITOR_PATH, 'de');
    await screen.findAllByTestId('segment-row');
    await user.keyboard('{F1}');
    const help = await screen.findByTestId('shortcut-help');
    const keys = within(help)
      .getAllByText((_, el) => el?.tagName === 'KBD')
      .map((k) => k.textContent);
    expect(keys).toContain('Strg+Enter');
    expect(keys).toContain('Strg+Einfg');
    expect(keys).not.toContain('Ctrl+Enter');
  });
});
