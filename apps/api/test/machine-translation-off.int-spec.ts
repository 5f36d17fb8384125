import type { JobStatus, PretranslateResponse } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import { uploadLeaflet, waitFor } from './support/mt-test-app';

describe('without DEEPL_AUTH_KEY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('says plainly that MT is off and how to turn it on; pre-translation uses the memory only', async () => {
    const manager = await setUpAdmin(t);
    const projectId = (await createProject(manager, 'en', ['de'])).id;
    const translator = await addMember(t, manager, projectId, 'translator', 'de');

    const status = (await manager.get(`/api/projects/${projectId}/machine-translation/status`).expect(200)).body;
    expect(status).toEqual({ enabled: false, engine: 'DeepL', reason: expect.stringMatching(/^DEEPL_AUTH_KEY is not set: .*Set DEEPL_AUTH_KEY/) });

    const earlier = await uploadLeaflet(manager, projectId, 'Down with capitalism!');
    await translator
      .put(`/api/segments/${earlier.segments[0].id}/translations/de`, { text: 'Nieder mit dem Kapitalismus!', status: 'translated', version: 0 })
      .expect(200);
    const { documentId, segments } = await uploadLeaflet(manager, projectId, 'Down with capitalism! Long live the councils!');

    const suggestion = await translator.get(`/api/segments/${segments[0].id}/machine-translation?lang=de`).expect(503);
    expect(suggestion.body).toMatchObject({ code: 'MT_DISABLED', message: expect.stringContaining('DEEPL_AUTH_KEY') });

    const started = (await manager.post(`/api/documents/${documentId}/pretranslate`, { lang: 'de', useMt: true }).expect(201)).body as PretranslateResponse;
    expect(started).toMatchObject({ total: 2, mtEnabled: false });
    const done = await waitFor('completion', async () => {
      const job = (await manager.get(`/api/jobs/${started.jobId}`).expect(200)).body as JobStatus;
      return job.state === 'completed' ? job : null;
    });
    expect(done).toMatchObject({ done: 2, fromMemory: 1, fromMt: 0, skipped: 1 });
    const grid = (await manager.get(`/api/documents/${documentId}/segments?lang=de`).expect(200)).body;
    expect(grid[0].translation).toMatchObject({ text: 'Nieder mit dem Kapitalismus!', origin: 'tm' });
    expect(grid[1].translation).toBeNull();
  });
});
