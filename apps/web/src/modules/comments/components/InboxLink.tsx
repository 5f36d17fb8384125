import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useInbox } from '../hooks/use-inbox';

/** The header's way to the inbox, with the number of unread items. */
export function InboxLink() {
  const { t } = useTranslation();
  const { inbox } = useInbox();
  const unread = inbox.data?.unread ?? 0;
  return (
    <NavLink
      to="/inbox"
      className="inbox-link"
      data-testid="inbox-link"
      aria-label={unread > 0 ? t('comments:inbox.linkUnread', { count: unread }) : undefined}
    >
      {t('comments:inbox.link')}
      {unread > 0 && (
        <span className="inbox-link__count" aria-hidden="true" data-testid="inbox-unread">
          {unread}
        </span>
      )}
    </NavLink>
  );
}
