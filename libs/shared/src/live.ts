import { z } from 'zod';
import { languageSchema } from './languages';
import { jobStatusSchema } from './machine-translation';
import { translationOriginSchema, translationStatusSchema } from './segments';

/** Someone with the document open: one entry per browser tab (`clientId`), on a segment or none. */
export const presenceEntrySchema = z.object({
  clientId: z.string(),
  userId: z.string().uuid(),
  name: z.string(),
  initials: z.string(),
  segmentId: z.string().uuid().nullable(),
  language: languageSchema.nullable(),
});
export type PresenceEntry = z.infer<typeof presenceEntrySchema>;

/** A soft lock: someone is typing in this edition of the segment. Never stops another save. */
export const softLockSchema = z.object({
  segmentId: z.string().uuid(),
  language: languageSchema,
  userId: z.string().uuid(),
  name: z.string(),
  clientId: z.string(),
  since: z.string(),
});
export type SoftLock = z.infer<typeof softLockSchema>;

/** A new version of a translation (typed, reviewed, propagated, pre-translated …), as the ledger wrote it. */
export const savedEventSchema = z.object({
  type: z.literal('saved'),
  segmentId: z.string().uuid(),
  language: languageSchema,
  version: z.number().int(),
  text: z.string(),
  status: translationStatusSchema,
  previousStatus: translationStatusSchema.nullable(),
  origin: translationOriginSchema,
  /** The ledger's change kind: typed, reviewed, propagated, pretranslated, reverted … */
  kind: z.string(),
  authorId: z.string().uuid().nullable(),
  authorName: z.string().nullable(),
});

export const commentEventSchema = z.object({
  type: z.literal('comment'),
  segmentId: z.string().uuid(),
  commentId: z.string().uuid(),
  language: languageSchema.nullable(),
  /** A reply has its thread's first comment as parent. */
  parentId: z.string().uuid().nullable(),
  action: z.enum(['posted', 'resolved', 'reopened']),
  authorId: z.string().uuid().nullable(),
  authorName: z.string().nullable(),
});

export const presenceEventSchema = z.object({ type: z.literal('presence'), present: z.array(presenceEntrySchema) });

/** The lock of one edition of a segment changed: `lock` is its holder now, or null when released or expired. */
export const lockEventSchema = z.object({
  type: z.literal('lock'),
  segmentId: z.string().uuid(),
  language: languageSchema,
  lock: softLockSchema.nullable(),
  /** Why it ended (when `lock` is null) or changed hands: released, expired, disconnected, taken-over. */
  reason: z.enum(['taken', 'renewed', 'released', 'expired', 'disconnected', 'taken-over']),
});

export const jobEventSchema = z.object({ type: z.literal('job'), job: jobStatusSchema });

/** The first event of a stream: who this tab is, and who is here and holds locks right now. */
export const helloEventSchema = z.object({
  type: z.literal('hello'),
  clientId: z.string(),
  present: z.array(presenceEntrySchema),
  locks: z.array(softLockSchema),
});

export const documentEventBodySchema = z.discriminatedUnion('type', [
  savedEventSchema,
  commentEventSchema,
  presenceEventSchema,
  lockEventSchema,
  jobEventSchema,
  helloEventSchema,
]);

/** One event of `GET /api/documents/:id/events` (the `data:` of a server-sent event; `id` is also its `id:`). */
export const documentEventSchema = z.intersection(z.object({ id: z.string(), documentId: z.string().uuid(), at: z.string() }), documentEventBodySchema);
export type DocumentEventBody = z.infer<typeof documentEventBodySchema>;
export type DocumentEvent = z.infer<typeof documentEventSchema>;
/** Events as received, with their id, document and time. */
export type SavedEvent = Extract<DocumentEvent, { type: 'saved' }>;
export type CommentEvent = Extract<DocumentEvent, { type: 'comment' }>;
export type LockEvent = Extract<DocumentEvent, { type: 'lock' }>;

export const documentEventsQuerySchema = z.object({
  /** Resume after this event (what the `Last-Event-ID` header says; the header wins when both are sent). */
  lastEventId: z
    .string()
    .regex(/^\d{1,18}$/, 'an event id')
    .optional(),
  /** The tab's own id (letters, digits, dashes), so presence and locks are this tab's; made up by the server when absent. */
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/, '8 to 64 letters, digits or dashes')
    .optional(),
});
export type DocumentEventsQuery = z.infer<typeof documentEventsQuerySchema>;

export const presenceRequestSchema = z.object({
  segmentId: z.string().uuid().nullable(),
  language: languageSchema.nullable().optional(),
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/, '8 to 64 letters, digits or dashes')
    .optional(),
});
export type PresenceRequest = z.infer<typeof presenceRequestSchema>;

export const presenceListSchema = z.object({ present: z.array(presenceEntrySchema), locks: z.array(softLockSchema) });
export type PresenceList = z.infer<typeof presenceListSchema>;

export const lockRequestSchema = z.object({
  lang: languageSchema,
  /** Take the lock over from someone else (after the person confirmed). */
  force: z.boolean().optional(),
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/, '8 to 64 letters, digits or dashes')
    .optional(),
});
export type LockRequest = z.infer<typeof lockRequestSchema>;

export const unlockQuerySchema = z.object({
  lang: languageSchema,
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/, '8 to 64 letters, digits or dashes')
    .optional(),
});
export type UnlockQuery = z.infer<typeof unlockQuerySchema>;

/** Details of 409 `SEGMENT_LOCKED`: who types in the segment now. */
export const segmentLockedDetailsSchema = z.object({ lock: softLockSchema });
export type SegmentLockedDetails = z.infer<typeof segmentLockedDetailsSchema>;

/** Initials for a presence badge: first letters of the first two words of the name (or of the email's local part). */
export function initialsOf(name: string): string {
  const words = name
    .replace(/@.*$/, '')
    .split(/[\s._-]+/)
    .filter(Boolean);
  return (
    words
      .slice(0, 2)
      .map((w) => w[0]!.toUpperCase())
      .join('') || '?'
  );
}
