import type { MachineTranslationStatus, MachineTranslationSuggestion, SegmentRow } from '@interlinea/shared';
import type { TestApp } from './support/test-app';
import type { TestBrowser } from './support/test-browser';
import { addMember, createProject, setUpAdmin } from './support/factories';
import { FakeDeeplServer } from '@interlinea/testing-deepl';
import { createMtTestApp, uploadLeaflet } from './support/mt-test-app';

describe('machine translation suggestions (DeepL)', () => {
  const deepl = new FakeDeeplServer();
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let projectId: string;
  let segments: SegmentRow[];

  beforeAll(async () => {
    await deepl.start();
    t = await createMtTestApp(deepl);
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['ru', 'de'])).id;
    segments = (await uploadLeaflet(manager, projectId)).segments;
    translator = await addMember(t, manager, projectId, 'translator', 'de');
    await addMember(t, manager, projectId, 'translator', 'ru').then((b) => (ruTranslator = b));
    await addMember(t, manager, projectId, 'reviewer', 'ru').then((b) => (ruReviewer = b));
  });
  let ruTranslator: TestBrowser;
  let ruReviewer: TestBrowser;
  beforeEach(() => deepl.reset());
  afterAll(async () => {
    await t.close();
    await deepl.stop();
  });

  const suggest = (segment: SegmentRow, lang = 'de', who = translator) => who.get(`/api/segments/${segment.id}/machine-translation?lang=${lang}`);

  it('shows managers that MT is on and how much of the quota is used', async () => {
    deepl.characterCount = 1234;
    const status = (await manager.get(`/api/projects/${projectId}/machine-translation/status`).expect(200)).body as MachineTranslationStatus;
    expect(status).toEqual({ enabled: true, engine: 'DeepL', usage: { characterCount: 1234, characterLimit: 500_000 } });
    const forTranslator = (await translator.get(`/api/projects/${projectId}/machine-translation/status`).expect(200)).body;
    expect(forTranslator).toEqual({ enabled: true, engine: 'DeepL' });
  });

  it('suggests a translation, sends the neighbours as context, and answers the same request from the cache', async () => {
    const first = (await suggest(segments[1]).expect(200)).body as MachineTranslationSuggestion;
    expect(first).toMatchObject({
      engine: 'DeepL',
      text: '[DE] The council met on Monday.',
      cached: false,
      translatedFrom: { kind: 'source', language: 'en' },
    });
    const [request] = deepl.translateRequests();
    expect(request.texts).toEqual(['The council met on Monday.']);
    expect(request.params).toMatchObject({ source_lang: 'en', target_lang: 'de', context: 'Workers of the world, unite!\nDown with capitalism!' });
    expect(request.params.formality).toBeUndefined();
    expect(request.params.tag_handling).toBeUndefined();

    const again = (await suggest(segments[1]).expect(200)).body as MachineTranslationSuggestion;
    expect(again).toMatchObject({ text: first.text, cached: true });
    expect(deepl.translateRequests()).toHaveLength(1);
  });

  it('asks for British English when the edition is English', async () => {
    const project = (await createProject(manager, 'de', ['en'])).id;
    const { segments: german } = await uploadLeaflet(manager, project, 'Alle Macht den Räten!', 'en');
    const res = await manager.get(`/api/segments/${german[0].id}/machine-translation?lang=en`);
    expect(res.status).toBe(200); // managers translate every edition of their project too
    const en = await addMember(t, manager, project, 'translator', 'en');
    expect((await suggest(german[0], 'en', en).expect(200)).body.text).toBe('[EN] Alle Macht den Räten!');
    expect(deepl.translateRequests()[0].params.target_lang).toBe('en-GB');
  });

  it('keeps inline codes: sent as XML tags, restored in the suggestion', async () => {
    await t.db.query(`UPDATE segment SET source = 'Down with {1}capitalism{/1} & war!{2/}' WHERE id = $1`, [segments[2].id]);
    const suggestion = (await suggest(segments[2]).expect(200)).body as MachineTranslationSuggestion;
    const [request] = deepl.translateRequests();
    expect(request.params.tag_handling).toBe('xml');
    expect(request.texts).toEqual(['Down with <g id="1">capitalism</g> &amp; war!<x id="2"/>']);
    expect(suggestion.text).toBe('[DE] Down with {1}capitalism{/1} & war!{2/}');
  });

  it('sends the formality set for the edition, where DeepL supports it', async () => {
    await manager
      .patch(`/api/projects/${projectId}/languages/de`, { formality: 'more' })
      .expect(200, { language: 'de', formality: 'more', pivotLanguage: null });
    const suggestion = (await suggest(segments[3]).expect(200)).body as MachineTranslationSuggestion;
    expect(suggestion.formality).toBe('more');
    expect(deepl.translateRequests()[0].params.formality).toBe('more');
    await manager.patch(`/api/projects/${projectId}/languages/de`, { formality: 'default' }).expect(200);
  });

  it('sends the project glossary for the pair and re-creates it when a term changes', async () => {
    const term = (
      await manager
        .post(`/api/projects/${projectId}/glossary`, { sourceLanguage: 'en', targetLanguage: 'de', sourceTerm: 'council', targetTerm: 'Rat' })
        .expect(201)
    ).body;
    const suggestion = (await suggest(segments[1]).expect(200)).body as MachineTranslationSuggestion;
    expect(suggestion).toMatchObject({ text: '[DE] The Rat met on Monday.', glossaryApplied: true, cached: false });
    const glossaryId = deepl.translateRequests()[0].params.glossary_id;
    expect(deepl.glossaries.get(glossaryId)?.entries).toEqual([['council', 'Rat']]);

    await manager.patch(`/api/glossary/${term.id}`, { targetTerm: 'Sowjet' }).expect(200);
    expect((await suggest(segments[1]).expect(200)).body.text).toBe('[DE] The Sowjet met on Monday.');
    const replaced = deepl.translateRequests()[1].params.glossary_id;
    expect(replaced).not.toBe(glossaryId);
    expect(deepl.glossaries.has(glossaryId)).toBe(false); // the old copy is deleted on DeepL
    await manager.delete(`/api/glossary/${term.id}`).expect(204);
  });

  it('translates from the approved pivot edition when the edition is set to, and says so', async () => {
    await manager.patch(`/api/projects/${projectId}/languages/de`, { pivotLanguage: 'ru' }).expect(200);
    const before = (await suggest(segments[0]).expect(200)).body as MachineTranslationSuggestion;
    expect(before.translatedFrom).toMatchObject({ kind: 'source', language: 'en', fallbackReason: expect.stringMatching(/ru edition .* not approved/) });

    await ruTranslator
      .put(`/api/segments/${segments[0].id}/translations/ru`, { text: 'Пролетарии всех стран, соединяйтесь!', status: 'translated', version: 0 })
      .expect(200);
    await ruReviewer.post(`/api/segments/${segments[0].id}/translations/ru/review`, { decision: 'approve' }).expect(200);
    const pivot = (await suggest(segments[0]).expect(200)).body as MachineTranslationSuggestion;
    expect(pivot).toMatchObject({
      text: '[DE] Пролетарии всех стран, соединяйтесь!',
      translatedFrom: { kind: 'pivot', language: 'ru', text: 'Пролетарии всех стран, соединяйтесь!' },
    });
    expect(deepl.translateRequests().at(-1)!.params.source_lang).toBe('ru');
    await manager.patch(`/api/projects/${projectId}/languages/de`, { pivotLanguage: null }).expect(200);
  });

  it('refuses a pivot that is the edition itself or not an edition of the project', async () => {
    expect((await manager.patch(`/api/projects/${projectId}/languages/de`, { pivotLanguage: 'de' }).expect(422)).body.code).toBe('VALIDATION_FAILED');
    await translator.patch(`/api/projects/${projectId}/languages/de`, { formality: 'less' }).expect(403);
  });

  it('retries when DeepL is overloaded (429, 503) and then answers', async () => {
    deepl.failNext({ status: 429 }, { status: 503 });
    const suggestion = (await suggest(segments[3]).expect(200)).body as MachineTranslationSuggestion;
    expect(suggestion.text).toBe('[DE] All power to the councils!');
    expect(deepl.translateRequests().map((r) => r.status)).toEqual([429, 503, 200]);
  });

  it('says clearly when the quota is used up', async () => {
    deepl.characterLimit = 10;
    await t.db.query('DELETE FROM mt_cache');
    const res = await suggest(segments[3]).expect(503);
    expect(res.body).toMatchObject({ code: 'MT_QUOTA_EXCEEDED', message: expect.stringMatching(/quota .* used up/) });
  });

  it('says clearly when DeepL does not answer in time', async () => {
    await t.db.query('DELETE FROM mt_cache');
    deepl.failNext({ delayMs: 5000 }, { delayMs: 5000 }, { delayMs: 5000 }); // longer than every attempt's timeout
    const res = await suggest(segments[3]).expect(504);
    expect(res.body).toMatchObject({ code: 'MT_TIMEOUT', message: expect.stringMatching(/did not answer in time/) });
  }, 30_000);

  it('records post-editing effort when an MT suggestion is saved and edited', async () => {
    const suggestion = (await suggest(segments[1]).expect(200)).body as MachineTranslationSuggestion;
    const saved = await translator
      .put(`/api/segments/${segments[1].id}/translations/de`, { text: suggestion.text, status: 'draft', version: 0, origin: 'mt', suggestion: suggestion.text })
      .expect(200);
    expect(saved.body.origin).toBe('mt');
    const confirmed = await translator
      .put(`/api/segments/${segments[1].id}/translations/de`, { text: suggestion.text, status: 'translated', version: 1 })
      .expect(200);
    expect(confirmed.body.origin).toBe('mt'); // unchanged text keeps its origin
    const edited = await translator
      .put(`/api/segments/${segments[1].id}/translations/de`, { text: 'Der Rat tagte am Montag.', status: 'translated', version: 2 })
      .expect(200);
    expect(edited.body.origin).toBe('human');

    const stats = (await manager.get(`/api/projects/${projectId}/statistics/post-editing`).expect(200)).body;
    expect(stats.total).toMatchObject({ segments: 1, unedited: 0, mtCharacters: suggestion.text.length });
    expect(stats.total.editDistance).toBeGreaterThan(5);
    expect(stats.byLanguage).toEqual([expect.objectContaining({ language: 'de', segments: 1 })]);
    expect(stats.byTranslator).toEqual([expect.objectContaining({ displayName: 'translator', segments: 1 })]);
    expect(stats.byDocument).toHaveLength(1);
    await translator.get(`/api/projects/${projectId}/statistics/post-editing`).expect(403);
  });
});

describe('machine translation with a refused key', () => {
  const deepl = new FakeDeeplServer();
  let t: TestApp;

  beforeAll(async () => {
    await deepl.start();
    t = await createMtTestApp(deepl, 'revoked-key');
  });
  afterAll(async () => {
    await t.close();
    await deepl.stop();
  });

  it('tells the translator the key is refused and managers see it in the status', async () => {
    const manager = await setUpAdmin(t);
    const projectId = (await createProject(manager, 'en', ['de'])).id;
    const { segments } = await uploadLeaflet(manager, projectId);
    const translator = await addMember(t, manager, projectId, 'translator', 'de');
    const res = await translator.get(`/api/segments/${segments[0].id}/machine-translation?lang=de`).expect(503);
    expect(res.body).toMatchObject({ code: 'MT_AUTH_FAILED', message: expect.stringContaining('DEEPL_AUTH_KEY') });
    const status = (await manager.get(`/api/projects/${projectId}/machine-translation/status`).expect(200)).body;
    expect(status).toMatchObject({ enabled: true, usageError: expect.stringContaining('refused the API key') });
  });
});
