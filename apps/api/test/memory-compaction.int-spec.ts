import { MemoryCompaction } from '../src/modules/memory/index/memory-compaction';
import { MemoryIndexRepository, type NewUnit } from '../src/modules/memory/index/memory-index.repository';
import { MemoryLookup } from '../src/modules/memory/lookup/memory-lookup';
import { createTestApp, type TestApp } from './support/test-app';
import { createProject, setUpAdmin } from './support/factories';

const PLACES = ['harbour', 'market', 'station', 'library', 'school', 'factory'];

describe('Memory compaction: a memory grown by single saves is folded, and lookups find the same', () => {
  let t: TestApp;
  let projectId: string;
  let index: MemoryIndexRepository;
  let compaction: MemoryCompaction;
  let lookup: MemoryLookup;
  const SAVES = 60;
  const unit = (i: number): NewUnit => ({
    projectId,
    shared: false,
    segmentId: null,
    meta: null,
    variants: [
      {
        language: 'en',
        text: `The union announces meeting ${i} at the ${PLACES[i % 6]} tonight.`,
        origin: 'human',
        authorName: 'Vera',
        updatedAt: null,
        contextHash: null,
        meta: null,
      },
      {
        language: 'de',
        text: `Die Gewerkschaft kündigt Treffen ${i} heute Abend am Ort ${PLACES[i % 6]} an.`,
        origin: 'human',
        authorName: 'Vera',
        updatedAt: null,
        contextHash: null,
        meta: null,
      },
    ],
  });
  const sums = async () =>
    new Map((await t.db.query(`SELECT token, sum(frequency)::int AS n FROM tm_token GROUP BY token`)).map((r: { token: number; n: number }) => [r.token, r.n]));
  const ask = () =>
    lookup.lookup({ text: 'The union announces meeting 7 at the station tonight.', sourceLanguage: 'en', targetLanguage: 'de', projectId, limit: 10 });

  beforeAll(async () => {
    t = await createTestApp({ TM_COMPACTION_SECONDS: '0' });
    projectId = (await createProject(await setUpAdmin(t), 'en', ['de'])).id;
    index = t.app.get(MemoryIndexRepository);
    compaction = t.app.get(MemoryCompaction);
    lookup = t.app.get(MemoryLookup);
    // one save per confirmation, as the editor makes them
    for (let i = 0; i < SAVES; i++) await t.db.transaction((m) => index.store([unit(i)], m));
  });
  afterAll(() => t.close());

  it('folds count rows and small index rows, leaves out gone variants, and keeps every count and match', async () => {
    const [{ n: rowsOfCommonWord }] = await t.db.query(`SELECT count(*)::int AS n FROM tm_token GROUP BY token ORDER BY count(*) DESC LIMIT 1`);
    expect(rowsOfCommonWord).toBe(SAVES);
    const [{ id: goneUnit }] = await t.db.query(`SELECT unit_id AS id FROM tm_variant WHERE text LIKE 'The union announces meeting 13 %'`);
    await t.db.query(`DELETE FROM tm_unit WHERE id = $1`, [goneUnit]); // its index rows stay behind until compaction
    const countsBefore = await sums();
    const matchesBefore = await ask();
    expect(matchesBefore.length).toBeGreaterThan(3);
    const [before] = await t.db.query(`SELECT count(*)::int AS rows FROM tm_posting`);

    const result = await compaction.compact();

    expect(result.tokens).toBeGreaterThan(0);
    expect(result.mergedRows).toBeLessThan(result.postingRows);
    const [after] = await t.db.query(
      `SELECT count(*)::int AS rows,
              (SELECT count(*) FROM (SELECT token FROM tm_token GROUP BY token HAVING count(*) > 1) d)::int AS "splitCounts",
              (SELECT count(*) FROM (SELECT token, length FROM tm_posting GROUP BY token, length HAVING count(*) > 1) d)::int AS "splitRows",
              (SELECT count(*) FROM tm_posting, unnest(variant_ids) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM tm_variant v WHERE v.id = x.id))::int AS "goneIds"
         FROM tm_posting`,
    );
    expect(after).toMatchObject({ splitCounts: 0, splitRows: 0, goneIds: 0 });
    expect(after.rows).toBeLessThan(before.rows / 10);
    expect(await sums()).toEqual(countsBefore);
    expect(await ask()).toEqual(matchesBefore);
    expect((await compaction.compact()).tokens).toBe(0);
  });

  it('finds a save made after compaction at once, and folds it the next time', async () => {
    await t.db.transaction((m) => index.store([unit(100)], m));
    const exact = () =>
      lookup.lookup({ text: 'The union announces meeting 100 at the school tonight.', sourceLanguage: 'en', targetLanguage: 'de', projectId });
    const [best] = await exact();
    expect(best).toMatchObject({ score: 100, target: 'Die Gewerkschaft kündigt Treffen 100 heute Abend am Ort school an.' });
    expect((await compaction.compact()).tokens).toBeGreaterThan(0);
    expect((await exact())[0]).toEqual(best);
  });
});
