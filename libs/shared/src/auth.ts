import { z } from 'zod';
import { languageSchema, uiLanguageSchema } from './languages';
import { roleSchema } from './roles';

export const emailSchema = z.string().trim().toLowerCase().email().max(254);
export const passwordSchema = z.string().min(8, 'at least 8 characters').max(200);
export const displayNameSchema = z.string().trim().min(1).max(100);

export const loginRequestSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** First start of an empty install: creates the admin account. */
export const setupRequestSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;

export const setupStatusSchema = z.object({ needed: z.boolean() });
export type SetupStatus = z.infer<typeof setupStatusSchema>;

export const myRoleSchema = z.object({
  projectId: z.string().uuid(),
  role: roleSchema,
  language: languageSchema.nullable(),
});
export type MyRole = z.infer<typeof myRoleSchema>;

export const meSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  uiLanguage: uiLanguageSchema,
  isAdmin: z.boolean(),
  roles: z.array(myRoleSchema),
});
export type Me = z.infer<typeof meSchema>;

/** Login and setup answer with the user and the token to echo in `X-CSRF-Token`. */
export const sessionResponseSchema = z.object({ user: meSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const updateProfileRequestSchema = z
  .object({ uiLanguage: uiLanguageSchema.optional(), displayName: displayNameSchema.optional() })
  .refine((v) => v.uiLanguage !== undefined || v.displayName !== undefined, { message: 'nothing to change' });
export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;

export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_COOKIE = 'interlinea_csrf';
export const SESSION_COOKIE = 'interlinea_session';
