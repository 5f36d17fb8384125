import type { Language, Member } from '@interlinea/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membersApi } from '../../../api/members-api';
import { ErrorMessage } from '../../ui';
import { useSegmentComments } from '../hooks/use-segment-comments';
import { commentThreads } from '../utils/comment-threads';
import { CommentForm, type MentionableMember } from './CommentForm';
import { CommentThreadView } from './CommentThreadView';

interface CommentsPanelProps {
  segmentId: string;
  projectId: string;
  lang: Language;
  /** The translation's version (0 without one): a review reloads the comments. */
  version: number;
  /** The open thread count after a change, for the grid's badge. */
  onOpenCount?: (segmentId: string, count: number) => void;
}

function mentionable(members: readonly Member[] | undefined): MentionableMember[] {
  const byUser = new Map<string, MentionableMember>();
  for (const m of members ?? []) byUser.set(m.userId, { userId: m.userId, displayName: m.displayName, email: m.email });
  return [...byUser.values()];
}

/** The active segment's comment threads in this edition: read, write (with @mentions), reply, resolve and reopen. */
export function CommentsPanel({ segmentId, projectId, lang, version, onOpenCount }: CommentsPanelProps) {
  const { t } = useTranslation();
  const { comments, post, resolve } = useSegmentComments(segmentId, lang, version, onOpenCount);
  // its own key: the members page's list may be older than the people who joined since
  const members = useQuery({ queryKey: ['projects', projectId, 'mentionable'], queryFn: () => membersApi.list(projectId), staleTime: 60_000 });
  const people = useMemo(() => mentionable(members.data), [members.data]);
  const threads = useMemo(() => commentThreads(comments.data ?? []), [comments.data]);
  const [everyEdition, setEveryEdition] = useState(false);
  const open = threads.filter((th) => !th.first.resolved).length;

  return (
    <section className="side-section comments" aria-labelledby="comments-title" data-testid="comments-panel">
      <h3 id="comments-title" className="side-section__title">
        {t('comments:title')} {open > 0 && <span className="comment-count">{t('comments:openCount', { count: open })}</span>}
      </h3>
      {comments.isPending ? (
        <p className="muted">{t('common:loading')}</p>
      ) : comments.error ? (
        <ErrorMessage error={comments.error} />
      ) : threads.length === 0 ? (
        <p className="muted">{t('comments:none')}</p>
      ) : (
        <ul className="comment-threads">
          {threads.map((thread) => (
            <CommentThreadView
              key={thread.first.id}
              thread={thread}
              lang={lang}
              members={people}
              busy={post.isPending || resolve.isPending}
              replyError={post.variables?.parentId === thread.first.id ? post.error : null}
              onReply={(parentId, body) => post.mutateAsync({ body, parentId })}
              onResolve={(commentId, resolved) => resolve.mutate({ commentId, resolved })}
            />
          ))}
        </ul>
      )}
      {resolve.error && <ErrorMessage error={resolve.error} />}
      <CommentForm
        label={t('comments:form.label')}
        submitLabel={t('comments:form.submit')}
        members={people}
        pending={post.isPending}
        error={post.variables?.parentId ? null : post.error}
        onSubmit={(body) => post.mutateAsync({ body, language: everyEdition ? undefined : lang })}
      />
      <label className="check comments__scope">
        <input type="checkbox" checked={everyEdition} onChange={(e) => setEveryEdition(e.target.checked)} data-testid="comment-every-edition" />
        {t('comments:form.everyEdition')}
      </label>
    </section>
  );
}
