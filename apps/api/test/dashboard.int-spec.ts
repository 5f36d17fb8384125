import type { ProjectDashboard, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import type { TestBrowser } from './support/test-browser';
import { addMember, createProject, setUpAdmin } from './support/factories';

const DAY = 24 * 60 * 60 * 1000;
const LEAFLET = 'Workers of all countries unite. Buy 3 apples today. Strike at dawn. All power to the councils.\n';

describe('the project dashboard', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let tanya: TestBrowser;
  let roman: TestBrowser;
  let dieter: TestBrowser;
  let outsider: TestBrowser;
  let projectId: string;
  let documentId: string;
  let rows: SegmentRow[];
  const today = new Date();
  const dayString = (daysAgo: number) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - daysAgo * DAY).toISOString().slice(0, 10);

  /** Runs a step, then dates the revisions it wrote `daysAgo` days back (noon UTC): the test's clock, not the ledger's. */
  async function on(daysAgo: number, step: () => Promise<unknown>): Promise<void> {
    const [{ last }] = await t.db.query('SELECT coalesce(max(id), 0) AS last FROM translation_revision');
    await step();
    if (daysAgo > 0) await t.db.query(`UPDATE translation_revision SET created_at = $1::date + time '12:00' WHERE id > $2`, [dayString(daysAgo), last]);
  }
  const save = (b: TestBrowser, row: SegmentRow, lang: string, text: string, status: 'draft' | 'translated', version = 0) =>
    b.put(`/api/segments/${row.id}/translations/${lang}`, { text, status, version }).expect(200);
  const review = (row: SegmentRow, decision: 'approve' | 'reject', version: number, comment?: string) =>
    roman.post(`/api/segments/${row.id}/translations/ru/review`, { decision, version, comment }).expect(200);
  const dashboard = async (weeks?: number): Promise<ProjectDashboard> =>
    (await manager.get(`/api/projects/${projectId}/dashboard${weeks ? `?weeks=${weeks}` : ''}`).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['ru', 'de'])).id;
    tanya = await addMember(t, manager, projectId, 'translator', 'ru', 'Tanya');
    roman = await addMember(t, manager, projectId, 'reviewer', 'ru', 'Roman');
    dieter = await addMember(t, manager, projectId, 'translator', 'de', 'Dieter');
    outsider = await addMember(t, manager, (await createProject(manager, 'en', ['de'])).id, 'translator', 'de', 'Olga');
    documentId = (await manager.upload(`/api/projects/${projectId}/documents`, 'leaflet.txt', LEAFLET, { confirmLanguage: 'true' }).expect(201)).body.id;
    rows = (await manager.get(`/api/documents/${documentId}/segments?lang=ru`).expect(200)).body;
    expect(rows.map((r) => r.wordCount)).toEqual([5, 4, 3, 5]);

    await on(10, async () => {
      await save(tanya, rows[0], 'ru', 'Пролетарии всех стран, соединяйтесь.', 'translated');
      await save(tanya, rows[1], 'ru', 'Купите яблоки сегодня.', 'translated'); // the number is missing: a QA error
    });
    await on(9, () => review(rows[0], 'approve', 1));
    await on(2, async () => {
      await save(tanya, rows[2], 'ru', 'Бастуйте на рассвете.', 'translated');
      await save(tanya, rows[2], 'ru', 'Бастуйте с рассветом.', 'translated', 1); // saved again the same day: counted once
      await save(dieter, rows[0], 'de', 'Proletarier aller Länder, vereinigt euch.', 'translated');
    });
    await on(0, async () => {
      await review(rows[1], 'reject', 1, 'Где три яблока?');
      await save(tanya, rows[3], 'ru', 'Вся власть Советам', 'draft');
    });
    await manager.post(`/api/segments/${rows[3].id}/comments`, { body: 'Is “Soviets” right here?' }).expect(201);
    const resolved = (await manager.post(`/api/segments/${rows[2].id}/comments`, { body: 'Done?', language: 'de' }).expect(201)).body;
    await manager.patch(`/api/comments/${resolved.id}`, { resolved: true }).expect(200);
  });
  afterAll(() => t?.close());

  it('counts segments and words by status per document and edition, with QA errors and open comments', async () => {
    const board = await dashboard();
    expect(board.weeks).toBe(8);
    expect(board.documents).toHaveLength(1);
    const [ru, de] = board.documents[0].editions;
    expect(ru).toEqual({
      language: 'ru',
      segments: 4,
      words: 17,
      untranslated: { segments: 0, words: 0 },
      draft: { segments: 1, words: 5 },
      translated: { segments: 1, words: 3 },
      approved: { segments: 1, words: 5 },
      rejected: { segments: 1, words: 4 },
      outdated: 0,
      qaErrors: 1,
      // the rejection reason (about ru) and the comment about every edition; the resolved de thread is not open
      openComments: 2,
    });
    expect(de).toMatchObject({ language: 'de', untranslated: { segments: 3, words: 12 }, translated: { segments: 1, words: 5 }, qaErrors: 0, openComments: 1 });
    // the project's editions add up its documents
    expect(board.editions.map((e) => [e.language, e.approved.words, e.untranslated.words])).toEqual([
      ['ru', 5, 0],
      ['de', 0, 12],
    ]);
  });

  it('charts the words first translated and first approved per day and edition within the weeks asked', async () => {
    const board = await dashboard(2);
    expect(board.from).toBe(dayString(13));
    expect(board.to).toBe(dayString(0));
    expect(board.daily).toEqual([
      { day: dayString(10), language: 'ru', translatedWords: 9, approvedWords: 0 },
      { day: dayString(9), language: 'ru', translatedWords: 0, approvedWords: 5 },
      { day: dayString(2), language: 'ru', translatedWords: 3, approvedWords: 0 },
      { day: dayString(2), language: 'de', translatedWords: 5, approvedWords: 0 },
    ]);
    // one week back, the older days fall out of the chart
    expect((await dashboard(1)).daily.map((d) => d.day)).toEqual([dayString(2), dayString(2)]);
  });

  it('says who translated and approved what in each edition', async () => {
    const { contributors } = await dashboard();
    expect(contributors.map((c) => [c.displayName, c.language, c.translatedSegments, c.translatedWords, c.approvedSegments, c.approvedWords])).toEqual([
      ['Tanya', 'ru', 3, 12, 0, 0],
      ['Roman', 'ru', 0, 0, 1, 5],
      ['Dieter', 'de', 1, 5, 0, 0],
    ]);
  });

  it('counts QA errors again once a translation changes (the count is kept only while nothing changed)', async () => {
    expect((await dashboard()).editions[0].qaErrors).toBe(1);
    expect((await dashboard()).editions[0].qaErrors).toBe(1);
    await save(tanya, rows[1], 'ru', 'Купите 3 яблока сегодня.', 'translated', 2);
    expect((await dashboard()).editions[0].qaErrors).toBe(0);
  });

  it('is for members of the project only, and checks its query', async () => {
    await outsider.get(`/api/projects/${projectId}/dashboard`).expect(403);
    const bad = await manager.get(`/api/projects/${projectId}/dashboard?weeks=0`).expect(422);
    expect(bad.body.details[0].field).toBe('weeks');
    await tanya.get(`/api/projects/${projectId}/dashboard`).expect(200);
  });

  it('counts the translations made before a correction of the original as outdated, in every edition', async () => {
    const [first] = (await manager.get(`/api/documents/${documentId}/segments?lang=ru`).expect(200)).body as SegmentRow[];
    await manager.patch(`/api/segments/${first.id}/source`, { text: 'Workers of all lands, unite.', version: first.sourceVersion }).expect(200);
    const board = await dashboard();
    expect(board.documents[0].editions.map((e) => [e.language, e.outdated])).toEqual([
      ['ru', 1],
      ['de', 1],
    ]);
  });
});
