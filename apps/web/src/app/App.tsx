import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { httpConfig } from '../api/http-config';
import { meQueryKey } from '../modules/session';
import { AppProviders } from './AppProviders';
import { createI18n } from './i18n';
import { routes } from './routes';

const PUBLIC_PATHS = ['/login', '/setup', '/invite/'];

/**
 * The whole app in the browser: providers, router, and "a 401 anywhere leads to the login page". The
 * query cache comes from the entry script, which may already have asked the first page's questions.
 */
export function App({ queryClient }: { queryClient: QueryClient }) {
  const [i18n] = useState(() => createI18n());
  const [router] = useState(() => createBrowserRouter(routes));

  useEffect(() => {
    httpConfig.onUnauthenticated = () => {
      const path = router.state.location.pathname;
      if (PUBLIC_PATHS.some((p) => path.startsWith(p))) return;
      queryClient.removeQueries({ queryKey: meQueryKey });
      void router.navigate(`/login?next=${encodeURIComponent(path + router.state.location.search)}`, { replace: true });
    };
    return () => {
      httpConfig.onUnauthenticated = null;
    };
  }, [router, queryClient]);

  return (
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
