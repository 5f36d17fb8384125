import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Match, SegmentRow } from '@interlinea/shared';
import { TMX_TAIL, tmxHead, tuXml } from '@interlinea/tm';
import { MemoryImportRepository } from '../src/modules/memory/tmx/memory-import.repository';
import { importTmxFile } from '../src/modules/memory/tmx/tmx-import-thread';
import { createTestApp, type TestApp } from './support/test-app';
import { createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

const NOUNS = ['leaflet', 'meeting', 'strike', 'council', 'union', 'newspaper', 'factory', 'editor', 'volunteer', 'poster', 'district', 'harbour'];
const VERBS = ['prints', 'announces', 'postpones', 'translates', 'reviews', 'publishes', 'welcomes', 'answers'];
const GERMAN: Record<string, string> = {
  leaflet: 'Flugblatt',
  meeting: 'Treffen',
  strike: 'Streik',
  council: 'Rat',
  union: 'Gewerkschaft',
  newspaper: 'Zeitung',
  factory: 'Fabrik',
  editor: 'Redakteur',
  volunteer: 'Freiwillige',
  poster: 'Plakat',
  district: 'Bezirk',
  harbour: 'Hafen',
};

/** A TMX of `count` distinct units; every third one also has a Russian variant. */
function generatedTmx(count: number): string {
  const parts = [tmxHead('en')];
  for (let i = 0; i < count; i++) {
    const [a, b, verb] = [NOUNS[i % 12], NOUNS[Math.floor(i / 12) % 12], VERBS[Math.floor(i / 144) % 8]];
    const variants = [
      { language: 'en', locale: 'en-GB', text: `The ${a} of the ${b} ${verb} issue ${i} today.`, codes: [], props: [], notes: [], attributes: {} },
      {
        language: 'de',
        locale: 'de-DE',
        text: `Das ${GERMAN[a]} des ${GERMAN[b]} erscheint heute als Ausgabe ${i}.`,
        codes: [],
        props: [],
        notes: [],
        attributes: {},
      },
    ];
    if (i % 1000 === 7) variants[0].text = `Issue ${i}: see C:\\leaflets\\${i}.txt,\tthen\nreply.`;
    if (i % 3 === 0) variants.push({ language: 'ru', locale: 'ru-RU', text: `Выпуск ${i} выходит сегодня.`, codes: [], props: [], notes: [], attributes: {} });
    parts.push(tuXml({ tuid: String(i), attributes: {}, props: [], notes: [], variants }));
  }
  parts.push(TMX_TAIL);
  return parts.join('');
}

describe('TMX import in bulk: batches, grouped word index, word counts, integrity', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let projectId: string;
  const COUNT = 4500;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['de', 'ru'])).id;
    // read in a worker thread, as the API does; small limits: several batches, several writes of postings, several id reservations
    const dir = mkdtempSync(path.join(tmpdir(), 'interlinea-tmx-'));
    const file = path.join(dir, 'generated.tmx');
    writeFileSync(file, generatedTmx(COUNT));
    const limits = { batchUnits: 500, postingsPerWrite: 20_000, queued: 2, reservedUnits: 3000 };
    const result = await t.db.transaction((m) => importTmxFile(file, { projectId, shared: false }, new MemoryImportRepository(), m, { limits }));
    rmSync(dir, { recursive: true, force: true });
    expect(result).toMatchObject({ units: COUNT, variants: COUNT * 2 + COUNT / 3, languages: ['de', 'en', 'ru'] });
  });
  afterAll(() => t.close());

  it('stores every unit and variant once, with distinct ids', async () => {
    const [row] = await t.db.query(`SELECT (SELECT count(*) FROM tm_unit)::int AS units, (SELECT count(DISTINCT id) FROM tm_variant)::int AS variants`);
    expect(row).toEqual({ units: COUNT, variants: COUNT * 2 + COUNT / 3 });
  });

  it('keeps backslashes, tabs and line breaks of a text as they were', async () => {
    const rows: { text: string }[] = await t.db.query(`SELECT text FROM tm_variant WHERE text LIKE 'Issue %' ORDER BY id`);
    expect(rows.map((r) => r.text)).toEqual([7, 1007, 2007, 3007, 4007].map((i) => `Issue ${i}: see C:\\leaflets\\${i}.txt,\tthen\nreply.`));
  });

  it('writes the word index as grouped rows that post each variant once per word, and counts them in tm_token', async () => {
    const [shape] = await t.db.query(
      `SELECT max(cardinality(variant_ids))::int AS widest, count(*)::int AS rows, sum(cardinality(variant_ids))::int AS postings FROM tm_posting`,
    );
    expect(shape.widest).toBeLessThanOrEqual(400);
    expect(shape.rows).toBeLessThan(shape.postings / 3);
    const [duplicates] = await t.db.query(
      `SELECT count(*)::int AS n FROM (SELECT token, v FROM tm_posting, unnest(variant_ids) v GROUP BY token, v HAVING count(*) > 1) d`,
    );
    expect(duplicates.n).toBe(0);
    const [wrong] = await t.db.query(
      `SELECT count(*)::int AS n FROM (SELECT token, sum(cardinality(variant_ids)) AS postings FROM tm_posting GROUP BY token) p
         FULL JOIN (SELECT token, sum(frequency) AS frequency FROM tm_token GROUP BY token) k USING (token) WHERE p.postings IS DISTINCT FROM k.frequency`,
    );
    expect(wrong.n).toBe(0);
  });

  it('offers a unit of the last batch as a match, two points lower for its TMX origin', async () => {
    const doc = (await manager.upload(`/api/projects/${projectId}/documents`, 'issue.txt', 'The poster of the strike answers issue 4497 today.').expect(201))
      .body;
    const [segment]: SegmentRow[] = (await manager.get(`/api/documents/${doc.id}/segments?lang=de`).expect(200)).body;
    const [best]: Match[] = (await manager.get(`/api/segments/${segment.id}/matches?lang=de`).expect(200)).body.matches;
    expect(best).toMatchObject({ origin: 'tmx', score: 98, target: 'Das Plakat des Streik erscheint heute als Ausgabe 4497.' });
  });

  it('refuses a variant of a unit that does not exist, and a unit of a project that does not exist', async () => {
    await expect(t.db.query(`INSERT INTO tm_variant (unit_id, language, text, word_count, origin) VALUES (2147483000, 'en', 'x', 1, 'tmx')`)).rejects.toThrow(
      /names a translation unit that does not exist/,
    );
    await expect(t.db.query(`INSERT INTO tm_unit (project_id, shared) VALUES ('00000000-0000-4000-8000-000000000000', false)`)).rejects.toThrow(
      /names a project that does not exist/,
    );
  });

  it('deletes the variants of a deleted unit, and the units of a deleted project', async () => {
    const [{ id }] = await t.db.query(`SELECT unit_id AS id FROM tm_variant WHERE language = 'ru' LIMIT 1`);
    await t.db.query(`DELETE FROM tm_unit WHERE id = $1`, [id]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM tm_variant WHERE unit_id = $1`, [id]))[0].n).toBe(0);
    await t.db.query(`DELETE FROM project WHERE id = $1`, [projectId]);
    expect((await t.db.query(`SELECT (SELECT count(*) FROM tm_unit)::int + (SELECT count(*) FROM tm_variant)::int AS n`))[0].n).toBe(0);
  });
});
