import { CSRF_COOKIE, SESSION_COOKIE } from '@interlinea/shared';
import { AuthService } from '../src/modules/auth/auth.service';
import { createTestApp, type TestApp } from './support/test-app';
import { PASSWORD, addMember, createProject, setUpAdmin, uniqueEmail } from './support/factories';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('offers the one-time setup on an empty install, then never again', async () => {
    const anyone = t.browser();
    expect((await anyone.get('/api/auth/setup').expect(200)).body).toEqual({ needed: true });
    await anyone.get('/api/projects').expect(401);
    const admin = await setUpAdmin(t, 'first@example.org');
    expect((await admin.get('/api/auth/me').expect(200)).body).toMatchObject({ email: 'first@example.org', isAdmin: true, uiLanguage: 'en', roles: [] });
    expect((await anyone.get('/api/auth/setup').expect(200)).body).toEqual({ needed: false });
    const again = await anyone.agent.post('/api/auth/setup').send({ email: 'second@example.org', password: PASSWORD, displayName: 'Eve' });
    expect(again.status).toBe(403);
  });

  it('sets an httpOnly, SameSite session cookie and a readable CSRF cookie at login', async () => {
    const res = await t.browser().agent.post('/api/auth/login').send({ email: 'FIRST@example.org', password: PASSWORD }).expect(200);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    const csrf = cookies.find((c) => c.startsWith(`${CSRF_COOKIE}=`))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(res.body.csrfToken).toBe(decodeURIComponent(csrf.split(';')[0].split('=')[1]));
  });

  it('stores passwords as argon2id hashes', async () => {
    const [row] = await t.db.query(`SELECT password_hash FROM "user" WHERE email = 'first@example.org'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a mutation without the CSRF token of the session', async () => {
    const admin = await t.browser().login('first@example.org', PASSWORD);
    const res = await admin.agent.post('/api/projects').send({ name: 'X', sourceLanguage: 'en', targetLanguages: ['ru'] });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CSRF_TOKEN_INVALID');
    admin.csrfToken = 'forged';
    expect((await admin.post('/api/projects', { name: 'X', sourceLanguage: 'en', targetLanguages: ['ru'] })).status).toBe(403);
  });

  it('ends the session at logout', async () => {
    const admin = await t.browser().login('first@example.org', PASSWORD);
    await admin.post('/api/auth/logout').expect(204);
    await admin.get('/api/auth/me').expect(401);
  });

  it('stores the UI language per user', async () => {
    const admin = await t.browser().login('first@example.org', PASSWORD);
    expect((await admin.patch('/api/auth/me', { uiLanguage: 'de' }).expect(200)).body.uiLanguage).toBe('de');
    const elsewhere = await t.browser().login('first@example.org', PASSWORD);
    expect((await elsewhere.get('/api/auth/me').expect(200)).body.uiLanguage).toBe('de');
    const wrong = await admin.patch('/api/auth/me', { uiLanguage: 'fr' }).expect(422);
    expect(wrong.body.details[0].field).toBe('uiLanguage');
  });

  it('lets an invited person join with the link and nothing else', async () => {
    const admin = await t.browser().login('first@example.org', PASSWORD);
    const project = await createProject(admin, 'ru', ['en', 'de']);
    const member = await addMember(t, admin, project.id, 'translator', 'de', 'Greta');
    const again = await admin
      .post(`/api/projects/${project.id}/invitations`, { email: (await member.get('/api/auth/me')).body.email, role: 'reviewer', language: 'de' })
      .expect(201);
    expect((await t.browser().get(`/api/invitations/${again.body.token}`).expect(200)).body).toMatchObject({ accountExists: true, role: 'reviewer' });
    await t.browser().agent.post(`/api/invitations/${again.body.token}/accept`).send({ password: 'wrong password!' }).expect(401);
    await t.browser().agent.post(`/api/invitations/${again.body.token}/accept`).send({ password: PASSWORD }).expect(201);
    const me = (await member.get('/api/auth/me').expect(200)).body;
    expect(me.roles).toEqual([
      { projectId: project.id, role: 'translator', language: 'de' },
      { projectId: project.id, role: 'reviewer', language: 'de' },
    ]);
    const invitations = (await admin.get(`/api/projects/${project.id}/invitations`).expect(200)).body;
    expect(invitations).toEqual([]);
    await t.browser().agent.get('/api/invitations/not-a-token').expect(404);
    const wrongLanguage = await admin.post(`/api/projects/${project.id}/invitations`, { email: uniqueEmail('x'), role: 'reviewer' }).expect(422);
    expect(wrongLanguage.body.details[0].field).toBe('language');
  });

  it('creates the admin named by ADMIN_EMAIL and ADMIN_PASSWORD on first start', async () => {
    const fresh = await createTestApp({ ADMIN_EMAIL: 'Boss@Example.org', ADMIN_PASSWORD: 'from-the-environment' });
    try {
      await fresh.app.get(AuthService).ensureConfiguredAdmin();
      await fresh.app.get(AuthService).ensureConfiguredAdmin();
      const boss = await fresh.browser().login('boss@example.org', 'from-the-environment');
      expect((await boss.get('/api/auth/me').expect(200)).body).toMatchObject({ isAdmin: true });
      expect((await fresh.browser().get('/api/auth/setup')).body).toEqual({ needed: false });
    } finally {
      await fresh.close();
    }
  });

  it('answers health and serves the OpenAPI description', async () => {
    expect((await t.browser().get('/api/health').expect(200)).body).toEqual({ status: 'ok', database: 'up' });
    const spec = (await t.browser().get('/api/docs-json').expect(200)).body;
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/projects', '/api/segments/{segmentId}/translations/{lang}', '/api/documents/{id}/export']),
    );
  });
});
