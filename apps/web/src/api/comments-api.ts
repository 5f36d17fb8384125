import { commentSchema, inboxSchema, type Comment, type Inbox, type Language, type PostCommentRequest } from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';

const segmentPath = (segmentId: string): string => `/api/segments/${encodeURIComponent(segmentId)}/comments`;

/** Comment threads on segments (`/api/segments/:id/comments`, `/api/comments/:id`) and the inbox (`/api/inbox`). */
export const commentsApi = {
  list: (segmentId: string, lang: Language, signal?: AbortSignal): Promise<Comment[]> =>
    http.json(`${segmentPath(segmentId)}?lang=${lang}`, z.array(commentSchema), { signal }),
  post: (segmentId: string, body: PostCommentRequest): Promise<Comment> => http.json(segmentPath(segmentId), commentSchema, { method: 'POST', body }),
  /** Resolves or reopens the comment's thread; answers the thread's first comment. */
  resolve: (commentId: string, resolved: boolean): Promise<Comment> =>
    http.json(`/api/comments/${encodeURIComponent(commentId)}`, commentSchema, { method: 'PATCH', body: { resolved } }),
  inbox: (signal?: AbortSignal): Promise<Inbox> => http.json('/api/inbox', inboxSchema, { signal }),
  markRead: (itemId: string): Promise<void> => http.void(`/api/inbox/${encodeURIComponent(itemId)}/read`, { method: 'POST' }),
};
