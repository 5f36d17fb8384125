import type { Language, Me, MyRole } from '@interlinea/shared';

/** What the signed-in user may do in one project. */
export interface ProjectPermissions {
  manage: boolean;
  publish: boolean;
  translate: (language: Language) => boolean;
  review: (language: Language) => boolean;
}

/**
 * Derives the actions to offer from the user's roles in a project (`ProjectSummary.myRoles`, else
 * `Me.roles`). Reviewers may also translate. Admins are offered every action; the API has the last word.
 */
export function permissionsFor(me: Me | undefined, projectId: string | undefined, projectRoles?: MyRole[]): ProjectPermissions {
  const roles = projectRoles ?? me?.roles.filter((r) => r.projectId === projectId) ?? [];
  const admin = me?.isAdmin ?? false;
  const has = (role: MyRole['role'], language?: Language) =>
    admin || roles.some((r) => r.role === role && (language === undefined || r.language === language));
  return {
    manage: has('manager'),
    publish: has('publisher') || has('manager'),
    translate: (language) => has('translator', language) || has('reviewer', language),
    review: (language) => has('reviewer', language),
  };
}
