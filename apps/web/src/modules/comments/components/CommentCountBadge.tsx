import { useTranslation } from 'react-i18next';

/** The grid's mark of a segment with open comment threads: a speech bubble and their number. */
export function CommentCountBadge({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  const label = t('comments:badge', { count });
  return (
    <span className="comment-badge" role="img" aria-label={label} title={label} data-testid="comment-badge">
      <span aria-hidden="true">💬</span> {count}
    </span>
  );
}
