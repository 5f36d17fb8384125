import { screen } from '@testing-library/react';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

describe('InvitePage', () => {
  let api: ReturnType<typeof mockApi>;
  afterEach(() => api.restore());

  it('offers the sign-in for an invitation that has been used', async () => {
    api = mockApi({
      'GET /api/invitations/used-token': () =>
        jsonResponse(200, {
          id: '77777777-7777-4777-8777-777777777777',
          token: 'used-token',
          email: 'tanya@example.org',
          role: 'translator',
          language: 'ru',
          projectId: fixtures.projectId,
          projectName: 'Leaflets 1992',
          expiresAt: '2030-01-01T00:00:00.000Z',
          acceptedAt: '2025-01-02T00:00:00.000Z',
          accountExists: true,
        }),
    });
    renderApp('/invite/used-token', 'ru');
    expect(await screen.findByText('Это приглашение уже принято. Войдите, чтобы продолжить.')).toBeInTheDocument();
    const signIn = screen.getByRole('link', { name: 'Войти' });
    expect(signIn).toHaveAttribute('href', `/login?next=${encodeURIComponent(`/projects/${fixtures.projectId}`)}`);
    expect(screen.queryByLabelText('Пароль')).toBeNull();
  });
});
