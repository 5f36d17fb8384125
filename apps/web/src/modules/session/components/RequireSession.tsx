import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ApiRequestError } from '../../../api/api-request-error';
import { ErrorMessage, Loading } from '../../ui';
import { useMe } from '../hooks/use-me';

/** Renders the signed-in part of the app, or sends the visitor to the login page. */
export function RequireSession() {
  const me = useMe();
  const location = useLocation();
  const { i18n } = useTranslation();
  const appliedFor = useRef<string | null>(null);

  // A returning session (page reload, other device) gets the user's stored UI language once.
  useEffect(() => {
    if (!me.data || appliedFor.current === me.data.id) return;
    appliedFor.current = me.data.id;
    if (i18n.language !== me.data.uiLanguage) void i18n.changeLanguage(me.data.uiLanguage);
  }, [me.data, i18n]);

  if (me.isPending) return <Loading />;
  if (me.error instanceof ApiRequestError && me.error.status === 401) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.error) return <ErrorMessage error={me.error} />;
  return <Outlet />;
}
