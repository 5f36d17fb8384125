import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { InboxLink } from '../modules/comments';
import { useLogout, useMe } from '../modules/session';
import { LanguageSwitcher } from '../modules/ui-language';
import { Page } from './pages';

/** The frame of every signed-in page: product name, who is signed in, UI language, sign-out. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          Interlinea
        </Link>
        <nav className="topbar__nav" aria-label={t('common:nav.label')}>
          <Link to="/">{t('common:nav.projects')}</Link>
          <InboxLink />
        </nav>
        <div className="topbar__end">
          <LanguageSwitcher />
          {me.data && (
            <span className="topbar__user" title={me.data.email} data-testid="current-user">
              {me.data.displayName}
            </span>
          )}
          <button type="button" className="button button--ghost" onClick={() => logout.mutate()}>
            {t('common:nav.logout')}
          </button>
        </div>
      </header>
      <div className="shell__content">
        <Page>
          <Outlet />
        </Page>
      </div>
    </div>
  );
}
