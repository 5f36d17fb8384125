import type { DocumentSummary, ProjectSummary, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

/** A document's and a project's summary without the progress counts: what the editor opens with. */
describe('summaries without progress (?progress=false)', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let projectId: string;
  let documentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'ru', ['en', 'de'])).id;
    const text = 'Рабочие собрались утром. Они обсудили забастовку.\n\nДирекция ответила вечером.\n';
    documentId = (await manager.upload(`/api/projects/${projectId}/documents`, 'leaflet.txt', text).expect(201)).body.id;
    const translator = await addMember(t, manager, projectId, 'translator', 'de', 'Dieter');
    const [first]: SegmentRow[] = (await translator.get(`/api/documents/${documentId}/segments?lang=de`).expect(200)).body;
    await translator.put(`/api/segments/${first.id}/translations/de`, { text: 'Die Arbeiter kamen.', status: 'translated', version: 0 }).expect(200);
  });
  afterAll(() => t.close());

  it('leaves out only the progress of a document, which the full summary still counts', async () => {
    const full: DocumentSummary = (await manager.get(`/api/documents/${documentId}`).expect(200)).body;
    const light: DocumentSummary = (await manager.get(`/api/documents/${documentId}?progress=false`).expect(200)).body;
    expect(full.progress.find((p) => p.language === 'de')).toMatchObject({ segments: 3, translated: 1 });
    expect(light).toEqual({ ...full, progress: [] });
    expect((await manager.get(`/api/documents/${documentId}?progress=true`).expect(200)).body).toEqual(full);
  });

  it('leaves out only the progress of a project, roles and editions stay', async () => {
    const full: ProjectSummary = (await manager.get(`/api/projects/${projectId}`).expect(200)).body;
    const light: ProjectSummary = (await manager.get(`/api/projects/${projectId}?progress=false`).expect(200)).body;
    expect(full.progress).toHaveLength(2);
    expect(light).toEqual({ ...full, progress: [] });
    expect(light.targetLanguages).toEqual(['en', 'de']);
  });

  it('refuses another value, naming the parameter', async () => {
    for (const url of [`/api/documents/${documentId}?progress=no`, `/api/projects/${projectId}?progress=0`]) {
      const res = await manager.get(url).expect(400);
      expect(JSON.stringify(res.body)).toContain('progress');
    }
  });
});
