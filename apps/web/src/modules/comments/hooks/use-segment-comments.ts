import type { Comment, Language } from '@interlinea/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { commentsApi } from '../../../api/comments-api';
import { openThreadCount } from '../utils/comment-threads';

export const commentsQueryKey = (segmentId: string, lang: Language) => ['comments', segmentId, lang] as const;

/**
 * The comments of a segment in one edition, with posting and resolving. After each change the open
 * thread count goes to `onOpenCount`, so the grid's badge follows without reloading the segments.
 */
export function useSegmentComments(segmentId: string, lang: Language, onOpenCount?: (segmentId: string, count: number) => void) {
  const queryClient = useQueryClient();
  const key = commentsQueryKey(segmentId, lang);
  const comments = useQuery({ queryKey: key, queryFn: ({ signal }) => commentsApi.list(segmentId, lang, signal) });

  const update = (change: (list: Comment[]) => Comment[]) => {
    const next = change(queryClient.getQueryData<Comment[]>(key) ?? []);
    queryClient.setQueryData<Comment[]>(key, next);
    onOpenCount?.(segmentId, openThreadCount(next));
  };

  const post = useMutation({
    mutationFn: (body: { body: string; language?: Language; parentId?: string }) => commentsApi.post(segmentId, body),
    onSuccess: (comment) => update((list) => [...list, comment]),
  });
  const resolve = useMutation({
    mutationFn: ({ commentId, resolved }: { commentId: string; resolved: boolean }) => commentsApi.resolve(commentId, resolved),
    onSuccess: (thread) => update((list) => list.map((c) => (c.id === thread.id ? thread : c))),
  });
  return { comments, post, resolve };
}
