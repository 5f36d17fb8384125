import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GlossaryImportResult, GlossaryTerm, SegmentGlossary } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import type { TestBrowser } from './support/test-browser';
import { addMember, createProject, setUpAdmin } from './support/factories';
import { uploadLeaflet } from './support/mt-test-app';

const TBX_FIXTURES = path.join(__dirname, '../../../../shared/corpus/formats/tbx');

describe('project glossary', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'ru', ['de', 'en'])).id;
    translator = await addMember(t, manager, projectId, 'translator', 'de');
  });
  afterAll(() => t.close());

  const importFile = (name: string, content: string | Buffer, fields: Record<string, string>) => {
    const req = manager.agent.post(`/api/projects/${projectId}/glossary/import`).set('X-CSRF-Token', manager.csrfToken);
    for (const [k, v] of Object.entries(fields)) req.field(k, v);
    return req.attach('file', Buffer.from(content), name);
  };

  it('lets managers add, change and delete terms, and refuses duplicates and other people', async () => {
    const created = (
      await manager
        .post(`/api/projects/${projectId}/glossary`, {
          sourceLanguage: 'ru',
          targetLanguage: 'de',
          sourceTerm: 'забастовка',
          targetTerm: 'Streik',
          note: 'not "Ausstand"',
          forbidden: ['Ausstand'],
        })
        .expect(201)
    ).body as GlossaryTerm;
    expect(created).toMatchObject({ sourceTerm: 'забастовка', targetTerm: 'Streik', forbidden: ['Ausstand'] });
    const duplicate = await manager
      .post(`/api/projects/${projectId}/glossary`, { sourceLanguage: 'ru', targetLanguage: 'de', sourceTerm: 'Забастовка', targetTerm: 'Arbeitskampf' })
      .expect(422);
    expect(duplicate.body.message).toMatch(/already in the ru→de glossary/);
    await translator
      .post(`/api/projects/${projectId}/glossary`, { sourceLanguage: 'ru', targetLanguage: 'de', sourceTerm: 'совет', targetTerm: 'Rat' })
      .expect(403);
    await manager
      .post(`/api/projects/${projectId}/glossary`, { sourceLanguage: 'ru', targetLanguage: 'fr', sourceTerm: 'совет', targetTerm: 'conseil' })
      .expect(422);
    expect((await manager.patch(`/api/glossary/${created.id}`, { note: null }).expect(200)).body.note).toBeNull();
    expect((await translator.get(`/api/projects/${projectId}/glossary?source=ru&target=de`).expect(200)).body).toHaveLength(1);
    await manager.delete(`/api/glossary/${created.id}`).expect(204);
    expect((await manager.get(`/api/projects/${projectId}/glossary`).expect(200)).body).toEqual([]);
  });

  it('round-trips CSV: import, export, import again changes nothing', async () => {
    const csv = 'source,target,note,forbidden\nрабочая власть,Arbeitermacht,"Titel, 1992",Arbeiterregierung|Werktätigenmacht\nсовет,Rat,,Sowjet\n';
    const first = (await importFile('terms.csv', csv, { sourceLanguage: 'ru', targetLanguage: 'de' }).expect(200)).body as GlossaryImportResult;
    expect(first).toEqual({ read: 2, created: 2, updated: 0, skipped: 0, languagesInFile: [] });
    const exported = await manager.get(`/api/projects/${projectId}/glossary/export?format=csv&source=ru&target=de`).expect(200);
    expect(exported.headers['content-type']).toMatch(/text\/csv/);
    const again = (await importFile('again.csv', exported.text, { sourceLanguage: 'ru', targetLanguage: 'de' }).expect(200)).body;
    expect(again).toMatchObject({ read: 2, created: 0, updated: 2 });
    const terms = (await manager.get(`/api/projects/${projectId}/glossary?source=ru&target=de`).expect(200)).body as GlossaryTerm[];
    expect(terms.map(({ sourceTerm, targetTerm, note, forbidden }) => ({ sourceTerm, targetTerm, note, forbidden }))).toEqual([
      { sourceTerm: 'рабочая власть', targetTerm: 'Arbeitermacht', note: 'Titel, 1992', forbidden: ['Arbeiterregierung', 'Werktätigenmacht'] },
      { sourceTerm: 'совет', targetTerm: 'Rat', note: null, forbidden: ['Sowjet'] },
    ]);
  });

  it('round-trips TBX into another language pair', async () => {
    const tbx = (await manager.get(`/api/projects/${projectId}/glossary/export?format=tbx&source=ru&target=de`).expect(200)).text;
    expect(tbx).toContain('<langSet xml:lang="de">');
    const result = (await importFile('terms.tbx', tbx, { sourceLanguage: 'ru', targetLanguage: 'de' }).expect(200)).body;
    expect(result).toEqual({ read: 2, created: 0, updated: 2, skipped: 0, languagesInFile: ['de', 'ru'] });
    const sameTerms = (await manager.get(`/api/projects/${projectId}/glossary?source=ru&target=de`).expect(200)).body as GlossaryTerm[];
    expect(sameTerms.find((t) => t.sourceTerm === 'рабочая власть')?.forbidden).toEqual(['Arbeiterregierung', 'Werktätigenmacht']);
  });

  it.each(['okapi_maryland.tbx', 'okapi_oracle.tbx', 'omegat_sampleTBXfile.tbx'])('reads the fixture %s and says which languages it holds', async (file) => {
    const result = (await importFile(file, fs.readFileSync(path.join(TBX_FIXTURES, file)), { sourceLanguage: 'ru', targetLanguage: 'en' }).expect(200))
      .body as GlossaryImportResult;
    expect(result.read).toBeGreaterThan(0);
    expect(result).toMatchObject({ created: 0, skipped: result.read });
    expect(result.languagesInFile).toContain('en');
  });

  it('refuses a broken file with a clear message', async () => {
    const res = await importFile('broken.tbx', '<martif><text><body>', { sourceLanguage: 'ru', targetLanguage: 'de' }).expect(400);
    expect(res.body).toMatchObject({ code: 'FILE_REJECTED', message: expect.stringMatching(/not well-formed/) });
  });

  it('finds terms in a segment, counts inflected forms, and warns about missing and forbidden translations', async () => {
    const { segments } = await uploadLeaflet(manager, projectId, 'Вся власть советам рабочих!');
    const check = async () => (await translator.get(`/api/segments/${segments[0].id}/glossary?lang=de`).expect(200)).body as SegmentGlossary;

    const empty = await check();
    expect(empty.terms).toEqual([
      expect.objectContaining({ sourceTerm: 'совет', targetTerm: 'Rat', match: 'inflected', matchedText: 'советам', presentInTarget: false }),
    ]);
    expect(empty.warnings).toEqual([]); // nothing to check until there is a translation

    await translator
      .put(`/api/segments/${segments[0].id}/translations/de`, { text: 'Alle Macht den Sowjets der Arbeiter!', status: 'draft', version: 0 })
      .expect(200);
    expect((await check()).warnings.map((w) => w.kind)).toEqual(['missing-term', 'forbidden-term']);

    await translator
      .put(`/api/segments/${segments[0].id}/translations/de`, { text: 'Alle Macht den Räten der Arbeiter!', status: 'draft', version: 1 })
      .expect(200);
    const fixed = await check();
    expect(fixed.terms[0].presentInTarget).toBe(true); // "Räten" is an inflected "Rat"
    expect(fixed.warnings).toEqual([]);
  });
});
