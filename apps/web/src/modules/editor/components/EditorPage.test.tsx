import type { SaveTranslationRequest } from '@interlinea/shared';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { fakeGridLayout } from '../../../test/fake-layout';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi, type ApiCall } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { draftStore } from '../utils/draft-store';

const EDITOR_PATH = `/documents/${fixtures.documentId}/ru`;

function editorApi(segmentCount: number, save: (call: ApiCall) => Response) {
  const segments = fixtures.segments(segmentCount);
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(200, fixtures.me()),
    [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(segmentCount)),
    [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project()),
    [`GET /api/documents/${fixtures.documentId}/segments`]: () => jsonResponse(200, segments),
    ...Object.fromEntries(
      segments.slice(0, 3).flatMap((s) => [
        [`GET /api/segments/${s.id}/matches`, () => jsonResponse(200, { matches: [], mt: null })],
        [`PUT /api/segments/${s.id}/translations/ru`, save],
      ]),
    ),
  });
}

const saves = (calls: ApiCall[]) => calls.filter((c) => c.method === 'PUT').map((c) => ({ path: c.path, body: c.body as SaveTranslationRequest }));

describe('EditorPage', () => {
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

  it('renders only a window of rows for 10,000 segments', async () => {
    api = editorApi(10_000, () => jsonResponse(500, {}));
    renderApp(EDITOR_PATH);

    const rows = await screen.findAllByTestId('segment-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('data-index', '0');
    expect(screen.getByRole('table', { name: 'Segments' })).toHaveAttribute('aria-rowcount', '10001');
    expect(screen.getByText('0 of 40,000 words')).toBeInTheDocument();
  });

  it('Ctrl+Enter saves as translated and moves the focus to the next segment', async () => {
    api = editorApi(20, (call) => {
      const body = call.body as SaveTranslationRequest;
      return jsonResponse(200, fixtures.translation({ text: body.text, status: body.status, version: body.version + 1 }));
    });
    const { user } = renderApp(EDITOR_PATH);

    const first = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await waitFor(() => expect(first).toHaveFocus());
    await user.type(first, 'Первое предложение.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const second = await screen.findByRole('textbox', { name: 'Translation of segment 2' });
    await waitFor(() => expect(second).toHaveFocus());
    expect(second.closest('[data-testid="segment-row"]')).toHaveAttribute('data-index', '1');
    expect(saves(api.calls)).toEqual([
      { path: `/api/segments/${fixtures.segments(1)[0].id}/translations/ru`, body: { text: 'Первое предложение.', status: 'translated', version: 0 } },
    ]);
    const firstRow = screen.getAllByTestId('segment-row').find((r) => r.getAttribute('data-index') === '0');
    await waitFor(() => expect(within(firstRow!).getByTestId('status-label')).toHaveTextContent('Translated'));
  });

  it('Alt+↓ keeps a changed text as draft; moving back shows the typed text', async () => {
    api = editorApi(5, (call) => {
      const body = call.body as SaveTranslationRequest;
      return jsonResponse(200, fixtures.translation({ text: body.text, status: body.status, version: 1 }));
    });
    const { user } = renderApp(EDITOR_PATH);

    await user.type(await screen.findByRole('textbox', { name: 'Translation of segment 1' }), 'Черновик');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Translation of segment 2' })).toHaveFocus());
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');

    expect(await screen.findByRole('textbox', { name: 'Translation of segment 1' })).toHaveTextContent(/^Черновик$/);
    expect(saves(api.calls)[0].body).toEqual({ text: 'Черновик', status: 'draft', version: 0 });
  });

  it('on 409 shows both versions, and "Keep mine" saves again with the current version', async () => {
    const theirs = fixtures.translation({ text: 'Их перевод', version: 4, authorName: 'Boris' });
    let attempt = 0;
    api = editorApi(5, (call) => {
      attempt += 1;
      const body = call.body as SaveTranslationRequest;
      if (attempt === 1) return jsonResponse(409, { code: 'VERSION_CONFLICT', message: 'stale', details: { current: theirs } });
      return jsonResponse(200, fixtures.translation({ text: body.text, version: body.version + 1 }));
    });
    const { user } = renderApp(EDITOR_PATH);

    await user.type(await screen.findByRole('textbox', { name: 'Translation of segment 1' }), 'Мой перевод');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('conflict-theirs-text')).toHaveTextContent('Их перевод');
    expect(within(dialog).getByTestId('conflict-mine-text')).toHaveTextContent('Мой перевод');
    expect(dialog).toHaveTextContent('Boris');

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));

    await waitFor(() => expect(saves(api.calls)).toHaveLength(2));
    expect(saves(api.calls)[1].body).toEqual({ text: 'Мой перевод', status: 'translated', version: 4 });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(draftStore.hasUnsaved()).toBe(false));
  });

  it('keeps the typed text when a save fails, and warns before the page is left', async () => {
    api = editorApi(5, () => jsonResponse(500, { code: 'INTERNAL_ERROR', message: 'boom' }));
    const { user } = renderApp(EDITOR_PATH);

    await user.type(await screen.findByRole('textbox', { name: 'Translation of segment 1' }), 'Не потерять');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByTestId('save-error')).toHaveTextContent('The server had a problem');
    const event = new Event('beforeunload', { cancelable: true });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(await screen.findByRole('textbox', { name: 'Translation of segment 1' })).toHaveTextContent(/^Не потерять$/);
  });

  it('opens the shortcut help with ? outside a text field and closes it with Esc', async () => {
    api = editorApi(3, () => jsonResponse(500, {}));
    const { user } = renderApp(EDITOR_PATH);
    await screen.findByRole('textbox', { name: 'Translation of segment 1' });

    await user.keyboard('{F1}');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('EditorPage after a reload', () => {
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

  it('restores unsaved text typed before the page went away, marked as restored, and forgets it once saved', async () => {
    api = editorApi(5, (call) => {
      const body = call.body as SaveTranslationRequest;
      return jsonResponse(200, fixtures.translation({ text: body.text, status: body.status, version: body.version + 1 }));
    });
    const first = renderApp(EDITOR_PATH);
    await first.user.type(await screen.findByRole('textbox', { name: 'Translation of segment 1' }), 'Не пропадёт');
    first.unmount();
    draftStore.dropMemory();
    expect(window.localStorage.getItem(`interlinea.drafts.${fixtures.documentId}:ru`)).toContain('Не пропадёт');

    const { user } = renderApp(EDITOR_PATH);
    const target = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    expect(target).toHaveTextContent(/^Не пропадёт$/);
    const row = target.closest('[data-testid="segment-row"]') as HTMLElement;
    expect(within(row).getByTestId('restored-label')).toHaveTextContent('Restored unsaved text');
    expect(screen.getByTestId('restored-banner')).toHaveTextContent('1 unsaved translation from your last visit was restored in this browser.');

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(saves(api.calls)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('restored-banner')).not.toBeInTheDocument());
    expect(window.localStorage.getItem(`interlinea.drafts.${fixtures.documentId}:ru`)).toBeNull();
  });
});
