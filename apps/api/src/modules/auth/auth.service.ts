import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ERROR_CODES, type LoginRequest, type Me, type SetupRequest, type UpdateProfileRequest } from '@interlinea/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { UsersRepository } from '../users/users.repository';
import { MembershipRepository } from '../access/membership.repository';
import { SessionCache } from './session-cache';
import { SessionRepository } from './session.repository';
import { PasswordThrottle } from './password-throttle';
import { PasswordService } from './password.service';
import { newToken, sessionIdOf } from './session-tokens';

/** A new session: the cookie token goes to the browser, the CSRF token is echoed in a header. */
export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: Me;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  private readonly recentSessions = new SessionCache();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly sessions: SessionRepository,
    private readonly throttle: PasswordThrottle,
    private readonly memberships: MembershipRepository,
    private readonly passwords: PasswordService,
  ) {}

  async login(request: LoginRequest, ip: string): Promise<IssuedSession> {
    const user = await this.users.findCredentials(request.email);
    const ok = await this.throttle.check(request.email, ip, () =>
      user ? this.passwords.verify(user.passwordHash, request.password) : this.passwords.verifyNothing(request.password),
    );
    if (!user || !ok) throw new AppException(ERROR_CODES.unauthenticated, 'Wrong email or password');
    return this.issueSession(user.id);
  }

  async logout(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
    this.recentSessions.forget(sessionId);
  }

  async setupNeeded(): Promise<boolean> {
    return (await this.users.count()) === 0;
  }

  /** One-time form of a fresh install: creates the first admin, only while there is no account. */
  async setup(request: SetupRequest): Promise<IssuedSession> {
    const passwordHash = await this.passwords.hash(request.password);
    const user = await this.dataSource.transaction(async (manager) => {
      await this.users.lockForSetup(manager);
      if ((await this.users.count(manager)) > 0) throw AppException.forbidden('Interlinea is already set up; log in instead');
      return this.users.create({ email: request.email, displayName: request.displayName, passwordHash, isAdmin: true }, manager);
    });
    return this.issueSession(user.id);
  }

  /** On start: ADMIN_EMAIL / ADMIN_PASSWORD create the first admin of an empty database. */
  async ensureConfiguredAdmin(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const passwordHash = await this.passwords.hash(admin.password);
    await this.dataSource.transaction(async (manager) => {
      await this.users.lockForSetup(manager);
      if ((await this.users.count(manager)) > 0) return;
      await this.users.create({ email: admin.email, displayName: admin.email.split('@')[0], passwordHash, isAdmin: true }, manager);
      this.logger.log(`Created the first admin account ${admin.email}`);
    });
  }

  async authenticate(token: string): Promise<{ user: SessionUser; csrfToken: string } | null> {
    const sessionId = sessionIdOf(token);
    let found = this.recentSessions.get(sessionId);
    if (!found) {
      const valid = await this.sessions.findValid(sessionId);
      if (!valid) return null;
      this.recentSessions.remember(valid);
      found = valid;
    }
    return {
      user: {
        id: found.userId,
        email: found.email,
        displayName: found.displayName,
        isAdmin: found.isAdmin,
        sessionId: found.sessionId,
        uiLanguage: found.uiLanguage ?? undefined,
      },
      csrfToken: found.csrfToken,
    };
  }

  async me(userId: string): Promise<Me> {
    const user = await this.users.findById(userId);
    if (!user) throw new AppException(ERROR_CODES.unauthenticated, 'Your account no longer exists');
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      uiLanguage: user.uiLanguage,
      isAdmin: user.isAdmin,
      roles: await this.memberships.rolesOf(user.id),
    };
  }

  async updateProfile(userId: string, changes: UpdateProfileRequest): Promise<Me> {
    await this.users.updateProfile(userId, changes);
    this.recentSessions.forgetUser(userId);
    return this.me(userId);
  }

  async issueSession(userId: string): Promise<IssuedSession> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600 * 1000);
    await this.sessions.create({ id: sessionIdOf(token), userId, csrfToken, expiresAt });
    return { token, csrfToken, expiresAt, user: await this.me(userId) };
  }
}
