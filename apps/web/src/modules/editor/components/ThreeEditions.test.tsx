import type { SaveTranslationRequest, SegmentRow } from '@interlinea/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { fakeGridLayout } from '../../../test/fake-layout';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi, type ApiCall } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { draftStore } from '../utils/draft-store';

const EDITOR_PATH = `/documents/${fixtures.documentId}/ru`;
const ROLES = [
  { projectId: fixtures.projectId, role: 'translator' as const, language: 'ru' as const },
  { projectId: fixtures.projectId, role: 'translator' as const, language: 'de' as const },
];

/** The API's paging: `offset` and `limit` cut the list, as the server does. */
function paged(rows: SegmentRow[], call: ApiCall): Response {
  const query = new URL(call.path, 'http://localhost').searchParams;
  const offset = Number(query.get('offset') ?? 0);
  const limit = query.has('limit') ? Number(query.get('limit')) : rows.length;
  return jsonResponse(200, rows.slice(offset, offset + limit), { 'X-Total-Count': String(rows.length) });
}

function threeEditionsApi(count: number, remembered: Record<string, string[]> = {}) {
  const ru = fixtures.segments(count);
  const de = ru.map((r, i) => (i === 0 ? { ...r, translation: fixtures.translation({ text: 'Erster Satz.', version: 1 }) } : r));
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: ROLES })),
    'GET /api/me/preferences': () => jsonResponse(200, { gridEditions: remembered }),
    'PUT /api/me/preferences': (call) => jsonResponse(200, call.body),
    [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(count)),
    [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles: ROLES })),
    [`GET /api/documents/${fixtures.documentId}/segments`]: (call) => paged(call.path.includes('lang=de') ? de : ru, call),
    [`GET /api/segments/${ru[0].id}/matches`]: () => jsonResponse(200, { matches: [], mt: null }),
    [`GET /api/segments/${ru[1].id}/matches`]: () => jsonResponse(200, { matches: [], mt: null }),
    [`PUT /api/segments/${ru[0].id}/translations/de`]: (call) => {
      const body = call.body as SaveTranslationRequest;
      return jsonResponse(200, fixtures.translation({ text: body.text, status: body.status, version: body.version + 1 }));
    },
  });
}

jest.setTimeout(20_000);

describe('the three-edition grid', () => {
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

  it('shows the first page at once and reads the rest in the background', async () => {
    api = threeEditionsApi(2500);
    renderApp(EDITOR_PATH);
    expect(await screen.findAllByTestId('segment-row')).not.toHaveLength(0);
    await waitFor(() => expect(screen.getByRole('table', { name: 'Segments' })).toHaveAttribute('aria-rowcount', '2501'));
    const lists = api.calls.filter((c) => c.path.includes('/segments?')).map((c) => c.path.replace(/^.*segments\?/, ''));
    expect(lists).toEqual(['lang=ru&offset=0&limit=100', 'lang=ru&offset=100&limit=2000', 'lang=ru&offset=2100&limit=2000']);
  });

  it('shows a second edition beside the first, remembers it, and saves in it by keyboard', async () => {
    api = threeEditionsApi(30);
    const { user } = renderApp(EDITOR_PATH);
    await user.selectOptions(await screen.findByTestId('second-edition'), 'de');
    expect(screen.getAllByTestId('edition-header').map((h) => h.dataset.edition)).toEqual(['ru', 'de']);
    await waitFor(() =>
      expect(api.calls.filter((c) => c.method === 'PUT' && c.path === '/api/me/preferences').map((c) => c.body)).toEqual([
        { gridEditions: { [fixtures.projectId]: ['ru', 'de'] } },
      ]),
    );
    await waitFor(() => expect(screen.getAllByTestId('edition-cell')[0]).toHaveTextContent('Erster Satz.'));

    const ruEditor = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await waitFor(() => expect(ruEditor).toHaveFocus());
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    const deEditor = await screen.findByRole('textbox', { name: 'Translation of segment 1 into DE' });
    await waitFor(() => expect(deEditor).toHaveFocus());
    expect(screen.queryByRole('textbox', { name: 'Translation of segment 1' })).not.toBeInTheDocument();
    await user.keyboard(' Zweite Fassung.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() =>
      expect(api.calls.filter((c) => c.method === 'PUT' && c.path.includes('/translations/')).map((c) => ({ path: c.path, body: c.body }))).toEqual([
        {
          path: `/api/segments/${fixtures.segments(1)[0].id}/translations/de`,
          body: { text: 'Erster Satz. Zweite Fassung.', status: 'translated', version: 1 },
        },
      ]),
    );
    // Ctrl+Enter moved on to segment 2, still in the German column
    expect(await screen.findByRole('textbox', { name: 'Translation of segment 2 into DE' })).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(await screen.findByRole('textbox', { name: 'Translation of segment 2' })).toHaveFocus();
  });

  it('opens with the editions the person chose before, in their order, from any browser', async () => {
    api = threeEditionsApi(5, { [fixtures.projectId]: ['de', 'ru'] });
    renderApp(EDITOR_PATH);
    await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await waitFor(() => expect(screen.getAllByTestId('edition-header').map((h) => h.dataset.edition)).toEqual(['de', 'ru']));
    expect(screen.getByTestId('second-edition')).toHaveValue('de');
  });

  it('goes to a segment number with Ctrl+G and to the last with Ctrl+End', async () => {
    api = threeEditionsApi(300);
    const { user } = renderApp(EDITOR_PATH);
    await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await user.keyboard('{Control>}g{/Control}');
    const box = screen.getByTestId('goto-segment');
    await waitFor(() => expect(box).toHaveFocus());
    await user.keyboard('250{Enter}');
    expect(await screen.findByRole('textbox', { name: 'Translation of segment 250' })).toBeInTheDocument();
    await user.keyboard('{Control>}{End}{/Control}');
    const last = await screen.findByRole('textbox', { name: 'Translation of segment 300' });
    await waitFor(() => expect(last).toHaveFocus());
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(await screen.findByRole('textbox', { name: 'Translation of segment 1' })).toBeInTheDocument();
  });

  it('puts the cursor in the translation when the source is clicked', async () => {
    api = threeEditionsApi(5);
    const { user } = renderApp(EDITOR_PATH);
    await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    const second = screen.getAllByTestId('segment-row')[1];
    await user.click(within(second).getByTestId('source-cell'));
    const editor = await screen.findByRole('textbox', { name: 'Translation of segment 2' });
    await waitFor(() => expect(editor).toHaveFocus());
  });
});
