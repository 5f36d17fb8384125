import type { Language } from '@interlinea/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentThread } from '../utils/comment-threads';
import { CommentForm, type MentionableMember } from './CommentForm';
import { CommentView } from './CommentView';

interface CommentThreadViewProps {
  thread: CommentThread;
  lang: Language;
  members: readonly MentionableMember[];
  busy: boolean;
  replyError: unknown;
  onReply: (parentId: string, body: string) => Promise<unknown>;
  onResolve: (commentId: string, resolved: boolean) => void;
}

/** A thread: its first comment, the replies, and reply / resolve / reopen. */
export function CommentThreadView({ thread, lang, members, busy, replyError, onReply, onResolve }: CommentThreadViewProps) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const { first, replies } = thread;
  return (
    <li className={first.resolved ? 'comment-thread comment-thread--resolved' : 'comment-thread'} data-testid="comment-thread" data-resolved={first.resolved}>
      <CommentView comment={first} lang={lang} />
      {replies.length > 0 && (
        <ol className="comment-thread__replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentView comment={reply} lang={lang} />
            </li>
          ))}
        </ol>
      )}
      {first.resolved && (
        <p className="comment-thread__resolved" data-testid="resolved-note">
          {t('comments:resolvedBy', { name: first.resolvedByName ?? t('comments:unknownAuthor') })}
        </p>
      )}
      {replying ? (
        <CommentForm
          label={t('comments:reply.label')}
          submitLabel={t('comments:reply.submit')}
          members={members}
          pending={busy}
          error={replyError}
          autoFocus
          onCancel={() => setReplying(false)}
          onSubmit={async (body) => {
            await onReply(first.id, body);
            setReplying(false);
          }}
        />
      ) : (
        <div className="comment-thread__actions">
          {!first.resolved && (
            <button type="button" className="button button--ghost button--small" onClick={() => setReplying(true)}>
              {t('comments:reply.open')}
            </button>
          )}
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={busy}
            onClick={() => onResolve(first.id, !first.resolved)}
            data-testid={first.resolved ? 'comment-reopen' : 'comment-resolve'}
          >
            {first.resolved ? t('comments:reopen') : t('comments:resolve')}
          </button>
        </div>
      )}
    </li>
  );
}
