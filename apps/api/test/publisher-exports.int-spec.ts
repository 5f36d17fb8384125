import type { IncomingMessage } from 'node:http';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Comment, ExportPreview, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import type { TestBrowser } from './support/test-browser';
import { addMember, createProject, setUpAdmin } from './support/factories';

const LEAFLET = 'Workers <b>unite</b> & win!\n\nThe strike starts at dawn. Bring your friends.\n\nAll power to the councils.\n';

function binary(res: IncomingMessage, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
const asBinary = binary as unknown as (res: unknown, callback: (err: Error | null, body: unknown) => void) => void;

describe("the publisher's exports: the warning before export, comments as XLIFF notes, parallel editions, all editions in a ZIP", () => {
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let reviewer: TestBrowser;
  let publisher: TestBrowser;
  let documentId: string;
  let rows: SegmentRow[];

  const url = (segmentId: string, lang = 'ru') => `/api/segments/${segmentId}/translations/${lang}`;
  const comments = async (): Promise<number> => (await t.db.query('SELECT count(*)::int AS n FROM segment_comment'))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    const project = await createProject(manager, 'en', ['ru', 'de']);
    translator = await addMember(t, manager, project.id, 'translator', 'ru', 'Tanya');
    reviewer = await addMember(t, manager, project.id, 'reviewer', 'ru', 'Roman');
    publisher = await addMember(t, manager, project.id, 'publisher', null, 'Pavel');
    documentId = (await manager.upload(`/api/projects/${project.id}/documents`, 'leaflet.txt', LEAFLET, { confirmLanguage: 'true' }).expect(201)).body.id;
    rows = (await manager.get(`/api/documents/${documentId}/segments?lang=ru`).expect(200)).body;
    expect(rows.map((r) => r.source)).toEqual([
      'Workers <b>unite</b> & win!',
      'The strike starts at dawn.',
      'Bring your friends.',
      'All power to the councils.',
    ]);
    // ru: approved, rejected, confirmed (unreviewed), draft (unreviewed); de: nothing yet
    await translator.put(url(rows[0].id), { text: 'Рабочие, <b>объединяйтесь</b> и побеждайте!', status: 'translated', version: 0 }).expect(200);
    await reviewer.post(`${url(rows[0].id)}/review`, { decision: 'approve', version: 1 }).expect(200);
    await translator.put(url(rows[1].id), { text: 'Забастовка начинается на рассвете.', status: 'translated', version: 0 }).expect(200);
    await reviewer.post(`${url(rows[1].id)}/review`, { decision: 'reject', comment: 'Say “at first light”.', version: 1 }).expect(200);
    await translator.put(url(rows[2].id), { text: 'Приводите друзей.', status: 'translated', version: 0 }).expect(200);
    await translator.put(url(rows[3].id), { text: 'Вся власть Советам', status: 'draft', version: 0 }).expect(200);
  });
  afterAll(() => t?.close());

  it('says before export how many rejected and unreviewed translations go out, and which', async () => {
    const preview: ExportPreview = (await publisher.get(`/api/documents/${documentId}/export/preview?lang=ru&unapproved=current`).expect(200)).body;
    expect(preview).toMatchObject({
      lang: 'ru',
      unapproved: 'translation',
      segments: 4,
      approved: 1,
      rejected: 1,
      unreviewed: 2,
      untranslated: 0,
      refused: false,
    });
    expect(preview.items.map((i) => [i.index, i.reason, i.status, i.text])).toEqual([
      [1, 'rejected', 'rejected', 'Забастовка начинается на рассвете.'],
      [2, 'unreviewed', 'translated', 'Приводите друзей.'],
      [3, 'unreviewed', 'draft', 'Вся власть Советам'],
    ]);
    expect(preview.items[0].segmentId).toBe(rows[1].id);

    // with the source standing in, the same segments are listed, but none of their translations goes out
    const source: ExportPreview = (await publisher.get(`/api/documents/${documentId}/export/preview?lang=ru&unapproved=source`).expect(200)).body;
    expect(source.items.map((i) => i.text)).toEqual([null, null, null]);
    const refuse: ExportPreview = (await publisher.get(`/api/documents/${documentId}/export/preview?lang=ru&unapproved=refuse`).expect(200)).body;
    expect(refuse.refused).toBe(true);
    const de: ExportPreview = (await publisher.get(`/api/documents/${documentId}/export/preview?lang=de`).expect(200)).body;
    expect(de).toMatchObject({ approved: 0, rejected: 0, unreviewed: 0, untranslated: 4 });

    await translator.get(`/api/documents/${documentId}/export/preview?lang=ru`).expect(403);
    const bad = await publisher.get(`/api/documents/${documentId}/export/preview?lang=ru&unapproved=maybe`).expect(422);
    expect(bad.body.details[0].field).toBe('unapproved');
  });

  it('carries the comments about the edition as XLIFF notes with author and date; re-importing the file adds no comments', async () => {
    const about: Comment = (await reviewer.post(`/api/segments/${rows[0].id}/comments`, { body: 'Comma <after> “Рабочие”?', language: 'ru' }).expect(201)).body;
    await publisher.post(`/api/segments/${rows[0].id}/comments`, { body: 'Keep the slogan short in every edition.' }).expect(201);
    await manager.post(`/api/segments/${rows[0].id}/comments`, { body: 'Nur für die deutsche Ausgabe.', language: 'de' }).expect(201);

    const xliff12 = (await publisher.get(`/api/documents/${documentId}/export?lang=ru&format=xliff12`).buffer(true).expect(200)).text;
    expect(xliff12).toContain(`<note from="Roman" annotates="target" il:created="${about.createdAt}">Comma &lt;after&gt; “Рабочие”?</note>`);
    expect(xliff12).toMatch(/<note from="Pavel" annotates="general" il:created="[^"]+">Keep the slogan short in every edition\.<\/note>/);
    expect(xliff12).toMatch(/<note from="Roman" annotates="target" il:created="[^"]+">Say “at first light”\.<\/note>/);
    expect(xliff12).not.toContain('Nur für die deutsche Ausgabe');

    const xliff20 = (await publisher.get(`/api/documents/${documentId}/export?lang=ru&format=xliff20`).buffer(true).expect(200)).text;
    expect(xliff20).toContain(
      `<note category="comment" appliesTo="target" il:author="Roman" il:created="${about.createdAt}">Comma &lt;after&gt; “Рабочие”?</note>`,
    );
    expect(xliff20).toContain('<note category="rejection" appliesTo="target" il:author="Roman"');

    const before = await comments();
    for (const [file, name] of [
      [xliff12, 'leaflet.ru.xlf'],
      [xliff20, 'leaflet.ru.xliff'],
    ]) {
      const update = await manager.agent
        .post(`/api/documents/${documentId}/xliff`)
        .set('x-csrf-token', manager.csrfToken)
        .attach('file', Buffer.from(file), name)
        .expect(200);
      expect(update.body).toMatchObject({ language: 'ru', updated: 0, unknown: [] });
    }
    expect(await comments()).toBe(before);
    const again = (await publisher.get(`/api/documents/${documentId}/export?lang=ru&format=xliff12`).buffer(true).expect(200)).text;
    expect(again.match(/<note /g)).toHaveLength(xliff12.match(/<note /g)!.length);
  });

  it('writes a parallel edition as a standalone HTML page: paragraphs aligned, each in its language, markup escaped', async () => {
    const res = await publisher.get(`/api/documents/${documentId}/export/parallel?langs=ru,de&format=html&overrideQa=true`).buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('leaflet.en-ru-de.parallel.html');
    const html = res.text;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    const cells = [...html.matchAll(/<tr class="row row--paragraph">(.*?)<\/tr>/g)].map((m) =>
      [...m[1].matchAll(/<td lang="(\w+)">(.*?)<\/td>/g)].map((c) => [c[1], c[2]]),
    );
    expect(cells).toEqual([
      [
        ['en', 'Workers &lt;b&gt;unite&lt;/b&gt; &amp; win!'],
        ['ru', 'Рабочие, &lt;b&gt;объединяйтесь&lt;/b&gt; и побеждайте!'],
        ['de', 'Workers &lt;b&gt;unite&lt;/b&gt; &amp; win!'],
      ],
      [
        ['en', 'The strike starts at dawn. Bring your friends.'],
        ['ru', 'Забастовка начинается на рассвете. Приводите друзей.'],
        ['de', 'The strike starts at dawn. Bring your friends.'],
      ],
      [
        ['en', 'All power to the councils.'],
        ['ru', 'Вся власть Советам'],
        ['de', 'All power to the councils.'],
      ],
    ]);
    expect(html).not.toMatch(/<b>|<script|src=|href=/);
    expect(html).toContain('@media print');

    const sourceOnly = await publisher.get(`/api/documents/${documentId}/export/parallel?langs=ru&unapproved=source&overrideQa=true`).buffer(true).expect(200);
    expect(sourceOnly.text).toContain('<td lang="ru">All power to the councils.</td>');
    expect(sourceOnly.text).toContain('<td lang="ru">Рабочие, &lt;b&gt;объединяйтесь&lt;/b&gt; и побеждайте!</td>');

    const tooMany = await publisher.get(`/api/documents/${documentId}/export/parallel?langs=ru,de,en`).expect(422);
    expect(tooMany.body.details[0].field).toBe('langs');
    await publisher.get(`/api/documents/${documentId}/export/parallel?langs=fr`).expect(422);
    await translator.get(`/api/documents/${documentId}/export/parallel?langs=ru`).expect(403);
  });

  it('writes a parallel edition as a Word table that opens, one row per paragraph', async () => {
    const res = await publisher
      .get(`/api/documents/${documentId}/export/parallel?langs=ru&format=docx&overrideQa=true`)
      .buffer(true)
      .parse(asBinary)
      .expect(200);
    expect(res.headers['content-disposition']).toContain('leaflet.en-ru.parallel.docx');
    const { value: html } = await mammoth.convertToHtml({ buffer: res.body as Buffer });
    const table = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
      [...row[1].matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, '')),
    );
    expect(table).toEqual([
      ['English — original', 'Русский'],
      ['Workers &lt;b&gt;unite&lt;/b&gt; &amp; win!', 'Рабочие, &lt;b&gt;объединяйтесь&lt;/b&gt; и побеждайте!'],
      ['The strike starts at dawn. Bring your friends.', 'Забастовка начинается на рассвете. Приводите друзей.'],
      ['All power to the councils.', 'Вся власть Советам'],
    ]);
  });

  it('puts every edition of the document into one ZIP', async () => {
    const res = await publisher.get(`/api/documents/${documentId}/export/all?overrideQa=true`).buffer(true).parse(asBinary).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain('leaflet.editions.zip');
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    expect(Object.keys(files).sort()).toEqual(['leaflet.de.txt', 'leaflet.ru.txt']);
    expect(strFromU8(files['leaflet.ru.txt'])).toContain('Рабочие, <b>объединяйтесь</b> и побеждайте!');
    expect(strFromU8(files['leaflet.de.txt'])).toBe(LEAFLET);

    const xliffs = unzipSync(
      new Uint8Array((await publisher.get(`/api/documents/${documentId}/export/all?format=xliff20`).buffer(true).parse(asBinary).expect(200)).body as Buffer),
    );
    expect(Object.keys(xliffs).sort()).toEqual(['leaflet.de.xliff', 'leaflet.ru.xliff']);
    // refusing unapproved segments refuses the whole archive, naming them
    const refused = await publisher.get(`/api/documents/${documentId}/export/all?unapproved=refuse&overrideQa=true`).expect(422);
    expect(refused.body.details.segments.length).toBeGreaterThan(0);
    await translator.get(`/api/documents/${documentId}/export/all`).expect(403);
  });
});
