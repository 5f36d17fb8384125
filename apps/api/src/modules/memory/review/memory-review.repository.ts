import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { MemoryImport, MemoryUnitFilter, MemoryUnitOrigin, MemoryUnitRevision } from '@interlinea/shared';
import type { NewUnit } from '@interlinea/tm';
import { unitFilterSql, type MemoryPageScope } from './unit-filter-sql';

type Queryable = Pick<EntityManager, 'query'>;

/** A variant the search read: its unit, language and text. */
export interface SearchCandidate {
  unitId: number;
  language: string;
  text: string;
  changedAt: Date;
}

/** A unit of a page, before its hits are marked. */
export interface UnitRow {
  id: number;
  origin: MemoryUnitOrigin;
  trusted: boolean;
  retired: boolean;
  projectId: string;
  shared: boolean;
  updatedAt: Date;
  importId: number | null;
  insertions: number;
  variants: { language: string; text: string; authorName: string | null }[];
}

export interface UnitDetailRow extends Omit<UnitRow, 'variants'> {
  projectName: string;
  sourceLanguage: string;
  createdAt: Date;
  vouchedBy: string | null;
  vouchedAt: Date | null;
  retiredBy: string | null;
  retiredAt: Date | null;
  meta: { tuid?: string | null; props?: { type: string; value: string }[]; notes?: string[]; alignmentId?: string } | null;
  segmentId: string | null;
  documentId: string | null;
  documentName: string | null;
  segmentIndex: number | null;
  fileName: string | null;
  importedBy: string | null;
  importedAt: Date | null;
  variants: {
    language: string;
    text: string;
    authorName: string | null;
    updatedAt: Date;
    locale: string | null;
    meta: { props?: { type: string; value: string }[]; notes?: string[] } | null;
  }[];
}

/** A correction of a unit's variant (for rebuilt units to keep). */
export interface Correction {
  unitId: number;
  language: string;
  before: string;
  after: string;
}

export interface ConflictRow {
  text: string;
  units: {
    id: number;
    source: string;
    target: string;
    origin: MemoryUnitOrigin;
    trusted: boolean;
    authorName: string | null;
    updatedAt: Date;
    insertions: number;
  }[];
}

const UNIT_COLUMNS = `u.id, u.origin, u.trusted, u.retired_at IS NOT NULL AS retired, u.project_id AS "projectId", u.shared,
  u.changed_at AS "updatedAt", u.import_id AS "importId", (SELECT count(*)::int FROM tm_unit_use x WHERE x.unit_id = u.id) AS insertions`;

/** The memory page's queries: search, browse, a unit's detail, and the reviewers' changes. */
@Injectable()
export class MemoryReviewRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Variants listed under the word ids (the lookups' index), of units the filters keep, up to `cap`. */
  wordCandidates(tokens: number[], scope: MemoryPageScope, filter: MemoryUnitFilter, cap: number): Promise<SearchCandidate[]> {
    const params: unknown[] = [tokens, cap];
    const where = unitFilterSql(scope, filter, params, false);
    return this.db.query(
      `SELECT u.id AS "unitId", h.language, h.text, u.changed_at AS "changedAt"
         FROM (SELECT unnest(variant_ids) AS variant_id FROM tm_posting WHERE token = ANY($1::int[])) hit
         JOIN tm_variant h ON h.id = hit.variant_id JOIN tm_unit u ON u.id = h.unit_id
        WHERE ${where} LIMIT $2`,
      params,
    );
  }

  /** Variants in `languages` matching a regular expression (PostgreSQL's, case-insensitive), read text by text up to `cap`. */
  regexCandidates(pattern: string, languages: string[], scope: MemoryPageScope, filter: MemoryUnitFilter, cap: number): Promise<SearchCandidate[]> {
    const params: unknown[] = [pattern, languages, cap];
    const where = unitFilterSql(scope, filter, params, true);
    return this.db.query(
      `SELECT u.id AS "unitId", h.language, h.text, u.changed_at AS "changedAt"
         FROM tm_unit u JOIN tm_variant h ON h.unit_id = u.id AND h.language = ANY($2::text[]) AND h.text ~* $1
        WHERE ${where} LIMIT $3`,
      params,
    );
  }

  /** Without a search: the units the filters keep, newest first, and how many (counted up to `countCap`). */
  async browse(scope: MemoryPageScope, filter: MemoryUnitFilter, offset: number, limit: number, countCap: number): Promise<{ ids: number[]; total: number }> {
    const params: unknown[] = [];
    const where = unitFilterSql(scope, filter, params, true);
    const n = params.length;
    const [ids, [{ total }]] = await Promise.all([
      this.db.query(`SELECT u.id FROM tm_unit u WHERE ${where} ORDER BY u.changed_at DESC, u.id DESC OFFSET $${n + 1} LIMIT $${n + 2}`, [
        ...params,
        offset,
        limit,
      ]),
      this.db.query(`SELECT count(*)::int AS total FROM (SELECT 1 FROM tm_unit u WHERE ${where} LIMIT $${n + 1}) c`, [...params, countCap]),
    ]);
    return { ids: ids.map((r: { id: number }) => r.id), total };
  }

  /** Every unit id the filters keep (bulk actions without a search). */
  async allIds(scope: MemoryPageScope, filter: MemoryUnitFilter): Promise<number[]> {
    const params: unknown[] = [];
    const where = unitFilterSql(scope, filter, params, true);
    return (await this.db.query(`SELECT u.id FROM tm_unit u WHERE ${where}`, params)).map((r: { id: number }) => r.id);
  }

  async units(ids: number[]): Promise<UnitRow[]> {
    if (ids.length === 0) return [];
    return this.db.query(
      `SELECT ${UNIT_COLUMNS},
              (SELECT json_agg(json_build_object('language', v.language, 'text', v.text, 'authorName', v.author_name) ORDER BY v.id)
                 FROM tm_variant v WHERE v.unit_id = u.id) AS variants
         FROM tm_unit u WHERE u.id = ANY($1::int[])`,
      [ids],
    );
  }

  async detail(id: number): Promise<UnitDetailRow | null> {
    const rows: UnitDetailRow[] = await this.db.query(
      `SELECT ${UNIT_COLUMNS}, p.name AS "projectName", p.source_language AS "sourceLanguage", u.created_at AS "createdAt",
              u.vouched_by AS "vouchedBy", u.vouched_at AS "vouchedAt", u.retired_by AS "retiredBy", u.retired_at AS "retiredAt", u.meta,
              u.segment_id AS "segmentId", s.document_id AS "documentId", d.title AS "documentName", s.index AS "segmentIndex",
              i.file_name AS "fileName", i.imported_by AS "importedBy", i.created_at AS "importedAt",
              (SELECT json_agg(json_build_object('language', v.language, 'text', v.text, 'authorName', v.author_name, 'updatedAt', v.updated_at,
                                                 'locale', v.locale, 'meta', v.meta) ORDER BY v.id)
                 FROM tm_variant v WHERE v.unit_id = u.id) AS variants
         FROM tm_unit u JOIN project p ON p.id = u.project_id
         LEFT JOIN segment s ON s.id = u.segment_id LEFT JOIN document d ON d.id = s.document_id
         LEFT JOIN tm_import i ON i.id = u.import_id
        WHERE u.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  history(id: number): Promise<MemoryUnitRevision[]> {
    return this.db.query(
      `SELECT kind, language, before, after, author_name AS "authorName", to_json(created_at) #>> '{}' AS "createdAt"
         FROM tm_unit_revision WHERE unit_id = $1 ORDER BY id DESC`,
      [id],
    );
  }

  /** Where units live, for access checks: project and whether shared (absent ids are missing). */
  async scopes(ids: number[]): Promise<{ id: number; projectId: string; shared: boolean }[]> {
    if (ids.length === 0) return [];
    return this.db.query(`SELECT id, project_id AS "projectId", shared FROM tm_unit WHERE id = ANY($1::int[])`, [ids]);
  }

  /** A unit as it would be stored again (to rewrite its variants), locked for the transaction. */
  async storedUnit(id: number, manager: Queryable): Promise<NewUnit | null> {
    const rows: (NewUnit & { id: number })[] = await manager.query(
      `SELECT u.id, u.project_id AS "projectId", u.shared, u.segment_id AS "segmentId", u.meta, u.origin, u.trusted,
              (SELECT json_agg(json_build_object('language', v.language, 'text', v.text, 'origin', v.origin, 'authorName', v.author_name,
                        'updatedAt', v.updated_at, 'contextHash', v.context_hash, 'locale', v.locale, 'meta', v.meta) ORDER BY v.id)
                 FROM tm_variant v WHERE v.unit_id = u.id) AS variants
         FROM tm_unit u WHERE u.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Corrections of these units, oldest first. */
  corrections(unitIds: number[], manager: Queryable): Promise<Correction[]> {
    if (unitIds.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT unit_id AS "unitId", language, before, after FROM tm_unit_revision WHERE unit_id = ANY($1::int[]) AND kind = 'corrected' ORDER BY id`,
      [unitIds],
    );
  }

  /** Retires (or restores) the units that are not so yet; answers the ids changed. */
  async setRetired(ids: number[], retired: boolean, by: string, manager: Queryable): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = returned<{ id: number }>(
      await manager.query(
        retired
          ? `UPDATE tm_unit SET retired_at = now(), retired_by = $2 WHERE id = ANY($1::int[]) AND retired_at IS NULL RETURNING id`
          : `UPDATE tm_unit SET retired_at = NULL, retired_by = NULL WHERE id = ANY($1::int[]) AND retired_at IS NOT NULL AND $2::text IS NOT NULL RETURNING id`,
        [ids, by],
      ),
    );
    return rows.map((r) => r.id);
  }

  /** Vouches for (or withdraws trust from) the units not so yet; answers the ids changed. */
  async setTrusted(ids: number[], trusted: boolean, by: string, manager: Queryable): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = returned<{ id: number }>(
      await manager.query(
        trusted
          ? `UPDATE tm_unit SET trusted = true, vouched_by = $2, vouched_at = now() WHERE id = ANY($1::int[]) AND NOT trusted RETURNING id`
          : `UPDATE tm_unit SET trusted = false, vouched_by = NULL, vouched_at = NULL WHERE id = ANY($1::int[]) AND trusted AND $2::text IS NOT NULL RETURNING id`,
        [ids, by],
      ),
    );
    return rows.map((r) => r.id);
  }

  async addRevisions(
    revisions: { unitId: number; kind: MemoryUnitRevision['kind']; language?: string | null; before?: string | null; after?: string | null }[],
    authorName: string,
    manager: Queryable,
  ): Promise<void> {
    if (revisions.length === 0) return;
    await manager.query(
      `INSERT INTO tm_unit_revision (unit_id, kind, language, before, after, author_name)
       SELECT unit_id, kind, language, before, after, $6 FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS r(unit_id, kind, language, before, after)`,
      [
        revisions.map((r) => r.unitId),
        revisions.map((r) => r.kind),
        revisions.map((r) => r.language ?? null),
        revisions.map((r) => r.before ?? null),
        revisions.map((r) => r.after ?? null),
        authorName,
      ],
    );
  }

  /** A translator saved a segment with the unit's match: counted once per segment and edition. */
  async recordUse(unitId: number, segmentId: string, language: string): Promise<void> {
    await this.db.query(`INSERT INTO tm_unit_use (unit_id, segment_id, language) SELECT id, $2, $3 FROM tm_unit WHERE id = $1 ON CONFLICT DO NOTHING`, [
      unitId,
      segmentId,
      language,
    ]);
  }

  imports(scope: MemoryPageScope): Promise<MemoryImport[]> {
    return this.db.query(
      `SELECT i.id, i.file_name AS "fileName", i.project_id AS "projectId", i.imported_by AS "importedBy", to_json(i.created_at) #>> '{}' AS "importedAt",
              (SELECT count(*)::int FROM tm_unit u WHERE u.import_id = i.id) AS units
         FROM tm_import i WHERE ${scope.kind === 'project' ? 'i.project_id = $1' : 'i.shared AND $1::uuid IS NULL'} ORDER BY i.id DESC`,
      [scope.kind === 'project' ? scope.projectId : null],
    );
  }

  async createBatch(projectId: string | null, action: string, unitIds: number[], authorName: string, manager: Queryable): Promise<number> {
    const [{ id }] = await manager.query(`INSERT INTO tm_bulk_batch (project_id, action, unit_ids, author_name) VALUES ($1, $2, $3, $4) RETURNING id`, [
      projectId,
      action,
      unitIds,
      authorName,
    ]);
    return id;
  }

  async batch(id: number): Promise<{ id: number; projectId: string | null; action: string; unitIds: number[]; undoneAt: Date | null } | null> {
    const rows = await this.db.query(
      `SELECT id, project_id AS "projectId", action, unit_ids AS "unitIds", undone_at AS "undoneAt" FROM tm_bulk_batch WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async markUndone(id: number, manager: Queryable): Promise<boolean> {
    const rows = returned(await manager.query(`UPDATE tm_bulk_batch SET undone_at = now() WHERE id = $1 AND undone_at IS NULL RETURNING id`, [id]));
    return rows.length > 0;
  }

  /**
   * Active units of the scope holding the pair that share one text on one side (`sideLanguage`)
   * and differ on the other: groups of at least two, most units first.
   */
  conflicts(scope: MemoryPageScope, filter: MemoryUnitFilter, sideLanguage: string, otherLanguage: string, limit: number): Promise<ConflictRow[]> {
    const params: unknown[] = [sideLanguage, otherLanguage, limit];
    const where = unitFilterSql(scope, { ...filter, retired: false }, params, false);
    return this.db.query(
      `WITH pair AS (
         SELECT u.id, u.origin, u.trusted, u.changed_at, a.text AS side, b.text AS other, b.author_name,
                (SELECT count(*)::int FROM tm_unit_use x WHERE x.unit_id = u.id) AS insertions
           FROM tm_unit u JOIN tm_variant a ON a.unit_id = u.id AND a.language = $1 JOIN tm_variant b ON b.unit_id = u.id AND b.language = $2
          WHERE ${where}),
       grouped AS (
         SELECT lower(side) AS key, min(side) AS text FROM pair GROUP BY lower(side) HAVING count(DISTINCT other) > 1 ORDER BY count(*) DESC, min(side) LIMIT $3)
       SELECT g.text, json_agg(json_build_object('id', p.id, 'side', p.side, 'other', p.other, 'origin', p.origin, 'trusted', p.trusted,
                                                'authorName', p.author_name, 'updatedAt', p.changed_at, 'insertions', p.insertions) ORDER BY p.trusted DESC, p.insertions DESC, p.id) AS units
         FROM grouped g JOIN pair p ON lower(p.side) = g.key GROUP BY g.key, g.text ORDER BY count(*) DESC, g.text`,
      params,
    );
  }

  /** The other active units of a conflict group: the same text on one side, another on the other. */
  async conflictPartners(unitId: number, sideLanguage: string, otherLanguage: string, scope: MemoryPageScope): Promise<number[]> {
    const params: unknown[] = [unitId, sideLanguage, otherLanguage];
    const where = unitFilterSql(scope, { retired: false, trusted: null } as MemoryUnitFilter, params, false);
    const rows: { id: number }[] = await this.db.query(
      `SELECT u.id FROM tm_variant me_a JOIN tm_variant me_b ON me_b.unit_id = me_a.unit_id AND me_b.language = $3
         JOIN tm_variant a ON a.language = $2 AND lower(a.text) = lower(me_a.text) AND a.unit_id <> me_a.unit_id
         JOIN tm_unit u ON u.id = a.unit_id
         JOIN tm_variant b ON b.unit_id = u.id AND b.language = $3 AND b.text <> me_b.text
        WHERE me_a.unit_id = $1 AND me_a.language = $2 AND ${where}`,
      params,
    );
    return [...new Set(rows.map((r) => r.id))];
  }
}

/** The rows an UPDATE … RETURNING gave back (TypeORM answers `[rows, count]` for an UPDATE). */
function returned<T>(result: unknown): T[] {
  return Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}
