import type { Alignment, AlignmentCommitResult, MatchesResponse, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import type { TestBrowser } from './support/test-browser';
import { addMember, createProject, setUpAdmin } from './support/factories';
import { FakeDeeplServer } from '@interlinea/testing-deepl';
import { createMtTestApp } from './support/mt-test-app';

// A leaflet published earlier in English, German and Russian: the German edition merges two English
// sentences into one, the Russian one drops the last sentence.
const EN = [
  'Volunteers meet every Tuesday at 18:00 in the library on Market Street 12.',
  'Bring a laptop if you have one.',
  'We translate leaflets about tenant rights.',
  'In 2023 we published 48 leaflets in three languages.',
  'Write to info@example.org if you have questions.',
  'Thank you for your help!',
].join(' ');
const DE = [
  'Die Freiwilligen treffen sich jeden Dienstag um 18:00 in der Bibliothek in der Marktstraße 12 und bringen, wenn vorhanden, einen Laptop mit.',
  'Wir übersetzen Flugblätter über Mieterrechte.',
  'Im Jahr 2023 haben wir 48 Flugblätter in drei Sprachen veröffentlicht.',
  'Schreiben Sie an info@example.org, wenn Sie Fragen haben.',
  'Vielen Dank für Ihre Hilfe!',
].join(' ');
const RU = [
  'Волонтёры встречаются каждый вторник в 18:00 в библиотеке на Рыночной улице, 12.',
  'Возьмите ноутбук, если он у вас есть.',
  'Мы переводим листовки о правах жильцов.',
  'В 2023 году мы опубликовали 48 листовок на трёх языках.',
  'Пишите на info@example.org, если у вас есть вопросы.',
].join(' ');

describe('alignment of earlier editions', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['de', 'ru'])).id;
    translator = await addMember(t, manager, projectId, 'translator', 'de');
  });
  afterAll(() => t.close());

  const upload = (who: TestBrowser, languages: string, files: Array<[string, string]>) => {
    const req = who.agent.post(`/api/projects/${projectId}/alignments`).set('X-CSRF-Token', who.csrfToken).field('languages', languages);
    for (const [name, text] of files) req.attach('files', Buffer.from(text), name);
    return req;
  };
  const rowTexts = (a: Alignment) => a.rows.map((r) => r.sentences.map((s, e) => s.map((i) => a.editions[e].sentences[i]).join(' ')));

  it('aligns three editions into rows, one row per unit of meaning', async () => {
    const res = await upload(manager, 'en,de,ru', [
      ['leaflet.en.txt', EN],
      ['leaflet.de.txt', DE],
      ['leaflet.ru.txt', RU],
    ]).expect(201);
    const a = res.body as Alignment;
    expect(a.editions.map((e) => e.sentences.length)).toEqual([6, 5, 5]);
    const rows = rowTexts(a);
    // the German sentence that says two English ones is one row with both, and both Russian ones
    expect(rows[0][0]).toContain('Bring a laptop');
    expect(rows[0][1]).toContain('Laptop');
    expect(rows[0][2]).toContain('ноутбук');
    // the sentence Russian lacks is a row without Russian
    expect(rows[rows.length - 1]).toEqual(['Thank you for your help!', 'Vielen Dank für Ihre Hilfe!', '']);
    expect(rows.find((r) => r[0].startsWith('In 2023'))).toEqual([
      'In 2023 we published 48 leaflets in three languages.',
      'Im Jahr 2023 haben wir 48 Flugblätter in drei Sprachen veröffentlicht.',
      'В 2023 году мы опубликовали 48 листовок на трёх языках.',
    ]);
    expect(a.rows.every((r) => r.confidence >= 0 && r.confidence <= 1)).toBe(true);
  });

  it('refuses bad uploads with the field named, and people who do not manage the project', async () => {
    const one = await upload(manager, 'en', [['a.txt', EN]]).expect(422);
    expect(JSON.stringify(one.body)).toMatch(/languages|files/);
    const mismatch = await upload(manager, 'en,de,ru', [
      ['a.txt', EN],
      ['b.txt', DE],
    ]).expect(422);
    expect(JSON.stringify(mismatch.body)).toMatch(/one language per file/);
    const foreign = await upload(manager, 'en,fr', [
      ['a.txt', EN],
      ['b.txt', DE],
    ]).expect(422);
    expect(JSON.stringify(foreign.body)).toMatch(/languages/);
    await upload(translator, 'en,de', [
      ['a.txt', EN],
      ['b.txt', DE],
    ]).expect(403);
    expect((await manager.get(`/api/projects/${projectId}/alignments`).expect(200)).body).toHaveLength(1);
  });

  it('saves review edits over the version they were made on, then commits the rows into the memory', async () => {
    let a = (
      await upload(manager, 'en,de', [
        ['two.en.txt', EN],
        ['two.de.txt', DE],
      ]).expect(201)
    ).body as Alignment;
    const rowsBefore = a.rows.length;
    // split the first row (2 English : 1 German) and merge it back
    a = (await manager.post(`/api/alignments/${a.id}/edits`, { action: 'split', version: a.version, row: 0 }).expect(200)).body;
    expect(a.rows).toHaveLength(rowsBefore + 1);
    expect(rowTexts(a)[1]).toEqual(['Bring a laptop if you have one.', '']);
    const stale = await manager.post(`/api/alignments/${a.id}/edits`, { action: 'merge', version: a.version - 1, row: 0 }).expect(409);
    expect(stale.body.details.current.version).toBe(a.version);
    a = (await manager.post(`/api/alignments/${a.id}/edits`, { action: 'merge', version: a.version, row: 0 }).expect(200)).body;
    expect(rowTexts(a)[0][0]).toBe(EN.split(' Bring')[0] + ' Bring a laptop if you have one.');
    // move the German sentence of row 1 up into row 0, then back down
    a = (await manager.post(`/api/alignments/${a.id}/edits`, { action: 'move-up', version: a.version, row: 1, edition: 1 }).expect(200)).body;
    expect(rowTexts(a)[0][1]).toContain('Mieterrechte');
    a = (await manager.post(`/api/alignments/${a.id}/edits`, { action: 'move-down', version: a.version, row: 0, edition: 1 }).expect(200)).body;
    expect(rowTexts(a)[1]).toEqual(['We translate leaflets about tenant rights.', 'Wir übersetzen Flugblätter über Mieterrechte.']);
    const bad = await manager.post(`/api/alignments/${a.id}/edits`, { action: 'move-up', version: a.version, row: 99, edition: 0 }).expect(422);
    expect(JSON.stringify(bad.body)).toMatch(/row 99/);
    // the "Write to" row is marked bad: it stays out of the memory
    const questions = rowTexts(a).findIndex((r) => r[0].startsWith('Write to'));
    a = (await manager.post(`/api/alignments/${a.id}/edits`, { action: 'mark-bad', version: a.version, row: questions, bad: true }).expect(200)).body;
    await translator.post(`/api/alignments/${a.id}/commit`, { version: a.version, memory: true }).expect(403);
    const result = (await manager.post(`/api/alignments/${a.id}/commit`, { version: a.version, memory: true }).expect(200)).body as AlignmentCommitResult;
    expect(result).toMatchObject({ memoryUnits: a.rows.length - 1, documentId: null, skippedRows: 1 });
    await manager.post(`/api/alignments/${a.id}/commit`, { version: a.version + 1, memory: true }).expect(409);

    // a new document with an aligned sentence is offered the German edition, marked aligned and a few points lower
    const doc = await manager.agent
      .post(`/api/projects/${projectId}/documents`)
      .set('X-CSRF-Token', manager.csrfToken)
      .attach('file', Buffer.from('We translate leaflets about tenant rights.\n\nWrite to info@example.org if you have questions.\n'), 'new.txt')
      .expect(201);
    const segments = (await manager.get(`/api/documents/${doc.body.id}/segments?lang=de`).expect(200)).body as SegmentRow[];
    const matches = (await manager.get(`/api/segments/${segments[0].id}/matches?lang=de`).expect(200)).body as MatchesResponse;
    expect(matches.matches[0]).toMatchObject({ target: 'Wir übersetzen Flugblätter über Mieterrechte.', origin: 'aligned' });
    expect(matches.matches[0].score).toBeLessThan(100);
    const none = (await manager.get(`/api/segments/${segments[1].id}/matches?lang=de`).expect(200)).body as MatchesResponse;
    expect(none.matches.find((m) => m.origin === 'aligned' && m.score >= 90)).toBeUndefined();
  });

  it('commits reviewed rows as a document whose editions are filled and approved through the ledger', async () => {
    const a = (
      await upload(manager, 'en,de,ru', [
        ['published.en.txt', EN],
        ['published.de.txt', DE],
        ['published.ru.txt', RU],
      ]).expect(201)
    ).body as Alignment;
    const result = (
      await manager.post(`/api/alignments/${a.id}/commit`, { version: a.version, memory: false, document: true, title: 'Leaflet 2023' }).expect(200)
    ).body as AlignmentCommitResult;
    expect(result.documentId).toBeTruthy();
    const de = (await manager.get(`/api/documents/${result.documentId}/segments?lang=de`).expect(200)).body as SegmentRow[];
    expect(de).toHaveLength(a.rows.filter((r) => r.sentences[0].length).length);
    expect(de.every((s) => s.translation?.status === 'approved')).toBe(true);
    expect(de.find((s) => s.source.trim().startsWith('In 2023'))?.translation?.text).toBe(
      'Im Jahr 2023 haben wir 48 Flugblätter in drei Sprachen veröffentlicht.',
    );
    const ru = (await manager.get(`/api/documents/${result.documentId}/segments?lang=ru`).expect(200)).body as SegmentRow[];
    expect(ru[ru.length - 1].translation).toBeNull(); // "Thank you" has no Russian edition
    expect(ru.filter((s) => s.translation?.status === 'approved')).toHaveLength(ru.length - 1);
    const revisions = (await manager.get(`/api/segments/${de[0].id}/translations/de/revisions`).expect(200)).body as Array<{ kind?: string }>;
    expect(JSON.stringify(revisions)).toMatch(/aligned/);
  });
});

describe('alignment with machine translation of the first edition (DeepL)', () => {
  const deepl = new FakeDeeplServer();
  let t: TestApp;
  let manager: TestBrowser;
  let projectId: string;

  beforeAll(async () => {
    await deepl.start();
    t = await createMtTestApp(deepl);
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['de', 'ru'])).id;
  });
  afterAll(async () => {
    await t.close();
    await deepl.stop();
  });

  it('sends the first edition to DeepL only when asked, once per other language, and still aligns every sentence', async () => {
    const upload = (mt: boolean) =>
      manager.agent
        .post(`/api/projects/${projectId}/alignments`)
        .set('X-CSRF-Token', manager.csrfToken)
        .field('languages', 'en,de')
        .field('machineTranslation', String(mt))
        .attach('files', Buffer.from(EN), 'a.en.txt')
        .attach('files', Buffer.from(DE), 'a.de.txt')
        .expect(201);
    await upload(false);
    expect(deepl.answeredTexts()).toEqual([]);
    const a = (await upload(true)).body as Alignment;
    expect([...deepl.answeredTexts()].sort()).toEqual([...a.editions[0].sentences].sort());
    expect(a.rows.flatMap((r) => r.sentences[0])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(a.rows.flatMap((r) => r.sentences[1])).toEqual([0, 1, 2, 3, 4]);
  });
});
