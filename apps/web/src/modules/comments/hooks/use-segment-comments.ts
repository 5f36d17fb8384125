import type { Comment, Language } from '@interlinea/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { commentsApi } from '../../../api/comments-api';
import { openThreadCount } from '../utils/comment-threads';

/** The translation's version is part of the key: a rejection posts its reason as a comment, which shows up at once. */
export const commentsQueryKey = (segmentId: string, lang: Language, version: number) => ['comments', segmentId, lang, version] as const;

/**
 * The comments of a segment in one edition, with posting and resolving. After each change the open
 * thread count goes to `onOpenCount`, so the grid's badge follows without reloading the segments.
 */
export function useSegmentComments(segmentId: string, lang: Language, version: number, onOpenCount?: (segmentId: string, count: number) => void) {
  const queryClient = useQueryClient();
  const key = commentsQueryKey(segmentId, lang, version);
  const comments = useQuery({ queryKey: key, queryFn: ({ signal }) => commentsApi.list(segmentId, lang, signal) });
  const loaded = comments.data;
  // what the server says now (others may have commented) also sets the grid's badge
  useEffect(() => {
    if (loaded) onOpenCount?.(segmentId, openThreadCount(loaded));
  }, [loaded, segmentId, onOpenCount]);

  const update = (change: (list: Comment[]) => Comment[]) => {
    queryClient.setQueryData<Comment[]>(key, change(queryClient.getQueryData<Comment[]>(key) ?? []));
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
