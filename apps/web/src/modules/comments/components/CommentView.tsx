import type { Comment, Language } from '@interlinea/shared';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../ui';
import { MentionText } from './MentionText';

/** One comment: who, when, about which edition, and what they wrote (as text). */
export function CommentView({ comment, lang }: { comment: Comment; lang: Language }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <div className={comment.kind === 'rejection' ? 'comment comment--rejection' : 'comment'} data-testid="comment">
      <div className="comment__meta">
        <span className="comment__author">{comment.authorName ?? t('comments:unknownAuthor')}</span>
        <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
        {comment.kind === 'rejection' && <span className="comment__tag comment__tag--rejection">{t('comments:rejection')}</span>}
        {comment.language === null && !comment.parentId && <span className="comment__tag">{t('comments:allEditions')}</span>}
        {comment.language !== null && comment.language !== lang && <span className="comment__tag">{comment.language.toUpperCase()}</span>}
      </div>
      <p className="comment__body">
        <MentionText body={comment.body} mentions={comment.mentions} />
      </p>
    </div>
  );
}
