import type { InboxItem } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorMessage, Loading, segmentNumber, useFormatDate } from '../../ui';
import { useInbox } from '../hooks/use-inbox';
import { MentionText } from './MentionText';

const segmentLink = (item: InboxItem) =>
  `/documents/${encodeURIComponent(item.documentId)}/${item.edition}?segment=${encodeURIComponent(item.comment.segmentId)}`;

/** `/inbox`: mentions of me, replies to my threads and rejections of my translations, newest first. */
export function InboxPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { inbox, markRead } = useInbox();
  if (inbox.error) return <ErrorMessage error={inbox.error} />;
  if (!inbox.data) return <Loading />;
  const { items, unread } = inbox.data;
  return (
    <main className="page inbox" aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('comments:inbox.title')}</h1>
      <p className="muted">{unread > 0 ? t('comments:inbox.unread', { count: unread }) : t('comments:inbox.allRead')}</p>
      {items.length === 0 ? (
        <p className="inbox__empty">{t('comments:inbox.empty')}</p>
      ) : (
        <ul className="inbox__list">
          {items.map((item) => (
            <li
              key={item.id}
              className={item.readAt ? 'inbox-item' : 'inbox-item inbox-item--unread'}
              data-testid="inbox-item"
              data-read={Boolean(item.readAt)}
            >
              <div className="inbox-item__head">
                <span className={`inbox-item__reason inbox-item__reason--${item.reason}`}>{t(`comments:inbox.reason.${item.reason}`)}</span>
                <span className="inbox-item__who">{item.comment.authorName ?? t('comments:unknownAuthor')}</span>
                <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>
              </div>
              <p className="inbox-item__body">
                <MentionText body={item.comment.body} mentions={item.comment.mentions} />
              </p>
              <div className="inbox-item__foot">
                <Link to={segmentLink(item)} onClick={() => !item.readAt && markRead.mutate(item.id)}>
                  {t('comments:inbox.open', { title: item.documentTitle, number: segmentNumber(item.segmentIndex), lang: item.edition.toUpperCase() })}
                </Link>
                {!item.readAt && (
                  <button type="button" className="button button--ghost button--small" onClick={() => markRead.mutate(item.id)} data-testid="inbox-mark-read">
                    {t('comments:inbox.markRead')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={markRead.error} />
    </main>
  );
}
