import type { QaEditionContext, SegmentRow } from '@interlinea/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { draftStore } from '../../editor/utils/draft-store';
import { fakeGridLayout } from '../../../test/fake-layout';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const EDITOR_PATH = `/documents/${fixtures.documentId}/ru`;

function segments(): SegmentRow[] {
  const [first, second] = fixtures.segments(2);
  return [{ ...first, source: 'The package weighs 2.5 kg.' }, second];
}

function editorApi(rows: SegmentRow[], context: QaEditionContext | null) {
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(200, fixtures.me()),
    [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(rows.length)),
    [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project()),
    [`GET /api/documents/${fixtures.documentId}/segments`]: () => jsonResponse(200, rows),
    [`GET /api/documents/${fixtures.documentId}/qa/context`]: () =>
      context ? jsonResponse(200, context) : jsonResponse(500, { code: 'INTERNAL_ERROR', message: 'down' }),
    ...Object.fromEntries(rows.map((s) => [`GET /api/segments/${s.id}/matches`, () => jsonResponse(200, { matches: [], mt: null })])),
  });
}

const findingsUnderTarget = () =>
  screen.queryAllByTestId('qa-finding').map((li) => ({
    code: li.getAttribute('data-code'),
    severity: li.getAttribute('data-severity'),
    spot: li.querySelector('mark')?.textContent ?? null,
  }));

describe('QA findings under the active target', () => {
  // Typing a sentence key by key in jsdom is slow on a busy machine.
  jest.setTimeout(30_000);
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

  it('shows a changed number as an error while typing, with the spot highlighted, and drops it once fixed', async () => {
    api = editorApi(segments(), { disabled: [], terms: [], ignored: [] });
    const { user } = renderApp(EDITOR_PATH);
    const target = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await waitFor(() => expect(target).toHaveFocus());
    expect(screen.queryByTestId('segment-qa')).not.toBeInTheDocument();

    await user.type(target, 'Посылка весит 3,5 кг.');
    await waitFor(() =>
      expect(findingsUnderTarget()).toEqual([
        { code: 'NUMBER_MISMATCH', severity: 'error', spot: '3,5' },
        { code: 'TYPOGRAPHY', severity: 'warning', spot: '·' },
      ]),
    );
    const panel = screen.getByTestId('segment-qa');
    expect(within(panel).getByText('The number 2.5 of the source is 3,5 here.')).toBeInTheDocument();
    expect(within(panel).getByText('Use a no-break space between the number and the unit.')).toBeInTheDocument();
    expect(within(panel).getByRole('img', { name: 'Error' })).toBeInTheDocument();

    await user.clear(target);
    await user.type(target, 'Посылка весит 2,5\u00A0кг.');
    await waitFor(() => expect(screen.queryByTestId('segment-qa')).not.toBeInTheDocument());
  });

  it('leaves out the checks the project switched off and counts ignored findings apart', async () => {
    const rows = segments();
    api = editorApi(rows, { disabled: ['TYPOGRAPHY'], terms: [], ignored: [{ segmentId: rows[0].id, code: 'NUMBER_MISMATCH' }] });
    const { user } = renderApp(EDITOR_PATH);
    const target = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await waitFor(() => expect(api.calls.some((c) => c.path.includes('/qa/context'))).toBe(true));
    await user.type(target, 'Посылка весит 3,5 кг');
    await waitFor(() => expect(findingsUnderTarget().map((f) => f.code)).toEqual(['END_PUNCTUATION']));
    expect(screen.getByText('1 finding ignored')).toBeInTheDocument();
  });

  it('still checks while typing when the project’s QA settings cannot be read', async () => {
    api = editorApi(segments(), null);
    const { user } = renderApp(EDITOR_PATH);
    const target = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    await user.type(target, 'Посылка весит 7 кг.');
    await waitFor(() => expect(findingsUnderTarget()[0]).toMatchObject({ code: 'NUMBER_MISMATCH', spot: '7' }));
  });
});
