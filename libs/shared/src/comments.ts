import { z } from 'zod';
import { languageSchema } from './languages';

export const COMMENT_BODY_MAX = 4000;

/** Why a comment is there: written by someone, or the reason a reviewer gave for a rejection. */
export const commentKindSchema = z.enum(['comment', 'rejection']);
export type CommentKind = z.infer<typeof commentKindSchema>;

export const commentMentionSchema = z.object({ userId: z.string().uuid(), displayName: z.string() });
export type CommentMention = z.infer<typeof commentMentionSchema>;

/**
 * A comment on a segment, about one edition (`language`) or the segment as a whole (null).
 * A thread is a comment without `parentId` and the replies to it; resolving a thread resolves its first comment.
 */
export const commentSchema = z.object({
  id: z.string().uuid(),
  segmentId: z.string().uuid(),
  language: languageSchema.nullable(),
  parentId: z.string().uuid().nullable(),
  kind: commentKindSchema,
  /** Plain text as written: show it as text, never as HTML. */
  body: z.string(),
  authorId: z.string().uuid().nullable(),
  authorName: z.string().nullable(),
  mentions: z.array(commentMentionSchema),
  createdAt: z.string(),
  resolved: z.boolean(),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
});
export type Comment = z.infer<typeof commentSchema>;

/** `GET /api/segments/:id/comments?lang=ru`: without `lang`, the comments about every edition. */
export const commentListQuerySchema = z.object({ lang: languageSchema.optional() });
export type CommentListQuery = z.infer<typeof commentListQuerySchema>;

export const postCommentRequestSchema = z.object({
  body: z.string().trim().min(1, 'write a comment').max(COMMENT_BODY_MAX),
  /** The edition the comment is about; omitted = the segment in every edition. */
  language: languageSchema.optional(),
  /** Answering a comment of the same segment: the reply joins its thread. */
  parentId: z.string().uuid().optional(),
});
export type PostCommentRequest = z.infer<typeof postCommentRequestSchema>;

export const resolveCommentRequestSchema = z.object({ resolved: z.boolean() });
export type ResolveCommentRequest = z.infer<typeof resolveCommentRequestSchema>;

/** Why something is in someone's inbox. */
export const inboxReasonSchema = z.enum(['mention', 'reply', 'rejection']);
export type InboxReason = z.infer<typeof inboxReasonSchema>;

export const inboxItemSchema = z.object({
  id: z.string().uuid(),
  reason: inboxReasonSchema,
  createdAt: z.string(),
  readAt: z.string().nullable(),
  comment: commentSchema,
  projectId: z.string().uuid(),
  documentId: z.string().uuid(),
  documentTitle: z.string(),
  /** 0-based position of the segment in its document. */
  segmentIndex: z.number().int(),
  /** The edition to open it in: the comment's, else the project's first. */
  edition: languageSchema,
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxSchema = z.object({ items: z.array(inboxItemSchema), unread: z.number().int() });
export type Inbox = z.infer<typeof inboxSchema>;
