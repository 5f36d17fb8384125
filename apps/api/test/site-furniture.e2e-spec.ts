import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analysis, DocumentSummary, ImportResult, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

const SAMPLE = path.resolve(__dirname, '../../../../shared/samples/rabochaya-vlast-1992.txt');
const GOLD = path.resolve(__dirname, '../../../../shared/corpus/segmentation');

describe('a scraped page: site furniture kept, locked and left out of the counts', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let projectId: string;
  let document: ImportResult;
  let rows: SegmentRow[];
  const row = (source: string) => rows.find((r) => r.source === source)!;
  const segments = async (lang = 'ru'): Promise<SegmentRow[]> => (await manager.get(`/api/documents/${document.id}/segments?lang=${lang}`).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['ru', 'de'])).id;
    document = (await manager.upload(`/api/projects/${projectId}/documents`, 'rabochaya-vlast-1992.txt', fs.readFileSync(SAMPLE)).expect(201)).body;
    rows = await segments();
  });
  afterAll(() => t.close());

  it('marks the search box, share buttons and reading suggestions not translatable, the article and its headings translatable', () => {
    for (const source of ['Search', 'Close this search box.', 'You should also read', 'Share this Article', 'Facebook', 'Twitter', 'Print', 'Telegram']) {
      expect([source, row(source).translatable]).toEqual([source, false]);
    }
    for (const source of ['Rabochaya Vlast', 'Forward to a new red October!', 'Down with capitalism!', 'Join our ranks!']) {
      expect([source, row(source).translatable]).toEqual([source, true]);
    }
    expect(document.furnitureSegments).toBe(rows.filter((r) => !r.translatable).length);
    expect(document.furnitureSegments).toBeGreaterThanOrEqual(17);
  });

  it('counts the words of translatable segments only, in the document, its progress and the analysis', async () => {
    const words = rows.filter((r) => r.translatable).reduce((n, r) => n + r.wordCount, 0);
    expect(document.wordCount).toBe(words);
    const summary: DocumentSummary = (await manager.get(`/api/documents/${document.id}`).expect(200)).body;
    expect(summary.wordCount).toBe(words);
    expect(summary.progress.find((p) => p.language === 'ru')).toMatchObject({ words, segments: rows.filter((r) => r.translatable).length });
    const analysis: Analysis = (await manager.get(`/api/documents/${document.id}/analysis?lang=ru&format=json`).expect(200)).body;
    expect(analysis.total).toEqual({ segments: rows.filter((r) => r.translatable).length, words });
  });

  it('pre-translates the segments for translation only', async () => {
    const job = (await manager.post(`/api/documents/${document.id}/pretranslate`, { lang: 'de', useMt: false }).expect(201)).body;
    expect(job.total).toBe(rows.filter((r) => r.translatable).length);
  });

  it('refuses a translation of a furniture line; a translator switches it back, a manager marks one not translatable', async () => {
    const translator = await addMember(t, manager, projectId, 'translator', 'ru', 'Tanya');
    const print = row('Print');
    await translator.put(`/api/segments/${print.id}/translations/ru`, { text: 'Печать', status: 'translated', version: 0 }).expect(422);

    const switched = (await translator.patch(`/api/segments/${print.id}`, { translatable: true }).expect(200)).body;
    expect(switched).toEqual({ id: print.id, translatable: true, wordCount: 1 });
    await translator.put(`/api/segments/${print.id}/translations/ru`, { text: 'Печать', status: 'translated', version: 0 }).expect(200);
    const summary: DocumentSummary = (await manager.get(`/api/documents/${document.id}`).expect(200)).body;
    expect(summary.wordCount).toBe(document.wordCount + 1);

    const heading = row('Rabochaya Vlast');
    await translator.patch(`/api/segments/${heading.id}`, { translatable: false }).expect(403);
    await manager.patch(`/api/segments/${heading.id}`, { translatable: 'no' }).expect(422);
    await manager.patch(`/api/segments/${heading.id}`, { translatable: false }).expect(200);
    expect((await segments()).find((r) => r.id === heading.id)!.translatable).toBe(false);
    await manager.patch(`/api/segments/${heading.id}`, { translatable: true }).expect(200);
  });

  it('exports the furniture as it was (keep) or leaves it out (drop), as the publisher chooses', async () => {
    const keep = (await manager.get(`/api/documents/${document.id}/export?lang=de`).expect(200)).text;
    expect(keep).toBe(fs.readFileSync(SAMPLE, 'utf8'));
    const drop = (await manager.get(`/api/documents/${document.id}/export?lang=de&furniture=drop`).expect(200)).text;
    expect(drop).not.toContain('Share this Article');
    expect(drop).not.toContain('Close this search box.');
    expect(drop).not.toMatch(/^Search/);
    expect(drop).toContain('Rabochaya Vlast leaflet distributed in Moscow, 7 November 1992');
    expect(drop).toContain('Print'); // switched back to translatable above
    await manager.get(`/api/documents/${document.id}/export?lang=de&furniture=hide`).expect(422);
  });
});

describe('the declared language checked on import', () => {
  let t: TestApp;
  let manager: TestBrowser;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
  });
  afterAll(() => t.close());

  it('warns before storing an English text in a Russian project, and stores it when confirmed', async () => {
    const projectId = (await createProject(manager, 'ru', ['en'])).id;
    const warned = await manager.upload(`/api/projects/${projectId}/documents`, 'leaflet.txt', fs.readFileSync(SAMPLE)).expect(409);
    expect(warned.body.code).toBe('LANGUAGE_MISMATCH');
    expect(warned.body.details).toMatchObject({ detected: 'en', expected: 'ru' });
    expect(warned.body.details.confidence).toBeGreaterThan(0.8);
    expect((await manager.get(`/api/projects/${projectId}/documents`).expect(200)).body).toEqual([]);

    const stored = await manager
      .upload(`/api/projects/${projectId}/documents`, 'leaflet.txt', fs.readFileSync(SAMPLE), { confirmLanguage: 'true' })
      .expect(201);
    expect(stored.body.segmentCount).toBeGreaterThan(30);
    expect((await manager.get(`/api/projects/${projectId}/documents`).expect(200)).body).toHaveLength(1);
  });

  it('tells German from English in a short text', async () => {
    const projectId = (await createProject(manager, 'en', ['ru'])).id;
    const german = 'Die Regierung hat am Montag neue Maßnahmen beschlossen. Die Opposition kritisierte das scharf.';
    const res = await manager.upload(`/api/projects/${projectId}/documents`, 'kurz.txt', german).expect(409);
    expect(res.body.details).toMatchObject({ detected: 'de', expected: 'en' });
  });

  it('gives no warning for a text too short to tell, nor for real Russian, German and English texts in their projects', async () => {
    const ru = (await createProject(manager, 'ru', ['en'])).id;
    await manager.upload(`/api/projects/${ru}/documents`, 'short.txt', 'Hello world').expect(201);
    for (const [lang, file] of [
      ['ru', 'golden_rules_ru.json'],
      ['de', 'golden_rules_de.json'],
      ['en', 'golden_rules_en.json'],
    ] as const) {
      const projectId = (await createProject(manager, lang, lang === 'en' ? ['ru'] : ['en'])).id;
      const cases: { text: string }[] = JSON.parse(fs.readFileSync(path.join(GOLD, file), 'utf8'));
      // one document per gold case, as a user would bring short texts one by one, and one with them all
      for (const [i, c] of cases.entries()) {
        const res = await manager.upload(`/api/projects/${projectId}/documents`, `${lang}-${i}.txt`, c.text);
        expect([lang, i, res.status, res.body.details]).toEqual([lang, i, 201, undefined]);
      }
      await manager.upload(`/api/projects/${projectId}/documents`, `${lang}-all.txt`, cases.map((c) => c.text).join('\n\n')).expect(201);
    }
  });
});
