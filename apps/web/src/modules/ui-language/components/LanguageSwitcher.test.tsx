import { screen, within } from '@testing-library/react';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

describe('LanguageSwitcher', () => {
  let api: ReturnType<typeof mockApi>;
  afterEach(() => api.restore());

  it('switches the labels of the login page between English, Russian and German', async () => {
    api = mockApi({ 'GET /api/auth/setup': () => jsonResponse(200, { needed: false }) });
    const { user } = renderApp('/login');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'RU' }));
    expect(screen.getByRole('button', { name: 'Войти' })).toBeInTheDocument();
    expect(screen.getByLabelText('Пароль')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');

    await user.click(screen.getByRole('button', { name: 'DE' }));
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'DE' })).toHaveAttribute('aria-pressed', 'true');
    // Nobody is signed in: nothing is stored on the server.
    expect(api.calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('stores the choice as the signed-in user’s preference', async () => {
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me()),
      'GET /api/projects': () => jsonResponse(200, [fixtures.project()]),
      'PATCH /api/auth/me': () => jsonResponse(200, fixtures.me({ uiLanguage: 'ru' })),
    });
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Projects' })).toBeInTheDocument();

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'RU' }));

    expect(await screen.findByRole('heading', { name: 'Проекты' })).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ uiLanguage: 'ru' });
  });

  it('applies the stored language of a returning user', async () => {
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ uiLanguage: 'de' })),
      'GET /api/projects': () => jsonResponse(200, []),
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Projekte' })).toBeInTheDocument();
  });
});
