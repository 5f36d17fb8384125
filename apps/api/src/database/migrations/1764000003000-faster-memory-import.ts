import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A TMX import at tens of thousands of units a second:
 *
 * - The word index keeps one row per (word id, length) and write, holding the ids of its variants
 *   (at most 400 a row; see libs/tm `MAX_GROUP_IDS`), instead of one row per posting: an import
 *   writes an order of magnitude fewer index entries, and a lookup reads fewer rows. Several rows
 *   may share a key (one per import or save); a variant is in at most one of them.
 * - A unit's project and a variant's unit are checked once per statement (a COPY of thousands of
 *   rows) by triggers over the inserted rows, instead of by a foreign key per row, which was a third
 *   of an import's time in PostgreSQL. Deleting a project or a unit still deletes what hangs on it.
 * - Only units made from segments enter the unique index on `segment_id`.
 * - A TMX variant's language tag is a column of its own: most variants then need no JSON at all.
 */
export class FasterMemoryImport1764000003000 implements MigrationInterface {
  name = 'FasterMemoryImport1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tm_posting_group (
        token integer NOT NULL,
        length smallint NOT NULL,
        variant_ids integer[] NOT NULL CONSTRAINT tm_posting_not_empty CHECK (cardinality(variant_ids) > 0)
      );
      INSERT INTO tm_posting_group (token, length, variant_ids)
        SELECT token, length, array_agg(variant_id ORDER BY variant_id)
          FROM (SELECT *, (row_number() OVER (PARTITION BY token, length ORDER BY variant_id) - 1) / 400 AS chunk FROM tm_posting) p
         GROUP BY token, length, chunk;
      DROP TABLE tm_posting;
      ALTER TABLE tm_posting_group RENAME TO tm_posting;
      -- covering: a lookup reads the variant ids from the index alone (index-only scan)
      CREATE INDEX tm_posting_key_idx ON tm_posting (token, length) INCLUDE (variant_ids);

      ALTER TABLE tm_variant ADD COLUMN locale text;
      UPDATE tm_variant SET locale = meta->>'locale', meta = nullif(meta - 'locale', '{}'::jsonb) WHERE meta ? 'locale';

      ALTER TABLE tm_unit DROP CONSTRAINT tm_unit_segment_id_key;
      CREATE UNIQUE INDEX tm_unit_segment_idx ON tm_unit (segment_id) WHERE segment_id IS NOT NULL;

      ALTER TABLE tm_unit DROP CONSTRAINT tm_unit_project_id_fkey;
      ALTER TABLE tm_variant DROP CONSTRAINT tm_variant_unit_id_fkey;

      -- the projects named by the inserted units exist, and stay until the transaction ends
      CREATE FUNCTION tm_unit_project_exists() RETURNS trigger LANGUAGE plpgsql
        SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
      DECLARE wanted integer; found integer;
      BEGIN
        SELECT count(DISTINCT project_id) INTO wanted FROM inserted;
        SELECT count(*) INTO found FROM (SELECT 1 FROM project p WHERE p.id IN (SELECT DISTINCT project_id FROM inserted) FOR KEY SHARE) locked;
        IF found < wanted THEN
          RAISE foreign_key_violation USING MESSAGE = 'a translation unit names a project that does not exist', TABLE = 'tm_unit', COLUMN = 'project_id';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER tm_unit_project_exists AFTER INSERT ON tm_unit
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION tm_unit_project_exists();

      -- the units named by the inserted variants exist (units and their variants are written together):
      -- one index probe per unit, whatever the statistics say (a join was once planned against a
      -- table that autovacuum had counted empty while an import was filling it: quadratic)
      CREATE FUNCTION tm_variant_unit_exists() RETURNS trigger LANGUAGE plpgsql
        SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off AS $$
      DECLARE missing integer;
      BEGIN
        SELECT count(*) INTO missing FROM (SELECT DISTINCT unit_id FROM inserted) i WHERE (SELECT u.id FROM tm_unit u WHERE u.id = i.unit_id) IS NULL;
        IF missing > 0 THEN
          RAISE foreign_key_violation USING MESSAGE = 'a language variant names a translation unit that does not exist', TABLE = 'tm_variant', COLUMN = 'unit_id';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER tm_variant_unit_exists AFTER INSERT ON tm_variant
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION tm_variant_unit_exists();

      CREATE FUNCTION tm_unit_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM tm_variant v USING deleted d WHERE v.unit_id = d.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER tm_unit_deleted AFTER DELETE ON tm_unit
        REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION tm_unit_deleted();

      CREATE FUNCTION project_memory_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM tm_unit u USING deleted d WHERE u.project_id = d.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER project_memory_deleted AFTER DELETE ON project
        REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION project_memory_deleted();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER project_memory_deleted ON project; DROP FUNCTION project_memory_deleted();
      DROP TRIGGER tm_unit_deleted ON tm_unit; DROP FUNCTION tm_unit_deleted();
      DROP TRIGGER tm_variant_unit_exists ON tm_variant; DROP FUNCTION tm_variant_unit_exists();
      DROP TRIGGER tm_unit_project_exists ON tm_unit; DROP FUNCTION tm_unit_project_exists();
      ALTER TABLE tm_variant ADD CONSTRAINT tm_variant_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES tm_unit(id) ON DELETE CASCADE;
      ALTER TABLE tm_unit ADD CONSTRAINT tm_unit_project_id_fkey FOREIGN KEY (project_id) REFERENCES project(id) ON DELETE CASCADE;
      DROP INDEX tm_unit_segment_idx;
      UPDATE tm_variant SET meta = coalesce(meta, '{}'::jsonb) || jsonb_build_object('locale', locale) WHERE locale IS NOT NULL;
      ALTER TABLE tm_variant DROP COLUMN locale;
      ALTER TABLE tm_unit ADD CONSTRAINT tm_unit_segment_id_key UNIQUE (segment_id);
      CREATE TABLE tm_posting_single (token integer NOT NULL, length smallint NOT NULL, variant_id integer NOT NULL, PRIMARY KEY (token, length, variant_id));
      INSERT INTO tm_posting_single SELECT DISTINCT token, length, unnest(variant_ids) FROM tm_posting;
      DROP TABLE tm_posting;
      ALTER TABLE tm_posting_single RENAME TO tm_posting;
    `);
  }
}
