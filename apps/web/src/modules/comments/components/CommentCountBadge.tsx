import { useTranslation } from 'react-i18next';

/** The grid's mark of a segment with open comment threads: a speech bubble and their number. */
export function CommentCountBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  const label = t('comments:badge', { count });
  return (
    <span className="comment-badge" role="img" aria-label={label} title={label} data-testid="comment-badge">
      <svg className="comment-badge__icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
        <path d="M2 2.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H7l-3.5 3v-3H2a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z" fill="currentColor" />
      </svg>
      {count}
    </span>
  );
}
