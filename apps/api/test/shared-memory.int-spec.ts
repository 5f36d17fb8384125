import type { Match, MemoryUnitPage, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

const CONFIDENTIAL = 'Совет рабочих собрался на тайное заседание 7 ноября.';
const ITS_SOURCE = 'The workers council met in secret on 7 November.';

describe('shared memory: a project decides whether its translations go there', () => {
  let t: TestApp;
  let admin: TestBrowser;
  let otherManager: TestBrowser;
  let translator: TestBrowser;
  let projectId: string;
  let ownRows: SegmentRow[];
  let otherRows: SegmentRow[];

  const upload = async (b: TestBrowser, project: string, text: string): Promise<SegmentRow[]> => {
    const doc = (await b.upload(`/api/projects/${project}/documents`, 'leaflet.txt', text).expect(201)).body;
    return (await b.get(`/api/documents/${doc.id}/segments?lang=ru`).expect(200)).body;
  };
  /** The sources of a segment's matches (a match replaces numbers in its target: the source tells where it came from). */
  const matches = async (b: TestBrowser, row: SegmentRow): Promise<string[]> =>
    ((await b.get(`/api/segments/${row.id}/matches?lang=ru`).expect(200)).body.matches as Match[]).map((m) => m.source);
  const sharedTexts = async (b: TestBrowser): Promise<string[]> => {
    const page: MemoryUnitPage = (await b.get('/api/memory/units?source=en&target=ru').expect(200)).body;
    return page.units.map((u) => u.variants.ru ?? '');
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await setUpAdmin(t);
    projectId = (await createProject(admin, 'en', ['ru'])).id;
    translator = await addMember(t, admin, projectId, 'translator', 'ru', 'Tanya');
    ownRows = await upload(admin, projectId, `${ITS_SOURCE}\n\nThe workers council met in secret on 8 November.`);
    const other = await createProject(admin, 'en', ['ru']);
    otherManager = await addMember(t, admin, other.id, 'manager', null, 'Oleg');
    otherRows = await upload(otherManager, other.id, 'The workers council met in secret on 9 November.');
    await translator.put(`/api/segments/${ownRows[0].id}/translations/ru`, { text: CONFIDENTIAL, status: 'translated', version: 0 }).expect(200);
    // the memory follows a save just after it: the project's memory page answers once it has
    await admin.get(`/api/projects/${projectId}/memory/units?source=en&target=ru`).expect(200);
  });
  afterAll(() => t.close());

  it('shares by default: another project gets the translation as a match and its manager sees it', async () => {
    expect((await admin.get(`/api/projects/${projectId}/memory/settings`).expect(200)).body).toEqual({
      propagateRepetitions: true,
      contributeToSharedMemory: true,
    });
    expect(await matches(otherManager, otherRows[0])).toContain(ITS_SOURCE);
    expect(await sharedTexts(otherManager)).toContain(CONFIDENTIAL);
  });

  it('turned off, the translations leave the shared memory at once and stay in the project', async () => {
    const answer = await admin.put(`/api/projects/${projectId}/memory/settings`, { contributeToSharedMemory: false }).expect(200);
    expect(answer.body).toEqual({ propagateRepetitions: true, contributeToSharedMemory: false });
    expect(await sharedTexts(otherManager)).not.toContain(CONFIDENTIAL);
    expect(await matches(otherManager, otherRows[0])).not.toContain(ITS_SOURCE);
    // the project's own translators still get it, and its memory page still lists it
    expect(await matches(translator, ownRows[1])).toContain(ITS_SOURCE);
    const own: MemoryUnitPage = (await admin.get(`/api/projects/${projectId}/memory/units?source=en&target=ru`).expect(200)).body;
    expect(own.units.map((u) => u.variants.ru)).toContain(CONFIDENTIAL);
  });

  it('keeps new confirmations out too, and a translator may not change the setting', async () => {
    await translator
      .put(`/api/segments/${ownRows[1].id}/translations/ru`, { text: 'Совет рабочих собрался тайно 8 ноября.', status: 'translated', version: 0 })
      .expect(200);
    expect(await sharedTexts(otherManager)).not.toContain('Совет рабочих собрался тайно 8 ноября.');
    await translator.put(`/api/projects/${projectId}/memory/settings`, { contributeToSharedMemory: true }).expect(403);
    await admin.put(`/api/projects/${projectId}/memory/settings`, { shareEverything: true }).expect(422);
  });

  it('turned on again, the project shares what it has', async () => {
    await admin.put(`/api/projects/${projectId}/memory/settings`, { contributeToSharedMemory: true }).expect(200);
    const shared = await sharedTexts(otherManager);
    expect(shared).toEqual(expect.arrayContaining([CONFIDENTIAL, 'Совет рабочих собрался тайно 8 ноября.']));
    expect(await matches(otherManager, otherRows[0])).toContain(ITS_SOURCE);
  });
});
