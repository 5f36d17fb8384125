import type { UiLanguage } from '@interlinea/shared';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../app/create-query-client';
import { createI18n } from '../app/i18n';
import { routes } from '../app/routes';

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
