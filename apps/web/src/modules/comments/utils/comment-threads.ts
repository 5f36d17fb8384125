import type { Comment } from '@interlinea/shared';

export interface CommentThread {
  first: Comment;
  replies: Comment[];
}

/** Comments (oldest first) as threads: open threads first, each with its replies in order. */
export function commentThreads(comments: readonly Comment[]): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  for (const comment of comments) if (!comment.parentId) threads.set(comment.id, { first: comment, replies: [] });
  for (const comment of comments) if (comment.parentId) threads.get(comment.parentId)?.replies.push(comment);
  const all = [...threads.values()];
  return [...all.filter((t) => !t.first.resolved), ...all.filter((t) => t.first.resolved)];
}

/** Open threads among the comments. */
export function openThreadCount(comments: readonly Comment[]): number {
  return comments.filter((c) => !c.parentId && !c.resolved).length;
}
