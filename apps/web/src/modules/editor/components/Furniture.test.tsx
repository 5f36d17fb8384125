import type { SaveTranslationRequest } from '@interlinea/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { fakeGridLayout } from '../../../test/fake-layout';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { draftStore } from '../utils/draft-store';

const EDITOR_PATH = `/documents/${fixtures.documentId}/ru`;

describe('EditorPage: site furniture', () => {
  let api: ReturnType<typeof mockApi>;
  let restoreLayout: () => void;
  const segments = fixtures.segments(4).map((s, i) => (i === 1 ? { ...s, source: 'Share this Article', translatable: false } : s));
  const furniture = segments[1];

  beforeEach(() => {
    restoreLayout = fakeGridLayout();
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me()),
      [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(4)),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project()),
      [`GET /api/documents/${fixtures.documentId}/segments`]: () => jsonResponse(200, segments),
      [`PATCH /api/segments/${furniture.id}`]: () => jsonResponse(200, { id: furniture.id, translatable: true, wordCount: 3 }),
      ...Object.fromEntries(
        segments.flatMap((s) => [
          [`GET /api/segments/${s.id}/matches`, () => jsonResponse(200, { matches: [], mt: null })],
          [
            `PUT /api/segments/${s.id}/translations/ru`,
            (call: { body: unknown }) => {
              const body = call.body as SaveTranslationRequest;
              return jsonResponse(200, fixtures.translation({ text: body.text, status: body.status, version: body.version + 1 }));
            },
          ],
        ]),
      ),
    });
  });
  afterEach(() => {
    cleanup();
    restoreLayout();
    api.restore();
    draftStore.clearAll();
  });

  it('shows furniture greyed and locked, leaves it out of the progress and skips it on Ctrl+Enter', async () => {
    const { user } = renderApp(EDITOR_PATH);
    const first = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    const locked = screen.getAllByTestId('segment-row').find((r) => r.dataset.segmentId === furniture.id)!;
    expect(locked).toHaveAttribute('data-translatable', 'false');
    expect(locked).toHaveClass('segment--furniture');
    expect(within(locked).getByTestId('segment-locked')).toHaveTextContent('Not for translation');
    expect(screen.getByText('0 of 12 words')).toBeInTheDocument();

    await waitFor(() => expect(first).toHaveFocus());
    await user.type(first, 'Первое предложение.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const third = await screen.findByRole('textbox', { name: 'Translation of segment 3' });
    await waitFor(() => expect(third).toHaveFocus());
    expect(screen.queryByRole('textbox', { name: 'Translation of segment 2' })).not.toBeInTheDocument();
  });

  it('lets a translator switch a furniture line back to translatable', async () => {
    const { user } = renderApp(EDITOR_PATH);
    await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    const locked = screen.getAllByTestId('segment-row').find((r) => r.dataset.segmentId === furniture.id)!;
    await user.click(within(locked).getByRole('button', { name: 'Translate this line' }));

    await waitFor(() => expect(locked).toHaveAttribute('data-translatable', 'true'));
    expect(api.calls.find((c) => c.method === 'PATCH')).toMatchObject({ path: `/api/segments/${furniture.id}`, body: { translatable: true } });
    expect(within(locked).queryByTestId('segment-locked')).not.toBeInTheDocument();
  });
});
