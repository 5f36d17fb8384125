import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { Invitation } from '@interlinea/shared';
import { InvitationEntity } from './entities/invitation.entity';
import { sessionIdOf } from '../auth/session-tokens';

const SELECT_INVITATION = `
  SELECT i.id, i.email, i.role, i.language, i.project_id AS "projectId", p.name AS "projectName",
         i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt"
    FROM invitation i JOIN project p ON p.id = i.project_id`;

interface InvitationRow extends Omit<Invitation, 'expiresAt' | 'acceptedAt' | 'token'> {
  expiresAt: Date;
  acceptedAt: Date | null;
}

@Injectable()
export class InvitationRepository {
  constructor(@InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>) {}

  async create(invitation: Pick<InvitationEntity, 'projectId' | 'email' | 'role' | 'language' | 'tokenHash' | 'invitedBy' | 'expiresAt'>): Promise<string> {
    const saved = await this.invitations.save(this.invitations.create({ ...invitation, acceptedAt: null, acceptedBy: null }));
    return saved.id;
  }

  async findByToken(token: string): Promise<Invitation | null> {
    const rows: InvitationRow[] = await this.invitations.query(`${SELECT_INVITATION} WHERE i.token_hash = $1`, [sessionIdOf(token)]);
    return rows[0] ? toInvitation(rows[0]) : null;
  }

  async findById(id: string): Promise<Invitation> {
    const rows: InvitationRow[] = await this.invitations.query(`${SELECT_INVITATION} WHERE i.id = $1`, [id]);
    return toInvitation(rows[0]);
  }

  async listOpen(projectId: string): Promise<Invitation[]> {
    const rows: InvitationRow[] = await this.invitations.query(
      `${SELECT_INVITATION} WHERE i.project_id = $1 AND i.accepted_at IS NULL AND i.expires_at > now() ORDER BY i.created_at DESC`,
      [projectId],
    );
    return rows.map(toInvitation);
  }

  /** Marks the invitation used; false when someone else used it first. */
  async markAccepted(id: string, userId: string, manager: EntityManager): Promise<boolean> {
    const result = await manager.getRepository(InvitationEntity).update({ id, acceptedAt: IsNull() }, { acceptedAt: new Date(), acceptedBy: userId });
    return (result.affected ?? 0) === 1;
  }
}

function toInvitation(row: InvitationRow): Invitation {
  return { ...row, expiresAt: row.expiresAt.toISOString(), acceptedAt: row.acceptedAt ? row.acceptedAt.toISOString() : null };
}
