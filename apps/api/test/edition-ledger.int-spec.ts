import type { Match, Revision, SegmentRow } from '@interlinea/shared';
import { LedgerOutbox } from '../src/modules/ledger/ledger-outbox';
import { createTestApp, type TestApp } from './support/test-app';
import { PASSWORD, addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

const LEAFLET = "The workers' council met in Moscow on 7 November 1992.\n\nThe workers' council met in Leningrad on 7 November 1992.";

describe('the edition ledger: one writer of every change to a translation', () => {
  let t: TestApp;
  let translator: TestBrowser;
  let reviewer: TestBrowser;
  let rows: SegmentRow[];
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['ru'])).id;
    translator = await addMember(t, manager, projectId, 'translator', 'ru', 'Tanya');
    reviewer = await addMember(t, manager, projectId, 'reviewer', 'ru', 'Roman');
    const doc = (await manager.upload(`/api/projects/${projectId}/documents`, 'leaflet.txt', LEAFLET).expect(201)).body;
    rows = (await manager.get(`/api/documents/${doc.id}/segments?lang=ru`).expect(200)).body;
  });
  afterAll(() => t?.close());

  it('lets exactly one of ten simultaneous saves from the same version win; the others get 409 with both texts', async () => {
    const url = `/api/segments/${rows[0].id}/translations/ru`;
    await translator.put(url, { text: 'Совет собрался.', status: 'draft', version: 0 }).expect(200);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? translator : reviewer).put(url, { text: `Совет рабочих собрался (${i}).`, status: 'translated', version: 1 }),
      ),
    );
    const won = answers.filter((a) => a.status === 200);
    const lost = answers.filter((a) => a.status === 409);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const answer of lost) {
      expect(answer.body.details.current).toMatchObject({ version: 2, text: won[0].body.text });
      expect(answer.body.details.submitted.text).toMatch(/^Совет рабочих собрался \(\d\)\.$/);
    }
    const history: Revision[] = (await translator.get(`${url}/revisions`).expect(200)).body;
    expect(history.map((r) => [r.version, r.text])).toEqual([
      [2, won[0].body.text],
      [1, 'Совет собрался.'],
    ]);
  });

  it('records what kind of change made each version, and who made it', async () => {
    const url = `/api/segments/${rows[0].id}/translations/ru`;
    await reviewer.post(`${url}/review`, { decision: 'approve' }).expect(200);
    const kinds: { version: number; kind: string; author: string }[] = await t.db.query(
      `SELECT r.version, r.kind, u.display_name AS author FROM translation_revision r JOIN translation t ON t.id = r.translation_id
         JOIN "user" u ON u.id = r.author_id WHERE t.segment_id = $1 ORDER BY r.version`,
      [rows[0].id],
    );
    expect(kinds.map((k) => k.kind)).toEqual(['typed', 'typed', 'reviewed']);
    expect(kinds[2].author).toBe('Roman');
  });

  it('follows, after a restart, a change that a stopped process committed but had not followed yet', async () => {
    // as if the process died right after the commit: the memory never heard of the change
    await t.app.get(LedgerOutbox).onApplicationShutdown();
    await translator
      .put(`/api/segments/${rows[1].id}/translations/ru`, { text: 'Совет рабочих собрался в Ленинграде 7 ноября 1992 года.', status: 'translated', version: 0 })
      .expect(200);
    const pending = `SELECT count(*)::int AS n FROM translation_event WHERE processed_at IS NULL AND segment_id = $1`;
    expect((await t.db.query(pending, [rows[1].id]))[0].n).toBe(1);
    const [{ email }]: { email: string }[] = await t.db.query(`SELECT email FROM "user" WHERE id = $1`, [translator.userId]);
    const database = t.database;
    await t.close();

    t = await createTestApp({}, database);
    const again = await t.browser().login(email, PASSWORD);
    const matches: Match[] = (await again.get(`/api/segments/${rows[0].id}/matches?lang=ru`).expect(200)).body.matches;
    expect(matches.map((m) => m.target)).toContain('Совет рабочих собрался в Ленинграде 7 ноября 1992 года.');
    expect((await t.db.query(pending, [rows[1].id]))[0].n).toBe(0);
  });
});
