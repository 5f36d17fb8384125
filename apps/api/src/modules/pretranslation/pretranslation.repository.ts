import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Language } from '@interlinea/shared';
import type { JobProgress } from '../jobs/job-runner';

/** A segment still to pre-translate, with its current translation (if any) and its approved pivot text. */
export interface PendingSegment {
  segmentId: string;
  index: number;
  source: string;
  translationId: string | null;
  version: number | null;
  currentText: string | null;
  pivotText: string | null;
}

export type ItemOutcome = 'memory' | 'mt' | 'skipped' | 'failed';

@Injectable()
export class PretranslationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Segments of the document for translation (not site furniture) with no translation text in the language, in order. */
  async emptySegments(documentId: string, language: Language): Promise<{ id: string; index: number }[]> {
    return this.db.query(
      `SELECT s.id, s.index FROM segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
        WHERE s.document_id = $1 AND s.translatable AND (t.id IS NULL OR btrim(t.text) = '') ORDER BY s.index`,
      [documentId, language],
    );
  }

  async addItems(jobId: string, segments: { id: string; index: number }[], manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO pretranslation_item (job_id, segment_id, index) SELECT $1, * FROM unnest($2::uuid[], $3::int[])`, [
      jobId,
      segments.map((s) => s.id),
      segments.map((s) => s.index),
    ]);
  }

  async pending(jobId: string, language: Language, pivotLanguage: Language | null, limit: number): Promise<PendingSegment[]> {
    return this.db.query(
      `SELECT s.id AS "segmentId", s.index, s.source, t.id AS "translationId", t.version, t.text AS "currentText", p.text AS "pivotText"
         FROM pretranslation_item i JOIN segment s ON s.id = i.segment_id
         LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
         LEFT JOIN translation p ON p.segment_id = s.id AND p.language = $3 AND p.status = 'approved' AND p.text <> ''
        WHERE i.job_id = $1 AND i.state = 'pending' ORDER BY i.index LIMIT $4`,
      [jobId, language, pivotLanguage, limit],
    );
  }

  /** Only pending items change: a second worker on the same batch cannot overwrite the outcome. */
  async markItems(jobId: string, segmentIds: string[], outcome: ItemOutcome, message: string | null, manager: EntityManager): Promise<void> {
    if (segmentIds.length === 0) return;
    await manager.query(`UPDATE pretranslation_item SET state = $3, message = $4 WHERE job_id = $1 AND segment_id = ANY($2) AND state = 'pending'`, [
      jobId,
      segmentIds,
      outcome,
      message,
    ]);
  }

  async progress(jobId: string): Promise<JobProgress> {
    const rows: JobProgress[] = await this.db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE state <> 'pending')::int AS done,
              count(*) FILTER (WHERE state = 'failed')::int AS failed, count(*) FILTER (WHERE state = 'memory')::int AS "fromMemory",
              count(*) FILTER (WHERE state = 'mt')::int AS "fromMt", count(*) FILTER (WHERE state = 'skipped')::int AS skipped
         FROM pretranslation_item WHERE job_id = $1`,
      [jobId],
    );
    return rows[0];
  }

  /** Another pre-translation of the same document and language that is not finished. */
  async activeJob(documentId: string, language: Language): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM job WHERE kind = 'pretranslation' AND state IN ('queued','running','paused')
          AND payload->>'documentId' = $1 AND payload->>'language' = $2 LIMIT 1`,
      [documentId, language],
    );
    return rows[0]?.id ?? null;
  }
}
