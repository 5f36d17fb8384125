import type { JobStatus, PretranslateResponse } from '@interlinea/shared';
import type { TestApp } from './support/test-app';
import { createProject, setUpAdmin, PASSWORD } from './support/factories';
import { FakeDeeplServer } from '@interlinea/testing-deepl';
import { PretranslationRunner } from '../src/modules/pretranslation/pretranslation.runner';
import { crash, createMtTestApp, deeplEnv, settledWithin, startAppOnSameDatabase, uploadLeaflet, waitFor } from './support/mt-test-app';

const sentences = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i + 1} of the leaflet.`).join(' ');

describe('a pre-translation job whose API process dies', () => {
  const deepl = new FakeDeeplServer();
  let first: TestApp;
  let second: TestApp | undefined;

  beforeAll(() => deepl.start());
  afterAll(async () => {
    await second?.close();
    await deepl.stop();
  });

  it('is continued by a new process on the same database, every segment translated exactly once', async () => {
    // a long DeepL timeout: the held request stays open until the test cuts it off below, however slow the machine
    first = await createMtTestApp(deepl, 'test-key', { MT_BATCH_SIZE: '10', DEEPL_TIMEOUT_MS: '120000' });
    // watches (and calls through) the first process's runner, to see its abandoned handler end
    const firstRuns = jest.spyOn(first.app.get(PretranslationRunner), 'run');
    const email = 'crash.manager@example.org';
    const manager = await setUpAdmin(first, email);
    const projectId = (await createProject(manager, 'en', ['de'])).id;
    const { documentId } = await uploadLeaflet(manager, projectId, sentences(45));

    // the first process gets two batches answered, then dies while waiting for the third
    deepl.holdAfter = { key: 'test-key', answered: 2 };
    const started = (await manager.post(`/api/documents/${documentId}/pretranslate`, { lang: 'de', useMt: true }).expect(201)).body as PretranslateResponse;
    await waitFor('a request in flight when the process dies', async () => deepl.translateRequests().some((r) => r.key === 'test-key' && !r.answered));
    await crash(first);

    second = await startAppOnSameDatabase(first, deeplEnv(deepl, 'second-key', { MT_BATCH_SIZE: '10' }));
    const browser = await second.browser().login(email, PASSWORD);
    const done = await waitFor(
      'the job to complete',
      async () => {
        const status = (await browser.get(`/api/jobs/${started.jobId}`).expect(200)).body as JobStatus;
        return status.state === 'completed' ? status : null;
      },
      30_000,
    );
    expect(done).toMatchObject({ done: 45, total: 45, fromMt: 45, failed: 0 });

    // DeepL answered each text once: the batch the dead process never got back was sent again, nothing else
    const answered = deepl.answeredTexts();
    expect(answered).toHaveLength(45);
    expect(new Set(answered).size).toBe(45);
    expect(
      deepl
        .translateRequests()
        .filter((r) => r.key === 'second-key' && r.answered)
        .flatMap((r) => r.texts),
    ).toHaveLength(25);

    // and the translation table has one translation with one revision per segment
    const rows: { translations: number; revisions: number; text: string }[] = await second.db.query(
      `SELECT count(DISTINCT tr.id)::int AS translations, count(r.id)::int AS revisions, min(tr.text) AS text
         FROM segment s JOIN translation tr ON tr.segment_id = s.id AND tr.language = 'de'
         JOIN translation_revision r ON r.translation_id = tr.id WHERE s.document_id = $1 GROUP BY s.id ORDER BY min(s.index)`,
      [documentId],
    );
    expect(rows).toHaveLength(45);
    expect(rows.every((r) => r.translations === 1 && r.revisions === 1)).toBe(true);
    expect(rows[44].text).toBe('[DE] Line 45 of the leaflet.');

    // the dead process's last request is cut off and its key refused, so its abandoned handler ends
    expect(firstRuns).toHaveBeenCalledTimes(1);
    const abandonedRun = firstRuns.mock.results[0].value as Promise<void>;
    deepl.dropHeld('test-key');
    const abandoned = await settledWithin('the abandoned handler to end', abandonedRun, 15_000);
    expect(abandoned).toMatchObject({ status: 'rejected', reason: { message: expect.stringContaining('DeepL refused the API key') } });
    expect(
      deepl
        .translateRequests()
        .filter((r) => r.key === 'test-key')
        .map((r) => r.status),
    ).toEqual([200, 200, undefined, 403]);
    // having given up, it changed nothing: no text billed again, the job still completed
    expect(deepl.answeredTexts()).toHaveLength(45);
    expect(((await browser.get(`/api/jobs/${started.jobId}`).expect(200)).body as JobStatus).state).toBe('completed');
  }, 60_000);
});
