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
 * `Me.roles`), as the API's access rules do: reviewers may also translate, managers may export, and
 * managers translate and review every edition of their project without further roles.
 * Being an admin gives no project role (admins create projects; the creator becomes manager).
 */
export function permissionsFor(me: Me | undefined, projectId: string | undefined, projectRoles?: MyRole[]): ProjectPermissions {
  const roles = projectRoles ?? me?.roles.filter((r) => r.projectId === projectId) ?? [];
  const has = (role: MyRole['role'], language?: Language) => roles.some((r) => r.role === role && (language === undefined || r.language === language));
  return {
    manage: has('manager'),
    publish: has('publisher') || has('manager'),
    translate: (language) => has('manager') || has('translator', language) || has('reviewer', language),
    review: (language) => has('manager') || has('reviewer', language),
  };
}
