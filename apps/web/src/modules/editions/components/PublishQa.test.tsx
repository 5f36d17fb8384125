import type { Publication, QaReportFinding } from '@interlinea/shared';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi, type ApiCall } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const [first] = fixtures.segments(1);
const manager = [{ projectId: fixtures.projectId, role: 'manager' as const, language: null }];
const ERROR: QaReportFinding = {
  segmentId: first.id,
  segmentIndex: 0,
  code: 'NUMBER_MISMATCH',
  severity: 'error',
  message: 'The number 25 of the source is 52 here.',
  ignored: false,
  ignoredBy: null,
  ignoredAt: null,
  start: 6,
  end: 8,
  params: { kind: 'changed', source: '25', target: '52' },
};
const PUBLICATION: Publication = {
  id: '44444444-4444-4444-8444-444444444444',
  documentId: fixtures.documentId,
  language: 'ru',
  number: 1,
  createdAt: '2025-01-12T10:00:00.000Z',
  authorName: 'Anna',
  segmentCount: 1,
  translatedCount: 1,
  formats: ['txt'],
};

describe('publishing an edition with open QA errors', () => {
  let api: ReturnType<typeof mockApi>;
  afterEach(() => {
    cleanup();
    api.restore();
  });

  it('shows the errors beside the button, refuses without the override and publishes with it', async () => {
    const published: Publication[] = [];
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: manager })),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles: manager, targetLanguages: ['ru'] })),
      [`GET /api/documents/${fixtures.documentId}`]: () => jsonResponse(200, fixtures.document(1)),
      [`GET /api/documents/${fixtures.documentId}/publications`]: () => jsonResponse(200, published),
      [`GET /api/documents/${fixtures.documentId}/errata`]: () => jsonResponse(200, { language: 'ru', publication: null, corrections: 0, changes: [] }),
      [`GET /api/documents/${fixtures.documentId}/qa`]: () => jsonResponse(200, [ERROR]),
      [`POST /api/documents/${fixtures.documentId}/publications`]: (call: ApiCall) => {
        if (!(call.body as { overrideQa?: boolean }).overrideQa)
          return jsonResponse(409, { code: 'QA_ERRORS', message: '1 open QA error', details: { errors: 1, segments: 1 } });
        published.push(PUBLICATION);
        return jsonResponse(201, PUBLICATION);
      },
    });
    const { user } = renderApp(`/documents/${fixtures.documentId}/publications`);
    const edition = await screen.findByTestId('edition-publications');
    expect(await within(edition).findByTestId('export-qa')).toHaveTextContent('This edition has 1 open QA error.');

    await user.click(within(edition).getByTestId('publish'));
    expect(await within(edition).findByTestId('publish-error')).toHaveTextContent(/open QA errors.*Publish anyway/);
    expect(within(edition).queryAllByTestId('publication-row')).toHaveLength(0);

    await user.click(within(edition).getByRole('checkbox', { name: /Publish anyway/ }));
    await user.click(within(edition).getByTestId('publish'));
    expect(await within(edition).findByTestId('publication-row')).toHaveTextContent('№ 1');
    const posts = api.calls.filter((c) => c.method === 'POST').map((c) => c.body);
    expect(posts).toEqual([
      { lang: 'ru', overrideQa: false },
      { lang: 'ru', overrideQa: true },
    ]);
    await waitFor(() => expect(within(edition).queryByTestId('publish-error')).not.toBeInTheDocument());
  });
});
