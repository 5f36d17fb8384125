import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Alignment, AlignmentEdition, AlignmentRow, AlignmentSummary } from '@interlinea/shared';

const COLUMNS = `id, project_id AS "projectId", title, editions, rows, version, committed_at AS "committedAt",
  memory_units AS "memoryUnits", document_id AS "documentId", created_at AS "createdAt"`;

type Row = Omit<Alignment, 'committedAt' | 'createdAt'> & { committedAt: Date | null; createdAt: Date };
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const toAlignment = (r: Row): Alignment => ({ ...r, committedAt: iso(r.committedAt), createdAt: iso(r.createdAt)! });

export interface NewAlignment {
  projectId: string;
  title: string;
  editions: AlignmentEdition[];
  rows: AlignmentRow[];
  createdBy: string;
}

@Injectable()
export class AlignmentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async create(a: NewAlignment): Promise<Alignment> {
    const rows: Row[] = await this.db.query(
      `INSERT INTO alignment (project_id, title, editions, rows, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [a.projectId, a.title, JSON.stringify(a.editions), JSON.stringify(a.rows), a.createdBy],
    );
    return toAlignment(rows[0]);
  }

  async find(id: string, manager: EntityManager | DataSource = this.db, lock = false): Promise<Alignment | null> {
    const rows: Row[] = await manager.query(`SELECT ${COLUMNS} FROM alignment WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ? toAlignment(rows[0]) : null;
  }

  async list(projectId: string): Promise<AlignmentSummary[]> {
    const rows: Array<Omit<AlignmentSummary, 'committedAt' | 'createdAt'> & { committedAt: Date | null; createdAt: Date }> = await this.db.query(
      `SELECT id, title, version, committed_at AS "committedAt", document_id AS "documentId", created_at AS "createdAt",
              ARRAY(SELECT e->>'language' FROM jsonb_array_elements(editions) e) AS languages, jsonb_array_length(rows) AS "rowCount"
         FROM alignment WHERE project_id = $1 ORDER BY created_at DESC`,
      [projectId],
    );
    return rows.map((r) => ({ ...r, committedAt: iso(r.committedAt), createdAt: iso(r.createdAt)! }));
  }

  /** Replaces the rows if the alignment is still at `version` (compare and set); null when it is not. */
  async replaceRows(id: string, version: number, rows: AlignmentRow[]): Promise<Alignment | null> {
    // an UPDATE answers [rows, affected]
    const [found]: [Row[], number] = await this.db.query(
      `UPDATE alignment SET rows = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND committed_at IS NULL RETURNING ${COLUMNS}`,
      [id, version, JSON.stringify(rows)],
    );
    return found[0] ? toAlignment(found[0]) : null;
  }

  async markCommitted(id: string, memoryUnits: number, documentId: string | null, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE alignment SET committed_at = now(), memory_units = $2, document_id = $3, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, memoryUnits, documentId],
    );
  }
}
