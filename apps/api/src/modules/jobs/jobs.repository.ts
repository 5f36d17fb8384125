import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { JobState } from '@interlinea/shared';

export interface JobRecord {
  id: string;
  kind: string;
  projectId: string;
  state: JobState;
  payload: Record<string, unknown>;
  message: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const JOB = `id, kind, project_id AS "projectId", state, payload, message, created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Job records: the state a person sees, and the lease that says which worker holds the job. */
@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(job: { kind: string; projectId: string; payload: object; createdBy: string }, manager: EntityManager): Promise<JobRecord> {
    const rows: JobRecord[] = await manager.query(
      `INSERT INTO job (kind, project_id, state, payload, created_by) VALUES ($1, $2, 'queued', $3, $4) RETURNING ${JOB}`,
      [job.kind, job.projectId, JSON.stringify(job.payload), job.createdBy],
    );
    return rows[0];
  }

  async find(id: string): Promise<JobRecord | null> {
    const rows: JobRecord[] = await this.db.query(`SELECT ${JOB} FROM job WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Takes the job for this worker unless another live worker holds it or it is not to be worked on. */
  async claim(id: string, leaseSeconds: number): Promise<JobRecord | null> {
    const [rows]: [JobRecord[], number] = await this.db.query(
      `UPDATE job SET state = 'running', lease_until = now() + make_interval(secs => $2), message = NULL, updated_at = now()
        WHERE id = $1 AND state IN ('queued', 'running') AND (lease_until IS NULL OR lease_until < now())
        RETURNING ${JOB}`,
      [id, leaseSeconds],
    );
    return rows[0] ?? null;
  }

  async renew(id: string, leaseSeconds: number): Promise<void> {
    await this.db.query(`UPDATE job SET lease_until = now() + make_interval(secs => $2) WHERE id = $1 AND state = 'running'`, [id, leaseSeconds]);
  }

  async state(id: string): Promise<JobState | null> {
    const rows: { state: JobState }[] = await this.db.query('SELECT state FROM job WHERE id = $1', [id]);
    return rows[0]?.state ?? null;
  }

  /** Moves the job from one of `from` to `to`; false when it was in none of them. */
  async transition(id: string, from: JobState[], to: JobState, message: string | null): Promise<boolean> {
    const [, count]: [unknown[], number] = await this.db.query(
      `UPDATE job SET state = $3, message = $4, lease_until = NULL, updated_at = now() WHERE id = $1 AND state = ANY($2)`,
      [id, from, to, message],
    );
    return count > 0;
  }

  async setMessage(id: string, message: string | null): Promise<void> {
    await this.db.query('UPDATE job SET message = $2, updated_at = now() WHERE id = $1', [id, message]);
  }

  /** Running jobs whose worker stopped renewing the lease (the process died): back to the queue. */
  async requeueAbandoned(): Promise<{ id: string; kind: string }[]> {
    const [rows]: [{ id: string; kind: string }[], number] = await this.db.query(
      `UPDATE job SET state = 'queued', lease_until = NULL, message = 'Resumed after its worker stopped', updated_at = now()
        WHERE state = 'running' AND lease_until < now() RETURNING id, kind`,
    );
    return rows;
  }
}
