import { screen, within } from '@testing-library/react';
import { fixtures } from '../../../test/fixtures';
import { jsonResponse, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render-app';

describe('ProjectsPage', () => {
  let api: ReturnType<typeof mockApi>;
  afterEach(() => api.restore());

  it('shows each edition’s progress in words', async () => {
    const progress = {
      language: 'ru' as const,
      segments: 10,
      words: 120,
      draft: 1,
      translated: 3,
      approved: 2,
      rejected: 1,
      translatedWords: 61,
      approvedWords: 20,
    };
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me()),
      'GET /api/projects': () => jsonResponse(200, [fixtures.project({ targetLanguages: ['ru'], progress: [progress] })]),
    });
    renderApp('/');
    const card = await screen.findByTestId('project-card');
    expect(within(card).getByRole('link', { name: 'Leaflets 1992' })).toBeInTheDocument();
    expect(within(card).getByText('61 of 120 words')).toBeInTheDocument();
    expect(within(card).getByRole('img')).toHaveAccessibleName('Approved: 2, Translated: 3, Rejected: 1, Draft: 1');
  });

  it('creates a project with the source language left out of the targets', async () => {
    const created = fixtures.project({ name: 'Manifest', sourceLanguage: 'en', targetLanguages: ['ru', 'de'] });
    api = mockApi({
      'GET /api/auth/me': () => jsonResponse(200, fixtures.me({ isAdmin: true })),
      'GET /api/projects': () => jsonResponse(200, []),
      'POST /api/projects': () => jsonResponse(200, created),
      [`GET /api/projects/${created.id}`]: () => jsonResponse(200, created),
      [`GET /api/projects/${created.id}/documents`]: () => jsonResponse(200, []),
    });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'New project' }));
    await user.type(screen.getByLabelText('Name'), 'Manifest');
    await user.selectOptions(screen.getByLabelText('Source language'), 'en');
    expect(screen.queryByRole('checkbox', { name: 'English' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'German' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'German' }));
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(await screen.findByText('Choose at least one')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'German' }));
    await user.click(screen.getByRole('checkbox', { name: 'Russian' }));
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    expect(await screen.findByRole('heading', { name: 'Manifest' })).toBeInTheDocument();
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Manifest', sourceLanguage: 'en', targetLanguages: ['ru', 'de'] });
  });
});
