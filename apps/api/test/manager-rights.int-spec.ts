import type { Member, Revision, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import type { TestBrowser } from './support/test-browser';
import { addMember, createProject, setUpAdmin } from './support/factories';

describe('a project’s managers work in every edition without granting themselves roles', () => {
  let t: TestApp;
  let creator: TestBrowser;
  let projectId: string;
  let documentId: string;
  let segments: SegmentRow[];

  beforeAll(async () => {
    t = await createTestApp();
    creator = await setUpAdmin(t);
    projectId = (await createProject(creator, 'en', ['ru', 'de'])).id;
    const text = 'Workers of all countries, unite!\n\nAll power to the councils.\n';
    documentId = (await creator.upload(`/api/projects/${projectId}/documents`, 'leaflet.txt', text).expect(201)).body.id;
    segments = (await creator.get(`/api/documents/${documentId}/segments?lang=de`).expect(200)).body;
  });
  afterAll(() => t.close());

  it('lets the creator translate, review and export at once, recorded as themselves', async () => {
    const me = (await creator.get('/api/auth/me').expect(200)).body;
    expect(me.roles.filter((r: { projectId: string }) => r.projectId === projectId).map((r: { role: string }) => r.role)).not.toContain('translator');
    expect(me.roles.some((r: { role: string }) => r.role === 'reviewer')).toBe(false);

    const saved = await creator.put(`/api/segments/${segments[0].id}/translations/de`, {
      text: 'Proletarier aller Länder, vereinigt euch!',
      status: 'translated',
      version: 0,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ authorName: 'Anna Admin', version: 1 });
    await creator
      .put(`/api/segments/${segments[0].id}/translations/ru`, { text: 'Пролетарии всех стран, соединяйтесь!', status: 'translated', version: 0 })
      .expect(200);
    await creator.post(`/api/segments/${segments[0].id}/translations/de/review`, { decision: 'approve' }).expect(200);

    const history: Revision[] = (await creator.get(`/api/segments/${segments[0].id}/translations/de/revisions`).expect(200)).body;
    expect(history.map((r) => [r.status, r.authorName])).toEqual([
      ['approved', 'Anna Admin'],
      ['translated', 'Anna Admin'],
    ]);
    await creator.get(`/api/documents/${documentId}/export?lang=de`).expect(200);
  });

  it('gives the same rights to a manager invited later, and none to a publisher', async () => {
    const second = await addMember(t, creator, projectId, 'manager', null, 'mira');
    await second.put(`/api/segments/${segments[1].id}/translations/ru`, { text: 'Вся власть Советам.', status: 'translated', version: 0 }).expect(200);
    await second.post(`/api/segments/${segments[1].id}/translations/ru/review`, { decision: 'reject', comment: 'Проверить прописные' }).expect(200);
    const publisher = await addMember(t, creator, projectId, 'publisher', null, 'pavel');
    await publisher.put(`/api/segments/${segments[1].id}/translations/de`, { text: 'Alle Macht', status: 'draft', version: 0 }).expect(403);
  });

  it('says so when a role is given twice', async () => {
    const translator = await addMember(t, creator, projectId, 'translator', 'ru', 'tanya');
    const members: Member[] = (await creator.get(`/api/projects/${projectId}/members`).expect(200)).body;
    const userId = members.find((m) => m.displayName === 'tanya')!.userId;
    const again = await creator.post(`/api/projects/${projectId}/members`, { userId, role: 'translator', language: 'ru' }).expect(409);
    expect(again.body).toMatchObject({ code: 'ROLE_ALREADY_GRANTED', message: 'This person already has this role' });
    await creator.post(`/api/projects/${projectId}/members`, { userId, role: 'translator', language: 'de' }).expect(201);
    await translator.get(`/api/projects/${projectId}`).expect(200);
  });
});
