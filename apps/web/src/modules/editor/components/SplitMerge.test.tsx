import type { SegmentRow } from '@interlinea/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { fakeGridLayout } from '../../../test/fake-layout';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { draftStore } from '../utils/draft-store';

const EDITOR_PATH = `/documents/${fixtures.documentId}/ru`;
const SEGMENTS_PATH = `/api/documents/${fixtures.documentId}/segments`;

/** Three segments: the first two share a block, the third is a paragraph of its own. */
function blockRows(): SegmentRow[] {
  const rows = fixtures.segments(3);
  return [
    { ...rows[0], blockIndex: 0 },
    { ...rows[1], blockIndex: 0, translation: fixtures.translation({ text: 'Второе.' }) },
    { ...rows[2], blockIndex: 1 },
  ];
}

function editorApi(rows: SegmentRow[], answer: SegmentRow[]) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(200, fixtures.me()),
    [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(rows.length)),
    [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project()),
    [`GET ${SEGMENTS_PATH}`]: () => jsonResponse(200, rows),
    ...Object.fromEntries(rows.map((s) => [`GET /api/segments/${s.id}/matches`, () => jsonResponse(200, { matches: [], mt: null })])),
    ...Object.fromEntries(rows.map((s) => [`POST /api/segments/${s.id}/split`, () => jsonResponse(200, answer)])),
    ...Object.fromEntries(rows.map((s) => [`POST /api/segments/${s.id}/merge`, () => jsonResponse(200, answer)])),
  });
}

const posts = (calls: { method: string; path: string; body: unknown }[]) =>
  calls.filter((c) => c.method === 'POST').map((c) => ({ path: c.path, body: c.body }));
const segmentFetches = (calls: { method: string; path: string }[]) => calls.filter((c) => c.method === 'GET' && c.path.startsWith(SEGMENTS_PATH)).length;

describe('split and merge', () => {
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

  it('splits the active segment where the caret is put in the source, then fetches the list again', async () => {
    const rows = blockRows();
    api = editorApi(rows, [rows[0]]);
    const { user } = renderApp(EDITOR_PATH);
    await screen.findByRole('textbox', { name: 'Translation of segment 1' });

    await user.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
    const source = await screen.findByTestId('split-source');
    await waitFor(() => expect(source).toHaveFocus());
    await user.keyboard('{Home}{Control>}{ArrowRight}{ArrowRight}{/Control}{ArrowLeft}{ArrowRight}');
    expect(source).toHaveAttribute('data-offset', '16');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(posts(api.calls)).toEqual([{ path: `/api/segments/${rows[0].id}/split?lang=ru`, body: { sourceOffset: 16 } }]));
    await waitFor(() => expect(segmentFetches(api.calls)).toBe(2));
    expect(screen.queryByTestId('split-source')).not.toBeInTheDocument();
  });

  it('splits the translation with the source, at the matching sentence start', async () => {
    const rows = blockRows();
    rows[0] = { ...rows[0], source: 'First sentence here. Second one here.', translation: fixtures.translation({ text: 'Первое предложение. Второе.' }) };
    api = editorApi(rows, [rows[0]]);
    const { user } = renderApp(EDITOR_PATH);
    // The editor opens on the first segment without a translation: go back to the first.
    await screen.findByRole('textbox', { name: 'Translation of segment 3' });
    await user.keyboard('{Alt>}{ArrowUp}{ArrowUp}{/Alt}');
    await screen.findByRole('textbox', { name: 'Translation of segment 1' });

    await user.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
    const source = await screen.findByTestId('split-source');
    await waitFor(() => expect(source).toHaveFocus());
    await user.keyboard('{Home}{Control>}{ArrowRight}{ArrowRight}{ArrowRight}{/Control}');
    expect(source).toHaveAttribute('data-offset', '21');
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Split segment 1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Split here' }));

    await waitFor(() =>
      expect(posts(api.calls)).toEqual([{ path: `/api/segments/${rows[0].id}/split?lang=ru`, body: { sourceOffset: 21, targetOffset: 20 } }]),
    );
  });

  it('merges with the next segment after asking, because a translation is involved', async () => {
    const rows = blockRows();
    api = editorApi(rows, [rows[0]]);
    const { user } = renderApp(EDITOR_PATH);
    await screen.findByRole('textbox', { name: 'Translation of segment 1' });

    await user.click(screen.getByRole('button', { name: 'Merge with next' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge segments 1 and 2?' });
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));

    await waitFor(() => expect(posts(api.calls)).toEqual([{ path: `/api/segments/${rows[0].id}/merge?lang=ru`, body: { withNext: true } }]));
    await waitFor(() => expect(segmentFetches(api.calls)).toBe(2));
  });

  it('offers no merge on the last segment of a paragraph', async () => {
    const rows = blockRows();
    api = editorApi(rows, []);
    const { user } = renderApp(EDITOR_PATH);
    await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await screen.findByRole('textbox', { name: 'Translation of segment 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Merge with next' })).toBeDisabled();
  });
});
