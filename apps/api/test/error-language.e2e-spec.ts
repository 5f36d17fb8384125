import { createTestApp, type TestApp } from './support/test-app';
import type { TestBrowser } from './support/test-browser';
import { createProject, setUpAdmin } from './support/factories';

describe('error messages in the person’s language', () => {
  let t: TestApp;
  let admin: TestBrowser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await setUpAdmin(t);
    projectId = (await createProject(admin, 'en', ['ru', 'de'])).id;
  });
  afterAll(() => t.close());

  it('follows Accept-Language for someone signed in who never chose a language', async () => {
    const res = await admin.agent.get('/api/documents/00000000-0000-4000-8000-000000000000/segments?lang=ru').set('Accept-Language', 'ru').expect(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', message: 'Документ: не найдено' });
  });

  it('answers in English by default, in Russian or German after Accept-Language, with the same code', async () => {
    const english = await t.browser().agent.post('/api/auth/login').send({ email: 'nobody@example.org', password: 'wrong password' }).expect(401);
    expect(english.body).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong email or password' });

    const russian = await t
      .browser()
      .agent.post('/api/auth/login')
      .set('Accept-Language', 'ru-RU,ru;q=0.9,en;q=0.8')
      .send({ email: 'nobody@example.org', password: 'wrong password' })
      .expect(401);
    expect(russian.body).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Неверный адрес эл. почты или пароль' });

    const german = await t.browser().agent.get('/api/projects').set('Accept-Language', 'fr;q=0.9, de;q=0.8').expect(401);
    expect(german.body).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Bitte melden Sie sich an' });
  });

  it('words field errors readably and translates them, keeping field names', async () => {
    const res = await admin.agent
      .post('/api/projects')
      .set('X-CSRF-Token', admin.csrfToken)
      .set('Accept-Language', 'ru')
      .send({ name: '', sourceLanguage: 'xx', targetLanguages: ['ru'] })
      .expect(422);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toMatch(/^Неверный запрос: /);
    const byField = Object.fromEntries((res.body.details as { field: string; message: string }[]).map((d) => [d.field, d.message]));
    expect(byField.name).toBe('обязательное поле');
    expect(byField.sourceLanguage).toBe('одно из значений: ru, en, de');

    const english = await admin.post('/api/projects', { sourceLanguage: 'en', targetLanguages: ['ru'] }).expect(422);
    expect(english.body.details).toContainEqual({ field: 'name', message: 'required' });
  });

  it('lets the person’s own interface language win over the header', async () => {
    await admin.patch('/api/auth/me', { uiLanguage: 'de' }).expect(200);
    const res = await admin.agent.get(`/api/documents/00000000-0000-4000-8000-000000000000/segments?lang=ru`).set('Accept-Language', 'ru').expect(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', message: 'Dokument nicht gefunden' });

    const forbidden = await admin.agent.patch(`/api/projects/${projectId}/languages/ru`).set('Accept-Language', 'ru').send({ formality: 'less' }).expect(403);
    expect(forbidden.body).toMatchObject({ code: 'CSRF_TOKEN_INVALID', message: expect.stringContaining('laden Sie die Seite neu') });

    await admin.patch('/api/auth/me', { uiLanguage: 'ru' }).expect(200);
    const russian = await admin.agent.get(`/api/documents/00000000-0000-4000-8000-000000000000/segments?lang=ru`).expect(404);
    expect(russian.body.message).toBe('Документ: не найдено');
  });
});
