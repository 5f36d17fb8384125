import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ERROR_CODES,
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
  type GrantRoleRequest,
  type Invitation,
  type Member,
} from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { MembershipRepository } from '../access/membership.repository';
import { ProjectsService } from '../projects/projects.service';
import { UsersRepository } from '../users/users.repository';
import { AuthService, type IssuedSession } from '../auth/auth.service';
import { PasswordService } from '../auth/password.service';
import { PasswordThrottle } from '../auth/password-throttle';
import { newToken, sessionIdOf } from '../auth/session-tokens';
import { InvitationRepository } from './invitation.repository';

const INVITATION_DAYS = 14;

@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly memberships: MembershipRepository,
    private readonly invitations: InvitationRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly throttle: PasswordThrottle,
    private readonly auth: AuthService,
  ) {}

  async list(user: SessionUser, projectId: string): Promise<Member[]> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'view');
    return this.memberships.listMembers(projectId);
  }

  async invite(user: SessionUser, projectId: string, request: CreateInvitationRequest): Promise<Invitation> {
    const project = await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    this.assertLanguageOfProject(
      project.languages.map((l) => l.language),
      request.language ?? null,
    );
    const token = newToken();
    const id = await this.invitations.create({
      projectId,
      email: request.email,
      role: request.role,
      language: request.language ?? null,
      tokenHash: sessionIdOf(token),
      invitedBy: user.id,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
    });
    // the only time the link's token is shown: only its hash is stored
    return { ...(await this.invitations.findById(id)), token };
  }

  async listInvitations(user: SessionUser, projectId: string): Promise<Invitation[]> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    return this.invitations.listOpen(projectId);
  }

  async grant(user: SessionUser, projectId: string, request: GrantRoleRequest): Promise<Member> {
    const project = await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    this.assertLanguageOfProject(
      project.languages.map((l) => l.language),
      request.language ?? null,
    );
    const target = await this.users.findById(request.userId);
    if (!target) throw AppException.invalid('userId', 'no such user');
    const held = await this.memberships.rolesOf(target.id, projectId);
    if (held.some((r) => r.role === request.role && r.language === (request.language ?? null))) {
      throw new AppException(ERROR_CODES.roleAlreadyGranted, 'This person already has this role', { role: request.role, language: request.language ?? null });
    }
    const membership = await this.memberships.grant({ projectId, userId: target.id, role: request.role, language: request.language ?? null });
    return {
      membershipId: membership.id,
      userId: target.id,
      email: target.email,
      displayName: target.displayName,
      role: membership.role,
      language: membership.language,
    };
  }

  async revoke(user: SessionUser, projectId: string, membershipId: string): Promise<void> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    const membership = await this.memberships.findById(membershipId);
    if (!membership || membership.projectId !== projectId) throw AppException.notFound('Membership');
    if (membership.role === 'manager' && (await this.memberships.countManagers(projectId)) === 1) {
      throw AppException.invalid('membershipId', 'a project keeps at least one manager');
    }
    await this.memberships.remove(membershipId);
  }

  async findInvitation(token: string): Promise<Invitation> {
    const invitation = await this.invitations.findByToken(token);
    if (!invitation) throw AppException.notFound('Invitation');
    return { ...invitation, accountExists: (await this.users.findByEmail(invitation.email)) !== null };
  }

  /** A newcomer creates an account; someone who already has one proves it with their password. */
  async accept(token: string, request: AcceptInvitationRequest, address: string): Promise<IssuedSession> {
    const invitation = await this.findInvitation(token);
    if (invitation.acceptedAt) throw new AppException(ERROR_CODES.conflict, 'This invitation has already been used');
    if (new Date(invitation.expiresAt) < new Date())
      throw new AppException(ERROR_CODES.forbidden, 'This invitation has expired; ask the manager for a new one');
    const existing = await this.users.findCredentials(invitation.email);
    if (existing && !(await this.throttle.check(existing.email, address, () => this.passwords.verify(existing.passwordHash, request.password)))) {
      throw new AppException(ERROR_CODES.unauthenticated, `An account for ${invitation.email} exists: enter its password`);
    }
    if (!existing && !request.displayName) throw AppException.invalid('displayName', 'choose the name others will see');
    const passwordHash = existing ? null : await this.passwords.hash(request.password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const user =
        existing ??
        (await this.users.create({ email: invitation.email, displayName: request.displayName!, passwordHash: passwordHash!, isAdmin: false }, manager));
      if (!(await this.invitations.markAccepted(invitation.id, user.id, manager))) {
        throw new AppException(ERROR_CODES.conflict, 'This invitation has already been used');
      }
      await this.memberships.grant({ projectId: invitation.projectId, userId: user.id, role: invitation.role, language: invitation.language }, manager);
      return user.id;
    });
    return this.auth.issueSession(userId);
  }

  private assertLanguageOfProject(targetLanguages: string[], language: string | null): void {
    if (language && !targetLanguages.includes(language)) {
      throw AppException.invalid('language', `the project has no ${language} edition`);
    }
  }
}
