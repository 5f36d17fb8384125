import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CreateGlossaryTermRequest, GlossaryTerm, Language, UpdateGlossaryTermRequest } from '@interlinea/shared';
import type { GlossaryEntry } from '@interlinea/glossary';

const TERM = `id, source_language AS "sourceLanguage", target_language AS "targetLanguage", source_term AS "sourceTerm",
  target_term AS "targetTerm", note, forbidden, updated_at AS "updatedAt"`;

type TermRow = Omit<GlossaryTerm, 'updatedAt'> & { updatedAt: Date | string };
const toTerm = (r: TermRow): GlossaryTerm => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() });

/** A segment as the glossary check needs it: its source and the current text of one edition. */
export interface GlossarySegment {
  projectId: string;
  sourceLanguage: Language;
  source: string;
  target: string | null;
}

@Injectable()
export class GlossaryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(projectId: string, source?: Language, target?: Language): Promise<GlossaryTerm[]> {
    const rows: TermRow[] = await this.db.query(
      `SELECT ${TERM} FROM glossary_term
        WHERE project_id = $1 AND ($2::text IS NULL OR source_language = $2) AND ($3::text IS NULL OR target_language = $3)
        ORDER BY source_language, target_language, lower(source_term)`,
      [projectId, source ?? null, target ?? null],
    );
    return rows.map(toTerm);
  }

  async find(id: string): Promise<(GlossaryTerm & { projectId: string }) | null> {
    const rows: (TermRow & { projectId: string })[] = await this.db.query(`SELECT ${TERM}, project_id AS "projectId" FROM glossary_term WHERE id = $1`, [id]);
    return rows[0] ? { ...toTerm(rows[0]), projectId: rows[0].projectId } : null;
  }

  /** Null when the pair already has this source term. */
  async create(projectId: string, term: CreateGlossaryTermRequest, userId: string): Promise<GlossaryTerm | null> {
    const rows: TermRow[] = await this.db.query(
      `INSERT INTO glossary_term (project_id, source_language, target_language, source_term, target_term, note, forbidden, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (project_id, source_language, target_language, lower(source_term)) DO NOTHING RETURNING ${TERM}`,
      [projectId, term.sourceLanguage, term.targetLanguage, term.sourceTerm, term.targetTerm, term.note ?? null, term.forbidden ?? [], userId],
    );
    return rows[0] ? toTerm(rows[0]) : null;
  }

  async update(id: string, change: UpdateGlossaryTermRequest): Promise<GlossaryTerm> {
    const rows: [TermRow[], number] = await this.db.query(
      `UPDATE glossary_term SET source_term = coalesce($2, source_term), target_term = coalesce($3, target_term),
              note = CASE WHEN $4 THEN $5 ELSE note END, forbidden = coalesce($6, forbidden), updated_at = now()
        WHERE id = $1 RETURNING ${TERM}`,
      [id, change.sourceTerm ?? null, change.targetTerm ?? null, change.note !== undefined, change.note ?? null, change.forbidden ?? null],
    );
    return toTerm(rows[0][0]);
  }

  async remove(id: string): Promise<void> {
    await this.db.query('DELETE FROM glossary_term WHERE id = $1', [id]);
  }

  /** Adds new pairs and overwrites the translation, note and forbidden variants of known source terms. */
  async upsertMany(
    projectId: string,
    source: Language,
    target: Language,
    entries: GlossaryEntry[],
    userId: string,
  ): Promise<{ created: number; updated: number }> {
    if (entries.length === 0) return { created: 0, updated: 0 };
    const rows: { inserted: boolean }[] = await this.db.query(
      `INSERT INTO glossary_term (project_id, source_language, target_language, source_term, target_term, note, forbidden, created_by)
       SELECT $1, $2, $3, e.source_term, e.target_term, e.note, coalesce((SELECT array_agg(f) FROM jsonb_array_elements_text(e.forbidden) f), '{}'), $4
         FROM jsonb_to_recordset($5::jsonb) AS e(source_term text, target_term text, note text, forbidden jsonb)
       ON CONFLICT (project_id, source_language, target_language, lower(source_term))
       DO UPDATE SET target_term = EXCLUDED.target_term, note = EXCLUDED.note, forbidden = EXCLUDED.forbidden, updated_at = now()
       RETURNING (xmax = 0) AS inserted`,
      [
        projectId,
        source,
        target,
        userId,
        JSON.stringify(entries.map((e) => ({ source_term: e.sourceTerm, target_term: e.targetTerm, note: e.note, forbidden: e.forbidden }))),
      ],
    );
    const created = rows.filter((r) => r.inserted).length;
    return { created, updated: rows.length - created };
  }

  async segment(segmentId: string, language: Language): Promise<GlossarySegment | null> {
    const rows: GlossarySegment[] = await this.db.query(
      `SELECT d.project_id AS "projectId", p.source_language AS "sourceLanguage", s.source, t.text AS target
         FROM segment s JOIN document d ON d.id = s.document_id JOIN project p ON p.id = d.project_id
         LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
        WHERE s.id = $1`,
      [segmentId, language],
    );
    return rows[0] ?? null;
  }
}
