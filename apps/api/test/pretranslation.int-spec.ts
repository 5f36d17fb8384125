import type { JobStatus, PretranslateResponse, SegmentRow } from '@interlinea/shared';
import type { TestApp } from './support/test-app';
import type { TestBrowser } from './support/test-browser';
import { addMember, createProject, setUpAdmin } from './support/factories';
import { FakeDeeplServer } from '@interlinea/testing-deepl';
import { createMtTestApp, uploadLeaflet, waitFor } from './support/mt-test-app';

const sentences = (n: number, prefix = 'Sentence') => Array.from({ length: n }, (_, i) => `${prefix} number ${i + 1} is here.`).join(' ');

describe('pre-translation jobs', () => {
  const deepl = new FakeDeeplServer();
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let projectId: string;

  beforeAll(async () => {
    await deepl.start();
    t = await createMtTestApp(deepl);
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['ru', 'de'])).id;
    translator = await addMember(t, manager, projectId, 'translator', 'de');
  });
  beforeEach(() => deepl.reset());
  afterAll(async () => {
    await t.close();
    await deepl.stop();
  });

  const job = async (id: string) => (await manager.get(`/api/jobs/${id}`).expect(200)).body as JobStatus;
  const until = (id: string, state: JobStatus['state']) => waitFor(`job ${state}`, async () => ((await job(id)).state === state ? job(id) : null));
  const start = async (documentId: string, body: object) =>
    (await manager.post(`/api/documents/${documentId}/pretranslate`, { lang: 'de', useMt: true, ...body }).expect(201)).body as PretranslateResponse;
  const grid = async (documentId: string) => (await manager.get(`/api/documents/${documentId}/segments?lang=de`).expect(200)).body as SegmentRow[];

  it('fills empty segments from memory first, then DeepL in batches of at most 50, leaving translated ones alone', async () => {
    // an identical sentence translated earlier in the project: a memory match
    const earlier = await uploadLeaflet(manager, projectId, 'Sentence number 2 is here.');
    await translator
      .put(`/api/segments/${earlier.segments[0].id}/translations/de`, { text: 'Satz Nummer 2 ist hier.', status: 'translated', version: 0 })
      .expect(200);
    const { documentId, segments } = await uploadLeaflet(manager, projectId, sentences(120));
    await translator.put(`/api/segments/${segments[0].id}/translations/de`, { text: 'Von Hand übersetzt.', status: 'translated', version: 0 }).expect(200);

    const started = await start(documentId, { tmThreshold: 100 });
    expect(started).toMatchObject({ total: 119, mtEnabled: true });
    const done = await until(started.jobId, 'completed');
    expect(done).toMatchObject({ done: 119, total: 119, failed: 0, fromMemory: 1, fromMt: 118, skipped: 0 });

    const rows = await grid(documentId);
    expect(rows[0].translation).toMatchObject({ text: 'Von Hand übersetzt.', origin: 'human', version: 1 });
    expect(rows[1].translation).toMatchObject({ text: 'Satz Nummer 2 ist hier.', origin: 'tm', status: 'draft' });
    expect(rows[2].translation).toMatchObject({ text: '[DE] Sentence number 3 is here.', origin: 'mt', status: 'draft', version: 1 });
    expect(rows.every((r) => r.translation?.text)).toBe(true);

    const requests = deepl.translateRequests();
    expect(requests.map((r) => r.texts.length)).toEqual([49, 50, 19]); // batches of 50 segments; one came from memory
    expect(new Set(deepl.answeredTexts()).size).toBe(118);
    const revisions: { count: number }[] = await t.db.query(
      `SELECT count(r.id)::int AS count FROM segment s JOIN translation tr ON tr.segment_id = s.id AND tr.language = 'de'
         JOIN translation_revision r ON r.translation_id = tr.id WHERE s.document_id = $1 GROUP BY s.id`,
      [documentId],
    );
    expect(revisions.every((r) => r.count === 1)).toBe(true);
  });

  it('keeps a translation someone saved while the job ran: the optimistic version rule applies', async () => {
    const { documentId, segments } = await uploadLeaflet(manager, projectId, sentences(3, 'Phrase'));
    deepl.failNext({ delayMs: 800 });
    const started = await start(documentId, {});
    await waitFor('the DeepL request', async () => deepl.translateRequests().length > 0);
    await translator.put(`/api/segments/${segments[1].id}/translations/de`, { text: 'Mein Satz.', status: 'draft', version: 0 }).expect(200);
    expect(await until(started.jobId, 'completed')).toMatchObject({ fromMt: 2, skipped: 1 });
    expect((await grid(documentId))[1].translation).toMatchObject({ text: 'Mein Satz.', origin: 'human', version: 1 });
  });

  it('retries when DeepL answers 429, then completes', async () => {
    const { documentId } = await uploadLeaflet(manager, projectId, sentences(2, 'Retry'));
    deepl.failNext({ status: 429 });
    const started = await start(documentId, {});
    expect(await until(started.jobId, 'completed')).toMatchObject({ fromMt: 2 });
    expect(deepl.translateRequests().map((r) => r.status)).toEqual([429, 200]);
    const events = await manager
      .get(`/api/jobs/${started.jobId}/events`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    expect(events.headers['content-type']).toMatch(/text\/event-stream/);
    expect(events.body).toContain('"state":"completed"');
  });

  it('pauses with a clear message when the quota is used up, and completes when resumed', async () => {
    const { documentId } = await uploadLeaflet(manager, projectId, sentences(60, 'Quota'));
    deepl.characterLimit = sentences(50, 'Quota').replace(/ (?=Quota)/g, '').length + 5; // the first batch of 50 fits, the second does not
    const started = await start(documentId, {});
    const paused = await until(started.jobId, 'paused');
    expect(paused).toMatchObject({ done: 50, total: 60, fromMt: 50, message: expect.stringMatching(/quota .* used up.*resume/i) });
    await translator.post(`/api/jobs/${started.jobId}/resume`).expect(403);

    deepl.characterLimit = 500_000;
    const resumed = (await manager.post(`/api/jobs/${started.jobId}/resume`).expect(200)).body as JobStatus;
    expect(['queued', 'running', 'completed']).toContain(resumed.state);
    expect(await until(started.jobId, 'completed')).toMatchObject({ done: 60, fromMt: 60, message: null });
    expect(deepl.answeredTexts()).toHaveLength(60);
    await manager.post(`/api/jobs/${started.jobId}/resume`).expect(409);
  });

  it('can be cancelled; what was translated stays', async () => {
    const { documentId } = await uploadLeaflet(manager, projectId, sentences(60, 'Cancel'));
    deepl.failNext({ delayMs: 300 }, { delayMs: 300 });
    const started = await start(documentId, {});
    const cancelled = (await manager.post(`/api/jobs/${started.jobId}/cancel`).expect(200)).body as JobStatus;
    expect(cancelled.state).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 1200));
    const after = await job(started.jobId);
    expect(after.state).toBe('cancelled');
    expect(after.done).toBeLessThan(60);
    await manager.post(`/api/jobs/${started.jobId}/cancel`).expect(409);
  });

  it('is for managers, and refuses a second job on the same edition while one runs', async () => {
    const { documentId } = await uploadLeaflet(manager, projectId, sentences(2, 'Twice'));
    await translator.post(`/api/documents/${documentId}/pretranslate`, { lang: 'de', useMt: true }).expect(403);
    deepl.failNext({ delayMs: 500 });
    const started = await start(documentId, {});
    const second = await manager.post(`/api/documents/${documentId}/pretranslate`, { lang: 'de', useMt: true }).expect(409);
    expect(second.body).toMatchObject({ code: 'JOB_STATE_INVALID', details: { jobId: started.jobId } });
    await until(started.jobId, 'completed');
  });
});
