import type { MyRole } from '@interlinea/shared';
import { cleanup, screen, within } from '@testing-library/react';
import { fakeGridLayout } from '../../../test/fake-layout';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';
import { draftStore } from '../utils/draft-store';

const EDITOR_PATH = `/documents/${fixtures.documentId}/ru`;

function editorApi(myRoles: MyRole[]) {
  const segments = fixtures.segments(3).map((s, i) => (i === 0 ? { ...s, openComments: 2 } : s));
  return mockApi({
    'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: myRoles })),
    [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(3)),
    [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles })),
    [`GET /api/documents/${fixtures.documentId}/segments`]: () => jsonResponse(200, segments),
    [`GET /api/segments/${segments[0].id}/matches`]: () => jsonResponse(200, { matches: [], mt: null }),
    [`GET /api/segments/${segments[0].id}/comments`]: () => jsonResponse(200, []),
    [`GET /api/projects/${fixtures.projectId}/members`]: () => jsonResponse(200, []),
  });
}

describe('the editor and the person’s roles', () => {
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

  it('lets a manager without language roles edit the translation', async () => {
    api = editorApi([{ projectId: fixtures.projectId, role: 'manager', language: null }]);
    renderApp(EDITOR_PATH);
    const target = await screen.findByRole('textbox', { name: 'Translation of segment 1' });
    expect(target).toHaveAttribute('contenteditable', 'true');
    expect(screen.queryByTestId('readonly-target')).toBeNull();
    expect(screen.queryByTestId('mt-no-permission')).toBeNull();
  });

  it('shows a read-only target as text with a hint, and the MT panel says there is no permission', async () => {
    api = editorApi([{ projectId: fixtures.projectId, role: 'publisher', language: null }]);
    renderApp(EDITOR_PATH);
    const readOnly = await screen.findByTestId('readonly-target');
    expect(readOnly).toHaveTextContent('Read only: your roles do not include translating this edition.');
    const row = readOnly.closest('[data-testid="segment-row"]') as HTMLElement;
    expect(within(row).queryByRole('textbox')).toBeNull();
    expect(await screen.findByTestId('mt-no-permission')).toHaveTextContent('No permission to translate this edition');
    expect(screen.queryByTestId('mt-error')).toBeNull();
    // the other rows are offered for reading, not editing
    expect(screen.getByRole('button', { name: 'Show segment 2' })).toBeInTheDocument();
  });

  it('shows the open comment count of a segment in its row', async () => {
    api = editorApi([{ projectId: fixtures.projectId, role: 'translator', language: 'ru' }]);
    renderApp(EDITOR_PATH);
    const badge = await screen.findByTestId('comment-badge');
    expect(badge).toHaveAccessibleName('2 open comments');
    expect(badge.closest('[data-testid="segment-row"]')).toHaveAttribute('data-index', '0');
    expect(screen.getAllByTestId('comment-badge')).toHaveLength(1);
  });
});
