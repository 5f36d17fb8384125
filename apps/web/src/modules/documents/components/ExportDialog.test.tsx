import { screen, within } from '@testing-library/react';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

describe('ExportDialog', () => {
  let api: ReturnType<typeof mockApi>;
  afterEach(() => api.restore());

  it('lists the segments that are not approved when the export refuses them', async () => {
    const [first, second] = fixtures.segments(2);
    const publisher = [{ projectId: fixtures.projectId, role: 'publisher' as const, language: null }];
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: publisher })),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles: publisher })),
      [`GET /api/projects/${fixtures.projectId}/documents`]: () => jsonResponse(200, [fixtures.document(2)]),
      [`GET /api/documents/${fixtures.documentId}/export`]: () =>
        jsonResponse(422, {
          code: 'UNAPPROVED_SEGMENTS',
          message: 'not approved',
          details: {
            segments: [
              { segmentId: first.id, index: 0, source: first.source, status: 'translated' },
              { segmentId: second.id, index: 1, source: second.source, status: null },
            ],
          },
        }),
    });
    const { user } = renderApp(`/projects/${fixtures.projectId}`);

    // A publisher exports but neither uploads nor manages members.
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    expect(screen.queryByText('Upload documents')).not.toBeInTheDocument();
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Do not export; list them' }));
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));

    expect(await within(dialog).findByText('2 segments are not approved yet:')).toBeInTheDocument();
    const listed = within(dialog).getAllByTestId('unapproved-segment');
    expect(listed.map((li) => li.textContent)).toEqual(['#1Source sentence number 1.Translated', '#2Source sentence number 2.Not started']);
    expect(api.calls.at(-1)?.path).toBe(`/api/documents/${fixtures.documentId}/export?lang=ru&format=txt&unapproved=refuse&furniture=keep`);
  });

  it('leaves site furniture out of the export when the publisher chooses so', async () => {
    const publisher = [{ projectId: fixtures.projectId, role: 'publisher' as const, language: null }];
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: publisher })),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles: publisher })),
      [`GET /api/projects/${fixtures.projectId}/documents`]: () => jsonResponse(200, [fixtures.document(2)]),
      [`GET /api/documents/${fixtures.documentId}/export`]: () => jsonResponse(422, { code: 'VALIDATION_FAILED', message: 'stop here', details: {} }),
    });
    const { user } = renderApp(`/projects/${fixtures.projectId}`);
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    const dialog = screen.getByRole('dialog');
    const furniture = within(dialog).getByRole('group', { name: 'Site furniture (menus, share buttons)' });
    expect(within(furniture).getByRole('radio', { name: 'Keep it as in the original' })).toBeChecked();
    await user.click(within(furniture).getByRole('radio', { name: 'Leave it out' }));
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    await within(dialog).findByTestId('export-error');
    expect(api.calls.at(-1)?.path).toBe(`/api/documents/${fixtures.documentId}/export?lang=ru&format=txt&unapproved=translation&furniture=drop`);
  });

  it('offers a PDF’s edition as DOCX, ODT, HTML or Markdown, and says that the PDF is not rebuilt', async () => {
    const publisher = [{ projectId: fixtures.projectId, role: 'publisher' as const, language: null }];
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: publisher })),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles: publisher })),
      [`GET /api/projects/${fixtures.projectId}/documents`]: () => jsonResponse(200, [{ ...fixtures.document(2), format: 'pdf' }]),
    });
    const { user } = renderApp(`/projects/${fixtures.projectId}`);
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    const dialog = screen.getByRole('dialog');
    const options = within(within(dialog).getByRole('combobox', { name: 'Format' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Word (.docx)',
      'OpenDocument text (.odt)',
      'HTML (.html)',
      'Markdown (.md)',
      'XLIFF 1.2 (for other CAT tools)',
      'XLIFF 2.0 (for other CAT tools)',
    ]);
    expect(within(dialog).getByTestId('export-pdf-note')).toHaveTextContent(/A PDF cannot be rebuilt as it was/);
  });

  it('says which rejected and unreviewed translations go out with their current text, each linked to the editor', async () => {
    const [first, second, third] = fixtures.segments(3);
    const publisher = [{ projectId: fixtures.projectId, role: 'publisher' as const, language: null }];
    const item = (segment: typeof first, index: number, reason: string, status: string | null, text: string | null) => ({
      segmentId: segment.id,
      index,
      source: segment.source,
      text,
      status,
      reason,
    });
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: publisher })),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles: publisher })),
      [`GET /api/projects/${fixtures.projectId}/documents`]: () => jsonResponse(200, [fixtures.document(3)]),
      [`GET /api/documents/${fixtures.documentId}/export/preview`]: () =>
        jsonResponse(200, {
          lang: 'ru',
          unapproved: 'translation',
          segments: 3,
          approved: 0,
          rejected: 1,
          unreviewed: 1,
          untranslated: 1,
          refused: false,
          items: [
            item(first, 0, 'rejected', 'rejected', 'Отклонено.'),
            item(second, 1, 'unreviewed', 'translated', 'Не проверено.'),
            item(third, 2, 'untranslated', null, null),
          ],
        }),
    });
    const { user } = renderApp(`/projects/${fixtures.projectId}`);
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    const warning = await within(screen.getByRole('dialog')).findByTestId('export-preview');
    expect(warning).toHaveTextContent('1 rejected, 1 not reviewed yet. 1 segment without a translation shows the source text.');
    const links = within(warning).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['#1', `/documents/${fixtures.documentId}/ru?segment=${first.id}`],
      ['#2', `/documents/${fixtures.documentId}/ru?segment=${second.id}`],
    ]);
    expect(api.calls.find((c) => c.path.includes('/export/preview'))?.path).toBe(
      `/api/documents/${fixtures.documentId}/export/preview?lang=ru&unapproved=translation`,
    );
  });
});
