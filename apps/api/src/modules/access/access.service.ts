import { Injectable } from '@nestjs/common';
import type { Language, MyRole } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { MembershipRepository } from './membership.repository';
import { ScopeRepository, type DocumentScope, type ProjectScope, type SegmentScope } from './scope.repository';

/** What a request may work on, looked up once and handed on: the project, document and edition, with the person's roles. */
export interface DocumentAccess {
  project: ProjectScope;
  document: DocumentScope;
  /** The edition asked for (checked to be one of the project's), if any. */
  edition: Language | null;
  roles: MyRole[];
}

export interface SegmentAccess extends DocumentAccess {
  segment: SegmentScope;
}

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
  constructor(
    private readonly memberships: MembershipRepository,
    private readonly scopes: ScopeRepository,
  ) {}

  /**
   * The segment, its document, project and edition, once the person may do `action` there: 404 when
   * the segment does not exist, 403 without the role, 422 on `lang` when the project has no such edition.
   */
  async segment(user: SessionUser, segmentId: string, action: ProjectAction, language?: Language): Promise<SegmentAccess> {
    const scope = await this.scopes.ofSegment(segmentId, user.id);
    if (!scope?.segment) throw AppException.notFound('Segment');
    return { ...this.check(scope.roles, scope.project, action, language), document: scope.document, segment: scope.segment };
  }

  /** The document and its project (and edition, when `language` is given), with the same checks as `segment`. */
  async document(user: SessionUser, documentId: string, action: ProjectAction, language?: Language): Promise<DocumentAccess> {
    const scope = await this.scopes.ofDocument(documentId, user.id);
    if (!scope) throw AppException.notFound('Document');
    return { ...this.check(scope.roles, scope.project, action, language), document: scope.document };
  }

  private check(roles: MyRole[], project: ProjectScope, action: ProjectAction, language?: Language): Omit<DocumentAccess, 'document'> {
    assertAllowed(roles, action, language);
    if (language !== undefined && !project.languages.includes(language)) throw AppException.invalid('lang', `the project has no ${language} edition`);
    return { project, edition: language ?? null, roles };
  }

  /** Throws 403 when the person is not a member of the project or lacks the role for the action. */
  async assertCan(user: SessionUser, projectId: string, action: ProjectAction, language?: Language): Promise<MyRole[]> {
    const roles = await this.memberships.rolesOf(user.id, projectId);
    assertAllowed(roles, action, language);
    return roles;
  }

  /** Admins create projects; so do managers of any project. */
  async assertCanCreateProject(user: SessionUser): Promise<void> {
    if (user.isAdmin) return;
    const roles = await this.memberships.rolesOf(user.id);
    if (!roles.some((r) => r.role === 'manager')) throw AppException.forbidden('Only admins and project managers can create projects');
  }
}

/** Throws 403 unless the roles allow the action (for when the roles were already looked up). */
export function assertAllowed(roles: MyRole[], action: ProjectAction, language?: Language): void {
  if (roles.length === 0) throw AppException.forbidden('You are not a member of this project');
  if (!allows(roles, action, language)) {
    const where = language ? ` for ${language}` : '';
    throw AppException.forbidden(`Your roles in this project do not allow "${action}"${where}`);
  }
}
