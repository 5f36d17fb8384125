import type { SegmentRow } from '@interlinea/shared';
import { waitFor } from '@testing-library/react';
import { createQueryClient } from '../../app/create-query-client';
import { fixtures } from '../../test/fixtures';
import { jsonResponse, mockApi, type ApiCall } from '../../test/mock-api';
import { startEditorEarly } from './early';
import { segmentsQueryKey } from './utils/segments-query-key';

/** Answers that come only when the test lets them: to see which requests went out before any answer. */
function heldApi(rows: SegmentRow[]) {
  const held: (() => void)[] = [];
  const later = (answer: () => Response) => () => new Promise<Response>((resolve) => held.push(() => resolve(answer())));
  const page = (call: ApiCall) => {
    const query = new URL(call.path, 'http://localhost').searchParams;
    const offset = Number(query.get('offset') ?? 0);
    return jsonResponse(200, rows.slice(offset, offset + Number(query.get('limit') ?? rows.length)));
  };
  const api = mockApi({
    'GET /api/auth/me': later(() => jsonResponse(200, fixtures.me())),
    'GET /api/me/preferences': later(() => jsonResponse(200, { gridEditions: { [fixtures.projectId]: ['ru', 'de'] } })),
    [`GET /api/documents/${fixtures.documentId}`]: later(() => jsonResponse(200, fixtures.document(rows.length))),
    [`GET /api/projects/${fixtures.projectId}`]: later(() => jsonResponse(200, fixtures.project())),
    [`GET /api/documents/${fixtures.documentId}/segments`]: (call) => later(() => page(call))(),
  });
  const answerAll = () => held.splice(0).forEach((answer) => answer());
  return { api, answerAll };
}

describe("the editor's early start", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('asks for the session, the document, its first rows and the remembered columns at once, then the project and the second column', async () => {
    const rows = fixtures.segments(30);
    const { api, answerAll } = heldApi(rows);
    restore = api.restore;
    const client = createQueryClient();
    expect(startEditorEarly(client, `/documents/${fixtures.documentId}/ru`)).toBe(true);
    const asked = () => api.calls.map((c) => c.path);
    // before any answer: every question that does not need another's answer is out
    await waitFor(() =>
      expect(asked()).toEqual([
        '/api/auth/me',
        `/api/documents/${fixtures.documentId}/segments?lang=ru&offset=0&limit=100`,
        `/api/documents/${fixtures.documentId}?progress=false`,
        '/api/me/preferences',
      ]),
    );
    answerAll();
    // the document names its project; with the remembered columns, the second edition's first rows
    await waitFor(() =>
      expect(asked().slice(4).sort()).toEqual([
        `/api/documents/${fixtures.documentId}/segments?lang=de&offset=0&limit=100`,
        `/api/projects/${fixtures.projectId}?progress=false`,
      ]),
    );
    answerAll();
    await waitFor(() => expect(client.getQueryData(segmentsQueryKey(fixtures.documentId, 'de'))).toHaveLength(30));
    expect(client.getQueryData(segmentsQueryKey(fixtures.documentId, 'ru'))).toHaveLength(30);
  });

  it('does nothing on other addresses', () => {
    const { api } = heldApi([]);
    restore = api.restore;
    const client = createQueryClient();
    expect(startEditorEarly(client, `/documents/${fixtures.documentId}/publications`)).toBe(false);
    expect(startEditorEarly(client, `/projects/${fixtures.projectId}`)).toBe(false);
    expect(startEditorEarly(client, `/documents/${fixtures.documentId}/ru/qa`)).toBe(false);
    expect(api.calls).toEqual([]);
  });
});
