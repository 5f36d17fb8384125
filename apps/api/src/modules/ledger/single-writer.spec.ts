import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The ledger is the one writer of translations: no other file of the API may insert, update or
 * delete rows of `translation`, `translation_revision` or `translation_event`, in SQL or through
 * TypeORM's repositories of their entities.
 */
const API_SOURCE = join(__dirname, '..', '..');
const OWNERS: Record<string, string[]> = {
  'modules/ledger/ledger.repository.ts': ['translation', 'translation_revision', 'translation_event'],
  'modules/ledger/outbox.repository.ts': ['translation_event'],
};
const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(translation|translation_revision|translation_event)"?(?![\w"])/gi;
const ENTITY = /\b(TranslationEntity|TranslationRevisionEntity)\b/g;
const ENTITY_HOMES = new Set([
  'modules/ledger/entities/translation.entity.ts',
  'modules/ledger/entities/translation-revision.entity.ts',
  'database/entities.ts',
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every write to the three tables (or use of their entities) outside the ledger, as `file: table`. */
export function writesOutsideLedger(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    for (const [, table] of text.matchAll(WRITE)) {
      if (!OWNERS[path]?.includes(table.toLowerCase())) found.push(`${path}: writes ${table}`);
    }
    for (const [, entity] of text.matchAll(ENTITY)) {
      if (!ENTITY_HOMES.has(path)) found.push(`${path}: uses ${entity}`);
    }
  }
  return found;
}

describe('one writer of translations', () => {
  it('no file of the API but the ledger writes translations, revisions or their events', () => {
    const files = sources(API_SOURCE).map((file) => ({ path: relative(API_SOURCE, file).split('\\').join('/'), text: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(50);
    expect(writesOutsideLedger(files)).toEqual([]);
  });

  it('catches SQL and TypeORM writes elsewhere, and leaves reads and other tables alone', () => {
    const found = writesOutsideLedger([
      {
        path: 'modules/memory/x.repository.ts',
        text: "manager.query(`UPDATE translation SET text = $1`); manager.query('insert into translation_revision (id) values (1)')",
      },
      {
        path: 'modules/documents/y.repository.ts',
        text: '`INSERT INTO "translation" (segment_id) VALUES ($1)`; manager.getRepository(TranslationEntity).save(row)',
      },
      { path: 'modules/ledger/outbox.repository.ts', text: '`DELETE FROM translation_event`; `UPDATE translation t SET status = $1`' },
      {
        path: 'modules/memory/z.repository.ts',
        text: '`SELECT * FROM translation t JOIN translation_revision r`; `UPDATE translation_memory_settings SET x = 1`; `INSERT INTO tm_unit`',
      },
    ]);
    expect(found).toEqual([
      'modules/memory/x.repository.ts: writes translation',
      'modules/memory/x.repository.ts: writes translation_revision',
      'modules/documents/y.repository.ts: writes translation',
      'modules/documents/y.repository.ts: uses TranslationEntity',
      'modules/ledger/outbox.repository.ts: writes translation',
    ]);
  });
});
