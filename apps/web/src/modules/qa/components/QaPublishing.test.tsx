import type { QaReportFinding } from '@interlinea/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const [first, second] = fixtures.segments(2);

function finding(overrides: Partial<QaReportFinding>): QaReportFinding {
  return {
    segmentId: first.id,
    segmentIndex: 0,
    code: 'NUMBER_MISMATCH',
    severity: 'error',
    message: 'The number 1 of the source is 2 here.',
    ignored: false,
    ignoredBy: null,
    ignoredAt: null,
    start: 0,
    end: 0,
    params: { kind: 'changed', source: '1', target: '2' },
    ...overrides,
  };
}

const REPORT = [
  finding({ start: 17, end: 18 }),
  finding({ segmentId: second.id, segmentIndex: 1, code: 'TERM_FORBIDDEN', params: { sourceTerm: 'sentence', targetTerm: 'предложение', variant: 'фраза' } }),
  finding({
    segmentId: second.id,
    segmentIndex: 1,
    code: 'SPACES',
    severity: 'warning',
    params: { kind: 'double' },
    ignored: true,
    ignoredBy: 'Tanya',
    ignoredAt: '2025-01-12T10:00:00.000Z',
  }),
];

describe('QA for publishing', () => {
  let api: ReturnType<typeof mockApi>;
  afterEach(() => {
    cleanup();
    api.restore();
  });

  it('shows the open QA errors in the export dialog and exports only with the explicit override', async () => {
    const publisher = [{ projectId: fixtures.projectId, role: 'publisher' as const, language: null }];
    URL.createObjectURL = () => 'blob:edition';
    URL.revokeObjectURL = () => undefined;
    // The download link's click would navigate, which jsdom does not do.
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: publisher })),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles: publisher })),
      [`GET /api/projects/${fixtures.projectId}/documents`]: () => jsonResponse(200, [fixtures.document(2)]),
      [`GET /api/documents/${fixtures.documentId}/qa`]: () => jsonResponse(200, REPORT),
      [`GET /api/documents/${fixtures.documentId}/export`]: (call) =>
        call.path.includes('overrideQa=true')
          ? new Response('Перевод', { status: 200, headers: { 'Content-Disposition': 'attachment; filename="doc.ru.txt"' } })
          : jsonResponse(409, { code: 'QA_ERRORS', message: '2 open QA errors', details: { errors: 2, segments: 2 } }),
    });
    const { user } = renderApp(`/projects/${fixtures.projectId}`);
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    const dialog = screen.getByRole('dialog');

    const check = await within(dialog).findByTestId('export-qa');
    expect(check).toHaveTextContent('This edition has 2 open QA errors.');
    expect(within(check).getByRole('link', { name: 'QA report' })).toHaveAttribute('href', `/documents/${fixtures.documentId}/ru/qa`);

    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(await within(dialog).findByText('Tick “Export anyway” to export with QA errors.')).toBeInTheDocument();
    const exports = () => api.calls.filter((c) => c.path.includes('/export?')).map((c) => c.path);
    expect(exports()).toEqual([`/api/documents/${fixtures.documentId}/export?lang=ru&format=txt&unapproved=translation&furniture=keep`]);
    // The refusal refreshes the dialog's count of errors.
    await waitFor(() => expect(api.calls.filter((c) => c.path.includes('/qa?')).length).toBe(2));

    await user.click(within(dialog).getByRole('checkbox', { name: /Export anyway/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(exports().at(-1)).toContain('overrideQa=true');
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });

  it('lists an edition’s findings by segment, links into the editor and ignores a finding', async () => {
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me()),
      [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(2)),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project()),
      [`GET /api/documents/${fixtures.documentId}/segments`]: () =>
        jsonResponse(200, [{ ...first, translation: fixtures.translation({ text: 'Исходная фраза № 2.' }) }, second]),
      [`GET /api/documents/${fixtures.documentId}/qa`]: () => jsonResponse(200, REPORT),
      [`POST /api/segments/${first.id}/qa-ignores`]: () =>
        jsonResponse(201, { segmentId: first.id, language: 'ru', code: 'NUMBER_MISMATCH', ignoredBy: 'Anna', ignoredAt: '2025-01-12T11:00:00.000Z' }),
    });
    const { user } = renderApp(`/documents/${fixtures.documentId}/ru/qa`);
    expect(await screen.findByTestId('qa-summary')).toHaveTextContent('Errors: 2 · warnings: 0 · segments concerned: 2');
    const segments = screen.getAllByTestId('qa-report-segment');
    expect(segments).toHaveLength(2);
    expect(within(segments[0]).getByRole('link', { name: 'Open segment 1 in the editor' })).toHaveAttribute(
      'href',
      `/documents/${fixtures.documentId}/ru?segment=${first.id}`,
    );
    expect(within(segments[0]).getByText('The number 1 of the source is 2 here.')).toBeInTheDocument();
    expect(within(segments[0]).getByText('2', { selector: 'mark' })).toBeInTheDocument();
    expect(
      within(segments[1])
        .getAllByTestId('qa-report-finding')
        .map((li) => li.getAttribute('data-code')),
    ).toEqual(['TERM_FORBIDDEN']);

    await user.click(screen.getByRole('checkbox', { name: 'Show ignored findings' }));
    expect(within(segments[1]).getByText(/Ignored by Tanya/)).toBeInTheDocument();

    await user.click(within(segments[0]).getByRole('button', { name: 'Ignore' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ language: 'ru', code: 'NUMBER_MISMATCH' });
  });
});
