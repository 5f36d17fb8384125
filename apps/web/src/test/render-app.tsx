import type { UiLanguage } from '@interlinea/shared';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../app/create-query-client';
import { createI18n } from '../app/i18n';
import { routes } from '../app/routes';
// In the browser each screen's code loads with the screen (app/pages); tests load it all up front, so
// a first `findBy…` waits for the screen, not for its module graph to compile.
import '../modules/alignment';
import '../modules/auth';
import '../modules/comments';
import '../modules/dashboard';
import '../modules/documents';
import '../modules/editions';
import '../modules/editor';
import '../modules/glossary';
import '../modules/memory-review';
import '../modules/project-settings';
import '../modules/projects';
import '../modules/qa';
import '../modules/statistics';

/** Renders the real app (routes, providers) at a path, in a UI language, with a user-event driver. */
export function renderApp(path: string, language: UiLanguage = 'en'): RenderResult & { user: UserEvent; i18n: I18n } {
  const i18n = createI18n(language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={createQueryClient()} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, user, i18n };
}
