import { z } from 'zod';
import { languageSchema } from './languages';
import { roleSchema, LANGUAGE_ROLES } from './roles';
import { emailSchema, displayNameSchema, passwordSchema } from './auth';

const roleGrant = {
  role: roleSchema,
  language: languageSchema.nullable().optional(),
};

function languageMatchesRole(v: { role: string; language?: string | null }, ctx: z.RefinementCtx): void {
  const needsLanguage = (LANGUAGE_ROLES as readonly string[]).includes(v.role);
  if (needsLanguage && !v.language) {
    ctx.addIssue({ code: 'custom', path: ['language'], message: `a ${v.role} works on one target language` });
  }
  if (!needsLanguage && v.language) {
    ctx.addIssue({ code: 'custom', path: ['language'], message: `a ${v.role} holds the whole project` });
  }
}

export const createInvitationRequestSchema = z.object({ email: emailSchema, ...roleGrant }).superRefine(languageMatchesRole);
export type CreateInvitationRequest = z.infer<typeof createInvitationRequestSchema>;

export const invitationSchema = z.object({
  id: z.string().uuid(),
  /** The link's secret: only in the answer that creates the invitation (only its hash is stored). */
  token: z.string().optional(),
  email: z.string(),
  role: roleSchema,
  language: languageSchema.nullable(),
  projectId: z.string().uuid(),
  projectName: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  /** On the public invitation page: whether the invited email already has an account (then only its password is asked). */
  accountExists: z.boolean().optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** Accepting an invitation: new people choose a name and password; existing accounts just log in. */
export const acceptInvitationRequestSchema = z.object({
  displayName: displayNameSchema.optional(),
  password: passwordSchema,
});
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequestSchema>;

export const grantRoleRequestSchema = z.object({ userId: z.string().uuid(), ...roleGrant }).superRefine(languageMatchesRole);
export type GrantRoleRequest = z.infer<typeof grantRoleRequestSchema>;

export const memberSchema = z.object({
  membershipId: z.string().uuid(),
  userId: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  language: languageSchema.nullable(),
});
export type Member = z.infer<typeof memberSchema>;
