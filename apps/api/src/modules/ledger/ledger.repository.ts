import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language, Translation, TranslationStatus } from '@interlinea/shared';
import { prepared } from '../../database/prepared-statement';
import type { ChangeKind, NextState, ProvenanceChange, TranslationState } from './translation-change';

type Queryable = Pick<EntityManager, 'query'>;

/** A decided write: the translation's next version, who made it and why. */
export interface PlannedWrite {
  /** The row to update; null inserts version 1. */
  translationId: string | null;
  segmentId: string;
  language: Language;
  version: number;
  next: NextState;
  kind: ChangeKind;
  changedBy: string | null;
  previousStatus: TranslationStatus | null;
}

/** A written version, with its event. */
export interface WrittenVersion {
  translationId: string;
  segmentId: string;
  language: Language;
  version: number;
  updatedAt: Date;
  authorName: string | null;
  eventId: string;
  documentId: string;
  projectId: string;
  fromLanguage: Language | null;
  fromVersion: number | null;
}

const STATE = `t.id, t.segment_id AS "segmentId", t.language, t.text, t.status, t.origin, t.score, t.version,
  t.author_id AS "authorId", t.review_comment AS "reviewComment", t.updated_at AS "updatedAt", u.display_name AS "authorName",
  t.from_language AS "fromLanguage", t.from_version AS "fromVersion"`;

/**
 * The only SQL in the API that writes `translation`, `translation_revision` and `translation_event`
 * (checked by `single-writer.spec.ts`). A write is one statement: the new versions, their revisions
 * and their events, so a change is never stored without its history or its event.
 */
@Injectable()
export class LedgerRepository {
  /**
   * Reads the translations; with `lock`, holds their rows until the transaction ends (taken in id
   * order: no deadlocks). Without it (one change in its own statement), `write` checks the version.
   */
  current(keys: { segmentId: string; language: Language }[], lock: boolean, manager: Queryable): Promise<TranslationState[]> {
    const forUpdate = lock ? 'FOR UPDATE OF t' : '';
    if (keys.length === 1) {
      return manager.query(
        prepared(
          `ledger-current${lock ? '-locked' : ''}`,
          `SELECT ${STATE} FROM translation t LEFT JOIN "user" u ON u.id = t.author_id WHERE t.segment_id = $1 AND t.language = $2 ${forUpdate}`,
        ),
        [keys[0].segmentId, keys[0].language],
      );
    }
    return manager.query(
      `SELECT ${STATE} FROM translation t LEFT JOIN "user" u ON u.id = t.author_id
        WHERE (t.segment_id, t.language) IN (SELECT * FROM unnest($1::uuid[], $2::text[])) ORDER BY t.id ${lock ? 'FOR UPDATE OF t' : ''}`,
      [keys.map((k) => k.segmentId), keys.map((k) => k.language)],
    );
  }

  /**
   * Writes the planned versions, each only over the version it was planned from (compare and set):
   * an update that meets a newer version, or an insert that meets a row created meanwhile, is not
   * written (it is missing from the result) and the caller treats it as stale. One statement: the
   * versions, their revisions and events are stored together or not at all.
   */
  async write(rows: PlannedWrite[], manager: Queryable): Promise<WrittenVersion[]> {
    if (rows.length === 0) return [];
    const column = <T>(pick: (r: PlannedWrite) => T) => rows.map(pick);
    return manager.query(
      prepared(
        'ledger-write',
        `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::real[], $8::int[], $9::uuid[], $10::text[],
                              $11::text[], $12::text[], $13::real[], $14::text[], $15::uuid[], $16::text[], $17::text[], $18::text[])
           AS i(id, segment_id, language, text, status, origin, score, version, author_id, review_comment,
                kind, comment, revision_score, engine, changed_by, previous_status, payload, from_mode)
       ), resolved AS (
         -- provenance: the origin's language and version as they stand now (the source has no translation rows: its version is the segment's)
         SELECT i.*, o.from_language,
                CASE WHEN i.from_mode = 'keep' AND cur.from_version IS NOT NULL THEN cur.from_version
                     ELSE coalesce((SELECT pv.version FROM translation pv WHERE pv.segment_id = i.segment_id AND pv.language = o.from_language), s.source_version) END AS from_version,
                CASE WHEN i.from_mode = 'keep' AND cur.source_version IS NOT NULL THEN cur.source_version ELSE s.source_version END AS source_version
           FROM input i
           JOIN segment s ON s.id = i.segment_id JOIN document d ON d.id = s.document_id JOIN project p ON p.id = d.project_id
           LEFT JOIN translation cur ON cur.id = i.id
           CROSS JOIN LATERAL (SELECT CASE WHEN i.from_mode IN ('keep', 'restamp') THEN coalesce(cur.from_language, p.source_language)
                                           WHEN i.from_mode = 'source' THEN p.source_language ELSE i.from_mode END AS from_language) o
       ), updated AS (
         UPDATE translation t SET text = i.text, status = i.status, origin = i.origin, score = i.score, version = i.version,
                author_id = i.author_id, review_comment = i.review_comment, updated_at = now(),
                from_language = i.from_language, from_version = i.from_version, source_version = i.source_version,
                text_version = CASE WHEN t.text = i.text THEN coalesce(t.text_version, t.version) ELSE i.version END
           FROM resolved i WHERE i.id IS NOT NULL AND t.id = i.id AND t.version = i.version - 1
         RETURNING t.id, t.segment_id, t.language, t.version, t.updated_at, t.author_id, t.from_language, t.from_version
       ), inserted AS (
         INSERT INTO translation (segment_id, language, text, status, origin, score, version, author_id, review_comment, updated_at,
                                  from_language, from_version, source_version, text_version)
         SELECT segment_id, language, text, status, origin, score, 1, author_id, review_comment, now(), from_language, from_version, source_version, 1
           FROM resolved WHERE id IS NULL
         ON CONFLICT (segment_id, language) DO NOTHING
         RETURNING id, segment_id, language, version, updated_at, author_id, from_language, from_version
       ), written AS (
         SELECT w.*, i.text, i.status, i.origin, i.kind, i.comment, i.revision_score, i.engine, i.changed_by, i.previous_status, i.payload
           FROM (SELECT * FROM updated UNION ALL SELECT * FROM inserted) w JOIN input i ON i.segment_id = w.segment_id AND i.language = w.language
       ), revisions AS (
         INSERT INTO translation_revision (translation_id, version, text, status, origin, author_id, comment, kind, score, engine, from_language, from_version)
         SELECT id, version, text, status, origin, changed_by, comment, kind, revision_score, engine, from_language, from_version FROM written
       ), events AS (
         INSERT INTO translation_event (translation_id, segment_id, document_id, project_id, language, version, kind, text, status, previous_status, origin, author_id, payload)
         SELECT w.id, w.segment_id, s.document_id, d.project_id, w.language, w.version, w.kind, w.text, w.status, w.previous_status, w.origin, w.changed_by, w.payload::jsonb
           FROM written w JOIN segment s ON s.id = w.segment_id JOIN document d ON d.id = s.document_id
         RETURNING id, translation_id, document_id, project_id
       )
       SELECT w.id AS "translationId", w.segment_id AS "segmentId", w.language, w.version, w.updated_at AS "updatedAt", u.display_name AS "authorName",
              e.id AS "eventId", e.document_id AS "documentId", e.project_id AS "projectId",
              w.from_language AS "fromLanguage", w.from_version AS "fromVersion"
         FROM written w JOIN events e ON e.translation_id = w.id LEFT JOIN "user" u ON u.id = w.author_id`,
      ),
      [
        column((r) => r.translationId),
        column((r) => r.segmentId),
        column((r) => r.language),
        column((r) => r.next.text),
        column((r) => r.next.status),
        column((r) => r.next.origin),
        column((r) => r.next.score),
        column((r) => r.version),
        column((r) => r.next.authorId),
        column((r) => r.next.reviewComment),
        column((r) => r.kind),
        column((r) => r.next.revision.comment),
        column((r) => r.next.revision.score),
        column((r) => r.next.revision.engine),
        column((r) => r.changedBy),
        column((r) => r.previousStatus),
        column((r) => (r.next.payload ? JSON.stringify(r.next.payload) : null)),
        column((r) => fromMode(r.next.from)),
      ],
    );
  }

  /** The translation as the editor shows it (for a stale save's answer). */
  async view(segmentId: string, language: Language, manager: Queryable): Promise<Translation | null> {
    const rows: Translation[] = await manager.query(
      `SELECT t.text, t.status, t.origin, t.version, u.display_name AS "authorName", t.updated_at AS "updatedAt", t.review_comment AS "reviewComment",
              t.from_language AS "fromLanguage", t.from_version AS "fromVersion"
         FROM translation t LEFT JOIN "user" u ON u.id = t.author_id WHERE t.segment_id = $1 AND t.language = $2`,
      [segmentId, language],
    );
    return rows[0] ? { ...rows[0], updatedAt: new Date(rows[0].updatedAt).toISOString() } : null;
  }
}

/** How the write's SQL reads a provenance change: `keep`, `source`, `restamp` or the pivot's language. */
function fromMode(from: ProvenanceChange): string {
  return typeof from === 'string' ? from : from.pivot;
}
