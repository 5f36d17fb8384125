import type { Member } from '@interlinea/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const manager = [{ projectId: fixtures.projectId, role: 'manager' as const, language: null }];
const anna = { userId: '33333333-3333-4333-8333-333333333333', email: 'anna@example.org', displayName: 'Anna' };
const boris = { userId: '44444444-4444-4444-8444-444444444444', email: 'boris@example.org', displayName: 'Boris' };
const members: Member[] = [
  { membershipId: 'aaaaaaaa-0000-4000-8000-000000000001', ...anna, role: 'translator', language: 'ru' },
  { membershipId: 'aaaaaaaa-0000-4000-8000-000000000002', ...boris, role: 'reviewer', language: 'de' },
  { membershipId: 'aaaaaaaa-0000-4000-8000-000000000003', ...anna, role: 'manager', language: null },
];

describe('MembersPanel', () => {
  let api: ReturnType<typeof mockApi>;
  afterEach(() => api.restore());

  it('shows one line per person with a removable chip per role', async () => {
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: manager })),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles: manager })),
      [`GET /api/projects/${fixtures.projectId}/documents`]: () => jsonResponse(200, []),
      [`GET /api/projects/${fixtures.projectId}/members`]: () => jsonResponse(200, members),
      [`GET /api/projects/${fixtures.projectId}/invitations`]: () => jsonResponse(200, []),
      [`DELETE /api/projects/${fixtures.projectId}/members/${members[0].membershipId}`]: () => new Response(null, { status: 204 }),
    });
    const { user } = renderApp(`/projects/${fixtures.projectId}`);

    const people = await screen.findAllByTestId('member');
    expect(
      people.map((p) =>
        within(p)
          .getAllByTestId('member-role')
          .map((r) => r.textContent?.replace('×', '')),
      ),
    ).toEqual([['Manager', 'Translator · RU'], ['Reviewer · DE']]);
    expect(people[0]).toHaveTextContent('anna@example.org');

    await user.click(within(people[0]).getByRole('button', { name: 'Remove Anna as Translator · RU' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'DELETE' && c.path.endsWith(members[0].membershipId))).toBe(true));
  });
});
