import type { InlineCode } from '@interlinea/inline-codes';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Language, MemorySettings, MemorySettingsUpdate, TranslationOrigin, TranslationStatus } from '@interlinea/shared';
import { prepared } from '../../database/prepared-statement';

/** A segment with what memory needs: its project, its neighbours' sources and its editions. */
export interface SegmentEditions {
  segmentId: string;
  documentId: string;
  projectId: string;
  sourceLanguage: Language;
  source: string;
  sourceHash: string;
  previous: string | null;
  next: string | null;
  /** The previous segment's current translation per language ("" none); null when the segment is the document's first. */
  previousTranslations: Record<string, string> | null;
  propagateRepetitions: boolean;
  /** The project's confirmed translations go into the shared memory too. */
  contributesToShared: boolean;
  /** The source's inline codes (their markup, for TMX export). */
  codes?: InlineCode[];
  translations: EditionText[];
}

export interface EditionText {
  language: Language;
  text: string;
  status: TranslationStatus;
  origin: TranslationOrigin;
  authorName: string | null;
  updatedAt: Date;
}

/** A segment of a document, for analysis. */
export interface AnalysedSegment {
  id: string;
  source: string;
  sourceHash: string;
  wordCount: number;
  previous: string | null;
  next: string | null;
  /** The previous segment's current translation in the analysed language ("" none); null for the document's first. */
  previousTarget: string | null;
}

/** An identical source segment elsewhere in the project that a confirmation may fill. */
export interface Repetition {
  segmentId: string;
  translationId: string | null;
  version: number | null;
  text: string | null;
}

type Queryable = Pick<EntityManager, 'query'>;

@Injectable()
export class SegmentMemoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async editions(segmentId: string, manager: Queryable = this.db): Promise<SegmentEditions | null> {
    return (await this.editionsOf([segmentId], manager)).get(segmentId) ?? null;
  }

  /** Several segments with their editions, in two queries. */
  async editionsOf(segmentIds: string[], manager: Queryable = this.db): Promise<Map<string, SegmentEditions>> {
    const rows: Omit<SegmentEditions, 'translations'>[] = await manager.query(
      `SELECT s.id AS "segmentId", s.document_id AS "documentId", d.project_id AS "projectId", p.source_language AS "sourceLanguage",
              s.source, s.codes, s.source_hash AS "sourceHash", p.propagate_repetitions AS "propagateRepetitions",
              p.contributes_to_shared_memory AS "contributesToShared", before.source AS previous, after.source AS next,
              CASE WHEN before.id IS NOT NULL THEN coalesce(
                (SELECT json_object_agg(pt.language, pt.text) FROM translation pt WHERE pt.segment_id = before.id), '{}'::json) END AS "previousTranslations"
         FROM segment s JOIN document d ON d.id = s.document_id JOIN project p ON p.id = d.project_id
         LEFT JOIN segment before ON before.document_id = s.document_id AND before.index = s.index - 1
         LEFT JOIN segment after ON after.document_id = s.document_id AND after.index = s.index + 1
        WHERE s.id = ANY($1::uuid[])`,
      [segmentIds],
    );
    if (rows.length === 0) return new Map();
    const translations: (EditionText & { segmentId: string })[] = await manager.query(
      `SELECT t.segment_id AS "segmentId", t.language, t.text, t.status, t.origin, u.display_name AS "authorName", t.updated_at AS "updatedAt"
         FROM translation t LEFT JOIN "user" u ON u.id = t.author_id WHERE t.segment_id = ANY($1::uuid[]) ORDER BY t.language`,
      [rows.map((r) => r.segmentId)],
    );
    return new Map(
      rows.map((row) => [
        row.segmentId,
        { ...row, translations: translations.filter((t) => t.segmentId === row.segmentId).map(({ segmentId: _, ...t }) => t) },
      ]),
    );
  }

  /**
   * Segments with the same source in the project whose translation is missing, empty, or an unapproved
   * propagation, in the documents that existed at `asOf` (the time of the confirmation).
   */
  repetitions(segment: SegmentEditions, language: Language, asOf: Date, manager: Queryable): Promise<Repetition[]> {
    return manager.query(
      prepared(
        'memory-repetitions',
        `SELECT s.id AS "segmentId", t.id AS "translationId", t.version, t.text
         FROM segment s JOIN document d ON d.id = s.document_id
         LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $3
        WHERE d.project_id = $1 AND s.source_hash = $2 AND s.source = $4 AND s.id <> $5 AND d.created_at <= $6
          AND (t.id IS NULL OR t.text = '' OR (t.origin = 'propagated' AND t.status <> 'approved'))
        ORDER BY d.created_at, s.index`,
      ),
      [segment.projectId, segment.sourceHash, language, segment.source, segment.segmentId, asOf],
    );
  }

  /** The document's segments for translation (site furniture left out), each with its neighbours as context. */
  documentSegments(documentId: string, language: Language): Promise<AnalysedSegment[]> {
    return this.db.query(
      `SELECT id, source, "sourceHash", "wordCount", previous, next, "previousTarget" FROM (
         SELECT s.id, s.index, s.translatable, s.source, s.source_hash AS "sourceHash", s.word_count AS "wordCount",
                lag(s.source) OVER (ORDER BY s.index) AS previous, lead(s.source) OVER (ORDER BY s.index) AS next,
                lag(coalesce(t.text, ''), 1, NULL) OVER (ORDER BY s.index) AS "previousTarget"
           FROM segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.language = $2
          WHERE s.document_id = $1) s
        WHERE translatable ORDER BY index`,
      [documentId, language],
    );
  }

  async settings(projectId: string): Promise<MemorySettings | null> {
    const rows = await this.db.query(
      `SELECT propagate_repetitions AS "propagateRepetitions", contributes_to_shared_memory AS "contributeToSharedMemory" FROM project WHERE id = $1`,
      [projectId],
    );
    return rows[0] ?? null;
  }

  /** Changes the settings named (null leaves one as it is); answers the settings as they were before. */
  async updateSettings(projectId: string, settings: MemorySettingsUpdate, manager: Queryable): Promise<MemorySettings> {
    const rows: MemorySettings[] = await manager.query(
      `UPDATE project p SET propagate_repetitions = coalesce($2, p.propagate_repetitions),
              contributes_to_shared_memory = coalesce($3, p.contributes_to_shared_memory)
         FROM project old WHERE p.id = $1 AND old.id = p.id
       RETURNING old.propagate_repetitions AS "propagateRepetitions", old.contributes_to_shared_memory AS "contributeToSharedMemory"`,
      [projectId, settings.propagateRepetitions ?? null, settings.contributeToSharedMemory ?? null],
    );
    return rows[0];
  }

  /** The project's segments whose memory unit is (`shared`) or is not in the shared memory, in pages after `afterId`. */
  async segmentsWithUnits(projectId: string, shared: boolean, afterId: string | null, limit: number, manager: Queryable): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT u.segment_id AS id FROM tm_unit u
        WHERE u.project_id = $1 AND u.segment_id IS NOT NULL AND u.shared = $2 AND ($3::uuid IS NULL OR u.segment_id > $3::uuid)
        ORDER BY u.segment_id LIMIT $4`,
      [projectId, shared, afterId, limit],
    );
    return rows.map((r) => r.id);
  }
}
