import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Language, Member, MyRole, Role } from '@interlinea/shared';
import { MembershipEntity } from '../members/entities/membership.entity';

@Injectable()
export class MembershipRepository {
  constructor(@InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>) {}

  async rolesOf(userId: string, projectId?: string): Promise<MyRole[]> {
    const rows = await this.memberships.find({
      where: projectId ? { userId, projectId } : { userId },
      order: { createdAt: 'ASC' },
    });
    return rows.map((m) => ({ projectId: m.projectId, role: m.role, language: m.language }));
  }

  /** Adds a role; granting a role someone already holds changes nothing. */
  async grant(grant: { projectId: string; userId: string; role: Role; language: Language | null }, manager?: EntityManager): Promise<MembershipEntity> {
    const rows: MembershipEntity[] = await (manager ?? this.memberships.manager).query(
      `INSERT INTO membership (project_id, user_id, role, language) VALUES ($1, $2, $3, $4)
       ON CONFLICT (project_id, user_id, role, coalesce(language, '')) DO UPDATE SET role = EXCLUDED.role
       RETURNING id, project_id AS "projectId", user_id AS "userId", role, language, created_at AS "createdAt"`,
      [grant.projectId, grant.userId, grant.role, grant.language],
    );
    return rows[0];
  }

  findById(id: string): Promise<MembershipEntity | null> {
    return this.memberships.findOneBy({ id });
  }

  async remove(id: string): Promise<void> {
    await this.memberships.delete({ id });
  }

  countManagers(projectId: string): Promise<number> {
    return this.memberships.countBy({ projectId, role: 'manager' });
  }

  listMembers(projectId: string): Promise<Member[]> {
    return this.memberships.query(
      `SELECT m.id AS "membershipId", u.id AS "userId", u.email, u.display_name AS "displayName", m.role, m.language
         FROM membership m JOIN "user" u ON u.id = m.user_id
        WHERE m.project_id = $1 ORDER BY u.display_name, m.role, m.language`,
      [projectId],
    );
  }
}
