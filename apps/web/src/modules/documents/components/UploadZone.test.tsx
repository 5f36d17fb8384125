import { MAX_UPLOAD_BYTES } from '@interlinea/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { mockXhr } from '../../../test/mock-xhr';
import { renderApp } from '../../../test/render-app';

const MB = 1024 * 1024;
const manager = [{ projectId: fixtures.projectId, role: 'manager' as const, language: null }];

function fileNamed(name: string, size?: number): File {
  const file = new File(['Hello world.'], name, { type: 'text/plain' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('UploadZone', () => {
  let api: ReturnType<typeof mockApi>;
  let xhr: ReturnType<typeof mockXhr>;
  beforeEach(() => {
    document.cookie = 'interlinea_csrf=token-123';
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: manager })),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles: manager })),
      [`GET /api/projects/${fixtures.projectId}/documents`]: () => jsonResponse(200, []),
      [`GET /api/projects/${fixtures.projectId}/members`]: () => jsonResponse(200, []),
      [`GET /api/projects/${fixtures.projectId}/invitations`]: () => jsonResponse(200, []),
    });
  });
  afterEach(() => {
    api.restore();
    xhr.restore();
  });

  it('sends each file on its own and shows one line per file: counts, the parser’s position, or a refusal', async () => {
    xhr = mockXhr((call) => {
      const file = (call.body as FormData).get('file') as File;
      if (file.name === 'broken.xlf') {
        return {
          status: 422,
          body: { code: 'FILE_REJECTED', message: 'The XLIFF file is not well-formed XML.', details: { reason: 'xml', position: { line: 12, column: 7 } } },
        };
      }
      return { status: 201, body: { id: fixtures.documentId, title: 'leaflet', format: 'txt', segmentCount: 42, wordCount: 1234 } };
    });
    const { user } = renderApp(`/projects/${fixtures.projectId}`);

    const input = await screen.findByTestId('upload-input');
    await user.upload(input, [fileNamed('leaflet.txt'), fileNamed('broken.xlf'), fileNamed('huge.html', MAX_UPLOAD_BYTES + 1)]);

    await waitFor(() => expect(screen.getAllByTestId('upload-line').map((l) => l.dataset.phase)).toEqual(['done', 'failed', 'refused']));
    const [done, failed, refused] = screen.getAllByTestId('upload-line');
    expect(within(done).getByTestId('upload-result')).toHaveTextContent('“leaflet” imported: 42 segments, 1,234 words.');
    expect(within(failed).getByTestId('upload-error')).toHaveTextContent('The XLIFF file is not well-formed XML. (line 12, column 7)');
    expect(within(refused).getByTestId('upload-error')).toHaveTextContent(
      `Not sent: the file has ${(MAX_UPLOAD_BYTES / MB).toFixed(1)} MB, the limit is ${MAX_UPLOAD_BYTES / MB} MB.`,
    );

    // The oversized file never left the browser; the others went one request each, with the CSRF header.
    expect(xhr.calls.map((c) => ((c.body as FormData).get('file') as File).name)).toEqual(['leaflet.txt', 'broken.xlf']);
    expect(xhr.calls.every((c) => c.method === 'POST' && c.url === `/api/projects/${fixtures.projectId}/documents`)).toBe(true);
    expect(xhr.calls[0].headers['x-csrf-token']).toBe('token-123');
    expect((xhr.calls[0].body as FormData).get('mainContentOnly')).toBeNull();
  });

  it('asks for the main article only when the option is ticked', async () => {
    xhr = mockXhr(() => ({ status: 201, body: { id: fixtures.documentId, title: 'article', format: 'html', segmentCount: 3, wordCount: 20 } }));
    const { user } = renderApp(`/projects/${fixtures.projectId}`);

    await user.click(await screen.findByRole('checkbox', { name: 'Keep only the main article (drop navigation, share buttons)' }));
    await user.upload(screen.getByTestId('upload-input'), fileNamed('article.html'));

    expect(await screen.findByTestId('upload-result')).toHaveTextContent('3 segments, 20 words');
    expect((xhr.calls[0].body as FormData).get('mainContentOnly')).toBe('true');
  });

  it('warns when the text is not in the project’s source language, and imports it on “Import anyway”', async () => {
    xhr = mockXhr((call) => {
      const form = call.body as FormData;
      if (form.get('confirmLanguage') !== 'true') {
        return {
          status: 409,
          body: { code: 'LANGUAGE_MISMATCH', message: 'not the source language', details: { detected: 'de', expected: 'en', confidence: 0.97 } },
        };
      }
      return { status: 201, body: { id: fixtures.documentId, title: 'flugblatt', format: 'txt', segmentCount: 12, wordCount: 80, furnitureSegments: 3 } };
    });
    const { user } = renderApp(`/projects/${fixtures.projectId}`);
    await user.upload(await screen.findByTestId('upload-input'), [fileNamed('flugblatt.txt')]);

    const warning = await screen.findByTestId('language-mismatch');
    expect(warning).toHaveTextContent('This text looks like German, but the project’s source language is English (certainty 97 %). Nothing was imported.');
    await user.click(within(warning).getByRole('button', { name: 'Import anyway' }));

    expect(await screen.findByTestId('upload-result')).toHaveTextContent(
      '“flugblatt” imported: 12 segments, 80 words. 3 lines of site furniture kept as not for translation.',
    );
    expect(xhr.calls.map((c) => (c.body as FormData).get('confirmLanguage'))).toEqual([null, 'true']);
  });
});
