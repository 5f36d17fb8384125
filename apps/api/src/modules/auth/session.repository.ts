import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import type { UiLanguage } from '@interlinea/shared';
import { SessionEntity } from './entities/session.entity';

export interface SessionWithUser {
  sessionId: string;
  csrfToken: string;
  userId: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  /** Only when the person chose it. */
  uiLanguage: UiLanguage | undefined;
}

@Injectable()
export class SessionRepository {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  async create(session: Pick<SessionEntity, 'id' | 'userId' | 'csrfToken' | 'expiresAt'>): Promise<void> {
    await this.sessions.insert(session);
  }

  async findValid(id: string): Promise<SessionWithUser | null> {
    const rows: SessionWithUser[] = await this.sessions.query(
      `SELECT s.id AS "sessionId", s.csrf_token AS "csrfToken", u.id AS "userId", u.email, u.display_name AS "displayName", u.is_admin AS "isAdmin",
              CASE WHEN u.ui_language_chosen THEN u.ui_language END AS "uiLanguage"
         FROM session s JOIN "user" u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > now()`,
      [id],
    );
    return rows[0] ?? null;
  }

  async delete(id: string): Promise<void> {
    await this.sessions.delete({ id });
  }

  async deleteExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}
