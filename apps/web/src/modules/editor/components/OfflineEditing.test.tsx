import 'fake-indexeddb/auto';
import type { SaveTranslationRequest } from '@interlinea/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { fakeGridLayout } from '../../../test/fake-layout';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi, type ApiCall } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { pageConnection } from '../../offline/utils/offline-services';
import { draftStore } from '../utils/draft-store';

const EDITOR_PATH = `/documents/${fixtures.documentId}/ru`;

/** The API of a five-segment edition whose saves and health check answer as the test says. */
function editorApi(answers: { save: (call: ApiCall) => Response; health: () => Response }) {
  const segments = fixtures.segments(5);
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(200, fixtures.me()),
    'GET /api/health': () => answers.health(),
    [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(5)),
    [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project()),
    [`GET /api/documents/${fixtures.documentId}/segments`]: () => jsonResponse(200, segments),
    ...Object.fromEntries(
      segments.flatMap((s) => [
        [`GET /api/segments/${s.id}/matches`, () => jsonResponse(200, { matches: [], mt: null })],
        [`PUT /api/segments/${s.id}/translations/ru`, (call: ApiCall) => answers.save(call)],
      ]),
    ),
  });
}

const networkDown = (): Response => {
  throw new TypeError('Failed to fetch');
};
const accepted = (call: ApiCall) => {
  const body = call.body as SaveTranslationRequest;
  return jsonResponse(200, fixtures.translation({ text: body.text, status: body.status, version: body.version + 1 }));
};
/** The machine may be busy: the waits are generous (they end as soon as the page is there). */
const PATIENT = { timeout: 10_000 };
const saves = (calls: ApiCall[]) => calls.filter((c) => c.method === 'PUT').map((c) => c.body as SaveTranslationRequest);
const rowOf = (textbox: HTMLElement) => textbox.closest('[data-testid="segment-row"]') as HTMLElement;
const firstRow = () => screen.getAllByTestId('segment-row').find((row) => row.dataset.index === '0') as HTMLElement;

describe('editing while the server cannot be reached', () => {
  jest.setTimeout(60_000);
  let api: ReturnType<typeof mockApi>;
  let restoreLayout: () => void;
  const answers = { save: networkDown as (call: ApiCall) => Response, health: networkDown };

  beforeEach(() => {
    restoreLayout = fakeGridLayout();
    answers.save = networkDown;
    answers.health = networkDown;
    api = editorApi(answers);
    // Each test starts online, whatever the one before left.
    pageConnection().reportReachable();
  });

  afterEach(() => {
    cleanup();
    restoreLayout();
    api.restore();
    draftStore.clearAll();
  });

  it('keeps a save that failed on the network in the queue, says so, and sends it when the server answers again', async () => {
    const { user } = renderApp(EDITOR_PATH);
    const first = await screen.findByRole('textbox', { name: 'Translation of segment 1' }, PATIENT);
    await user.type(first, 'Без сети');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.getByTestId('offline-indicator')).toHaveTextContent('offline — 1 change waiting'), PATIENT);
    expect(within(firstRow()).getByTestId('queued-label')).toHaveTextContent('Waiting');
    expect(screen.queryByTestId('save-error')).not.toBeInTheDocument();

    // a second edit of the same segment while offline: one change, the last text, the first base version
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await user.type(await screen.findByRole('textbox', { name: 'Translation of segment 1' }, PATIENT), '!');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.getByTestId('offline-indicator')).toHaveTextContent('offline — 1 change waiting'), PATIENT);
    expect(saves(api.calls)).toHaveLength(1);

    answers.health = () => jsonResponse(200, { status: 'ok', database: 'up' });
    answers.save = accepted;
    await user.click(screen.getByRole('button', { name: 'Try now' }));

    await waitFor(() => expect(screen.queryByTestId('queued-label')).not.toBeInTheDocument(), PATIENT);
    expect(saves(api.calls).at(-1)).toEqual({ text: 'Без сети!', status: 'translated', version: 0 });
    await waitFor(() => expect(screen.getByTestId('offline-indicator').textContent).toBe(''), PATIENT);
    await waitFor(() => expect(draftStore.hasUnsaved()).toBe(false), PATIENT);
  });

  it('waits for Retry-After when a save answers 503 DATABASE_UNAVAILABLE, then saves the text', async () => {
    answers.health = () => jsonResponse(200, { status: 'ok', database: 'up' });
    let refusals = 0;
    answers.save = (call) => {
      if (refusals++ === 0) {
        return jsonResponse(503, { code: 'DATABASE_UNAVAILABLE', message: 'The database is not available right now.' }, { 'Retry-After': '1' });
      }
      return accepted(call);
    };
    const { user } = renderApp(EDITOR_PATH);
    await user.type(await screen.findByRole('textbox', { name: 'Translation of segment 1' }, PATIENT), 'Подождёт');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.getByTestId('offline-indicator')).toHaveTextContent('server unavailable — 1 change waiting'), PATIENT);
    expect(screen.queryByTestId('save-error')).not.toBeInTheDocument();

    await waitFor(() => expect(screen.queryByTestId('queued-label')).not.toBeInTheDocument(), PATIENT);
    expect(saves(api.calls).map((s) => s.text)).toEqual(['Подождёт', 'Подождёт']);
  });

  it('shows changes left in the queue by an earlier page in their segments and sends them when the edition opens', async () => {
    const earlier = renderApp(EDITOR_PATH);
    await earlier.user.type(await screen.findByRole('textbox', { name: 'Translation of segment 1' }, PATIENT), 'С прошлого раза');
    await earlier.user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByTestId('queued-label', {}, PATIENT);
    earlier.unmount();
    // Only the queue (IndexedDB) keeps it now: the drafts in memory and localStorage are gone.
    draftStore.clearAll();

    // The connection is still down when the edition opens again.
    const { user } = renderApp(EDITOR_PATH);
    const first = await screen.findByRole('textbox', { name: 'Translation of segment 1' }, PATIENT);
    await waitFor(() => expect(first).toHaveTextContent(/^С прошлого раза$/), PATIENT);
    expect(within(rowOf(first)).getByTestId('queued-label')).toHaveTextContent('Waiting');
    await waitFor(() => expect(screen.getByTestId('offline-indicator')).toHaveTextContent('offline — 1 change waiting'), PATIENT);

    answers.health = () => jsonResponse(200, { status: 'ok', database: 'up' });
    answers.save = accepted;
    await user.click(screen.getByRole('button', { name: 'Try now' }));
    await waitFor(() => expect(screen.queryByTestId('queued-label')).not.toBeInTheDocument(), PATIENT);
    expect(saves(api.calls).at(-1)).toEqual({ text: 'С прошлого раза', status: 'translated', version: 0 });
  });
});
