import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Language } from '@interlinea/shared';
import { PIVOT_OF_T, T_IS_OUTDATED } from './outdated.sql';

type Queryable = Pick<EntityManager, 'query'>;

/** A translation with what it was made from, and where its origins stand now. */
export interface TranslationOrigin {
  version: number;
  text: string;
  fromLanguage: Language | null;
  fromVersion: number | null;
  /** The source version the translation was made against, and the segment's now. */
  madeAgainstSource: number | null;
  sourceVersion: number;
  source: string;
  /** The pivot's text and versions now (null when the origin is the source). */
  pivotText: string | null;
  pivotVersion: number | null;
  pivotTextVersion: number | null;
  outdated: boolean;
}

/** A segment's source as a correction sees it (locked). */
export interface SourceState {
  id: string;
  documentId: string;
  source: string;
  sourceVersion: number;
  codes: unknown[];
}

/** Reads of provenance and origins, and the writes of source corrections (never of translations: those are the ledger's). */
@Injectable()
export class OriginsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async translationOrigin(segmentId: string, language: Language): Promise<TranslationOrigin | null> {
    const rows: TranslationOrigin[] = await this.db.query(
      `SELECT t.version, t.text, t.from_language AS "fromLanguage", t.from_version AS "fromVersion", t.source_version AS "madeAgainstSource",
              s.source_version AS "sourceVersion", s.source, pv.text AS "pivotText", pv.version AS "pivotVersion",
              pv.text_version AS "pivotTextVersion", ${T_IS_OUTDATED} AS outdated
         FROM translation t JOIN segment s ON s.id = t.segment_id ${PIVOT_OF_T}
        WHERE t.segment_id = $1 AND t.language = $2`,
      [segmentId, language],
    );
    return rows[0] ?? null;
  }

  /** The source text at one of its versions (null when not kept: the segment was never corrected, and `version` is not its current one). */
  async sourceAt(segmentId: string, version: number): Promise<string | null> {
    const rows: { text: string }[] = await this.db.query(
      `SELECT text FROM segment_source_revision WHERE segment_id = $1 AND version = $2
       UNION ALL SELECT source FROM segment WHERE id = $1 AND source_version = $2 LIMIT 1`,
      [segmentId, version],
    );
    return rows[0]?.text ?? null;
  }

  /** A translation's text at one of its versions. */
  async translationAt(segmentId: string, language: Language, version: number): Promise<string | null> {
    const rows: { text: string }[] = await this.db.query(
      `SELECT r.text FROM translation_revision r JOIN translation t ON t.id = r.translation_id
        WHERE t.segment_id = $1 AND t.language = $2 AND r.version = $3`,
      [segmentId, language, version],
    );
    return rows[0]?.text ?? null;
  }

  async lockSource(segmentId: string, manager: Queryable): Promise<SourceState | null> {
    const rows: SourceState[] = await manager.query(
      `SELECT id, document_id AS "documentId", source, source_version AS "sourceVersion", codes FROM segment WHERE id = $1 FOR UPDATE`,
      [segmentId],
    );
    return rows[0] ?? null;
  }

  /**
   * A new source text: the version goes up by one, the old and new texts are kept as source revisions,
   * the document's word count follows. The caller holds the segment's lock.
   */
  async correctSource(
    segment: SourceState,
    change: { text: string; sourceHash: string; wordCount: number; authorId: string | null },
    manager: Queryable,
  ): Promise<number> {
    const next = segment.sourceVersion + 1;
    await manager.query(
      `INSERT INTO segment_source_revision (segment_id, version, text, author_id)
       VALUES ($1, $2, $3, NULL), ($1, $4, $5, $6) ON CONFLICT (segment_id, version) DO NOTHING`,
      [segment.id, segment.sourceVersion, segment.source, next, change.text, change.authorId],
    );
    await manager.query(`UPDATE segment SET source = $2, source_hash = $3, word_count = $4, source_version = $5 WHERE id = $1`, [
      segment.id,
      change.text,
      change.sourceHash,
      change.wordCount,
      next,
    ]);
    await manager.query(
      `UPDATE document d SET word_count = (SELECT coalesce(sum(s.word_count), 0)::int FROM segment s WHERE s.document_id = d.id AND s.translatable) WHERE d.id = $1`,
      [segment.documentId],
    );
    return next;
  }

  /** The editions in which the segment's translation is outdated. */
  async outdatedEditions(segmentId: string, manager: Queryable = this.db): Promise<Language[]> {
    const rows: { language: Language }[] = await manager.query(
      `SELECT t.language FROM translation t JOIN segment s ON s.id = t.segment_id ${PIVOT_OF_T}
        WHERE t.segment_id = $1 AND ${T_IS_OUTDATED} ORDER BY array_position(ARRAY['ru','en','de'], t.language)`,
      [segmentId],
    );
    return rows.map((r) => r.language);
  }

  /** Outdated translations of a document, per edition. */
  async outdatedCounts(documentId: string, manager: Queryable = this.db): Promise<{ language: Language; count: number }[]> {
    return manager.query(
      `SELECT t.language, count(*)::int AS count FROM segment s JOIN translation t ON t.segment_id = s.id ${PIVOT_OF_T}
        WHERE s.document_id = $1 AND ${T_IS_OUTDATED} GROUP BY t.language ORDER BY array_position(ARRAY['ru','en','de'], t.language)`,
      [documentId],
    );
  }
}
