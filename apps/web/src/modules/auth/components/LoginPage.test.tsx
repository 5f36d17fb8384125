import { screen } from '@testing-library/react';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

describe('LoginPage', () => {
  let api: ReturnType<typeof mockApi>;
  afterEach(() => api.restore());

  it('shows the server error when the credentials are wrong, and sends the CSRF header', async () => {
    document.cookie = 'interlinea_csrf=token-123';
    api = mockApi({
      'GET /api/auth/setup': () => jsonResponse(200, { needed: false }),
      'POST /api/auth/login': () => jsonResponse(401, { code: 'INVALID_CREDENTIALS', message: 'Wrong email or password.' }),
    });
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Email'), 'anna@example.org');
    await user.type(screen.getByLabelText('Password'), 'not-her-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByTestId('login-error')).toHaveTextContent('Wrong email or password.');
    const login = api.calls.find((c) => c.path === '/api/auth/login');
    expect(login?.body).toEqual({ email: 'anna@example.org', password: 'not-her-password' });
    expect(login?.headers['x-csrf-token']).toBe('token-123');
  });

  it('says plainly when there were too many attempts', async () => {
    api = mockApi({
      'GET /api/auth/setup': () => jsonResponse(200, { needed: false }),
      'POST /api/auth/login': () => jsonResponse(429, { code: 'TOO_MANY_ATTEMPTS', message: 'slow down' }),
    });
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Email'), 'anna@example.org');
    await user.type(screen.getByLabelText('Password'), 'whatever1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByTestId('login-error')).toHaveTextContent(/too many attempts/i);
  });

  it('validates the email beside the field before calling the API', async () => {
    api = mockApi({ 'GET /api/auth/setup': () => jsonResponse(200, { needed: false }) });
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('Email'), 'not-an-email');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter a valid email address')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.some((c) => c.path === '/api/auth/login')).toBe(false);
  });

  it('sends a fresh install to the one-time setup form', async () => {
    api = mockApi({ 'GET /api/auth/setup': () => jsonResponse(200, { needed: true }) });
    renderApp('/login');
    expect(await screen.findByRole('heading', { name: 'Set up Interlinea' })).toBeInTheDocument();
  });
});
