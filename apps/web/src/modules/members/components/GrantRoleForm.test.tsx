import type { Member } from '@interlinea/shared';
import { screen, within } from '@testing-library/react';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

const manager = [{ projectId: fixtures.projectId, role: 'manager' as const, language: null }];
const anna = { userId: '33333333-3333-4333-8333-333333333333', email: 'anna@example.org', displayName: 'Anna' };
const members: Member[] = [{ membershipId: 'aaaaaaaa-0000-4000-8000-000000000001', ...anna, role: 'translator', language: 'ru' }];

describe('GrantRoleForm', () => {
  let api: ReturnType<typeof mockApi>;
  afterEach(() => api.restore());

  it('says so when the person already has the role', async () => {
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ roles: manager })),
      [`GET /api/projects/${fixtures.projectId}`]: () => jsonResponse(200, fixtures.project({ myRoles: manager })),
      [`GET /api/projects/${fixtures.projectId}/documents`]: () => jsonResponse(200, []),
      [`GET /api/projects/${fixtures.projectId}/members`]: () => jsonResponse(200, members),
      [`GET /api/projects/${fixtures.projectId}/invitations`]: () => jsonResponse(200, []),
      [`POST /api/projects/${fixtures.projectId}/members`]: () =>
        jsonResponse(409, { code: 'ROLE_ALREADY_GRANTED', message: 'This person already has this role', details: { role: 'translator', language: 'ru' } }),
    });
    const { user } = renderApp(`/projects/${fixtures.projectId}`);
    const form = await screen.findByTestId('grant-form');
    await user.click(within(form).getByRole('button', { name: 'Give role' }));
    expect(await within(form).findByTestId('role-already-granted')).toHaveTextContent('Anna already has this role.');
  });
});
