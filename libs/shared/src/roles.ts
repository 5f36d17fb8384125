import { z } from 'zod';

/**
 * manager: whole project. translator/reviewer: one target language each. publisher: whole project.
 * A person may hold several roles.
 */
export const ROLES = ['manager', 'translator', 'reviewer', 'publisher'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles that are given per target language. */
export const LANGUAGE_ROLES: readonly Role[] = ['translator', 'reviewer'];
