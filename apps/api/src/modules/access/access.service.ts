import { Injectable } from '@nestjs/common';
import type { Language, MyRole } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { MembershipRepository } from './membership.repository';

/**
 * What a person may do in a project, from their roles there:
 * - view: any role in the project;
 * - manage: manager (upload, invite, give roles);
 * - translate(lang): translator or reviewer of that language;
 * - review(lang): reviewer of that language;
 * - export: publisher or manager.
 */
export type ProjectAction = 'view' | 'manage' | 'translate' | 'review' | 'export';

export function allows(roles: MyRole[], action: ProjectAction, language?: Language): boolean {
  const has = (role: MyRole['role'], lang?: Language) => roles.some((r) => r.role === role && (lang === undefined || r.language === lang));
  switch (action) {
    case 'view':
      return roles.length > 0;
    case 'manage':
      return has('manager');
    case 'translate':
      return has('translator', language) || has('reviewer', language);
    case 'review':
      return has('reviewer', language);
    case 'export':
      return has('publisher') || has('manager');
  }
}

@Injectable()
export class AccessService {
  constructor(private readonly memberships: MembershipRepository) {}

  /** Throws 403 when the person is not a member of the project or lacks the role for the action. */
  async assertCan(user: SessionUser, projectId: string, action: ProjectAction, language?: Language): Promise<MyRole[]> {
    const roles = await this.memberships.rolesOf(user.id, projectId);
    if (roles.length === 0) throw AppException.forbidden('You are not a member of this project');
    if (!allows(roles, action, language)) {
      const where = language ? ` for ${language}` : '';
      throw AppException.forbidden(`Your roles in this project do not allow "${action}"${where}`);
    }
    return roles;
  }

  /** Admins create projects; so do managers of any project. */
  async assertCanCreateProject(user: SessionUser): Promise<void> {
    if (user.isAdmin) return;
    const roles = await this.memberships.rolesOf(user.id);
    if (!roles.some((r) => r.role === 'manager')) throw AppException.forbidden('Only admins and project managers can create projects');
  }
}
