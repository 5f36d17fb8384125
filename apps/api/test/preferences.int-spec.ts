import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

/** The editions a person's grid shows per project, kept on the server: the same in every browser. */
describe('a person’s preferences', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'ru', ['en', 'de'])).id;
    translator = await addMember(t, manager, projectId, 'translator', 'de', 'Dieter');
  });
  afterAll(() => t.close());

  it('starts with none, keeps what is put, and follows the person to another browser', async () => {
    expect((await translator.get('/api/me/preferences').expect(200)).body).toEqual({ gridEditions: {} });
    const chosen = { gridEditions: { [projectId]: ['en', 'de'] } };
    expect((await translator.put('/api/me/preferences', chosen).expect(200)).body).toEqual(chosen);
    expect((await translator.get('/api/me/preferences').expect(200)).body).toEqual(chosen);
    // each person has their own
    expect((await manager.get('/api/me/preferences').expect(200)).body).toEqual({ gridEditions: {} });
    await translator.put('/api/me/preferences', { gridEditions: { [projectId]: ['de'] } }).expect(200);
    expect((await translator.get('/api/me/preferences').expect(200)).body.gridEditions[projectId]).toEqual(['de']);
  });

  it.each([
    [{ gridEditions: { [`not-a-project`]: ['en'] } }, 'gridEditions.not-a-project'],
    [{ gridEditions: { '00000000-0000-4000-8000-000000000001': ['en', 'de', 'ru'] } }, 'gridEditions.00000000-0000-4000-8000-000000000001'],
    [{ gridEditions: { '00000000-0000-4000-8000-000000000001': ['en', 'en'] } }, 'gridEditions.00000000-0000-4000-8000-000000000001'],
    [{ gridEditions: { '00000000-0000-4000-8000-000000000001': ['fr'] } }, 'gridEditions.00000000-0000-4000-8000-000000000001.0'],
    [{ theme: 'dark' }, '(body)'],
  ])('refuses %j, naming %s, and keeps what was stored', async (body, field) => {
    const before = (await translator.get('/api/me/preferences').expect(200)).body;
    const res = await translator.put('/api/me/preferences', body).expect(422);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await translator.get('/api/me/preferences').expect(200)).body).toEqual(before);
  });

  it('is for signed-in people only', async () => {
    await t.browser().get('/api/me/preferences').expect(401);
  });
});
