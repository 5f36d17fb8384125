import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ImportResult, SegmentRow, Translation } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

const SAMPLE = path.resolve(__dirname, '../../../../shared/samples/rabochaya-vlast-1992.txt');

describe('a document from upload to exported edition', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let projectId: string;
  let document: ImportResult;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['ru', 'de'])).id;
  });
  afterAll(() => t.close());

  it('imports the sample leaflet into sentence segments, keeping its paragraphs', async () => {
    const res = await manager.upload(`/api/projects/${projectId}/documents`, 'rabochaya-vlast-1992.txt', fs.readFileSync(SAMPLE)).expect(201);
    document = res.body;
    expect(document.title).toBe('rabochaya-vlast-1992');
    const rows: SegmentRow[] = (await manager.get(`/api/documents/${document.id}/segments?lang=ru`).expect(200)).body;
    expect(rows).toHaveLength(document.segmentCount);
    const sources = rows.map((r) => r.source);
    expect(sources).toContain('Rabochaya Vlast leaflet distributed in Moscow, 7 November 1992');
    expect(sources).toContain('Down with capitalism!');
    expect(sources).toContain('Down with Stalinism!');
    // the two sentences of one paragraph share a block, the next paragraph starts another
    const first = rows.find((r) => r.source === 'Down with capitalism!')!;
    const second = rows.find((r) => r.source === 'Down with Stalinism!')!;
    const next = rows.find((r) => r.source === 'Rabochaya Vlast')!;
    expect(second.blockIndex).toBe(first.blockIndex);
    expect(next.blockIndex).toBeGreaterThan(first.blockIndex);
    expect(rows.every((r) => r.translation === null)).toBe(true);
  });

  it('lists the document with its counts and per-edition progress', async () => {
    const docs = (await manager.get(`/api/projects/${projectId}/documents`).expect(200)).body;
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ id: document.id, segmentCount: document.segmentCount, wordCount: document.wordCount });
    expect(docs[0].progress.map((p: { language: string }) => p.language)).toEqual(['ru', 'de']);
  });

  it('translates, detects a stale save, reviews and exports the Russian edition', async () => {
    const translator = await addMember(t, manager, projectId, 'translator', 'ru', 'Tanya');
    const reviewer = await addMember(t, manager, projectId, 'reviewer', 'ru', 'Roman');
    const rows: SegmentRow[] = (await translator.get(`/api/documents/${document.id}/segments?lang=ru`).expect(200)).body;
    const capitalism = rows.find((r) => r.source === 'Down with capitalism!')!;
    const stalinism = rows.find((r) => r.source === 'Down with Stalinism!')!;

    const saved: Translation = (
      await translator.put(`/api/segments/${capitalism.id}/translations/ru`, { text: 'Долой капитализм!', status: 'translated', version: 0 }).expect(200)
    ).body;
    expect(saved).toMatchObject({ text: 'Долой капитализм!', status: 'translated', version: 1, authorName: 'Tanya' });
    await translator.put(`/api/segments/${stalinism.id}/translations/ru`, { text: 'Долой сталинизм!', status: 'translated', version: 0 }).expect(200);

    // the reviewer edits from version 1 while the translator still holds version 1 too
    await reviewer.put(`/api/segments/${capitalism.id}/translations/ru`, { text: 'Долой капитализм!!', status: 'translated', version: 1 }).expect(200);
    const stale = await translator
      .put(`/api/segments/${capitalism.id}/translations/ru`, { text: 'Прочь капитализм!', status: 'translated', version: 1 })
      .expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.details.current).toMatchObject({ text: 'Долой капитализм!!', version: 2, authorName: 'Roman' });
    // keeping their own text: save again from the version they were shown
    await translator.put(`/api/segments/${capitalism.id}/translations/ru`, { text: 'Долой капитализм!', status: 'translated', version: 2 }).expect(200);

    const approved = (await reviewer.post(`/api/segments/${capitalism.id}/translations/ru/review`, { decision: 'approve' }).expect(200)).body;
    expect(approved).toMatchObject({ status: 'approved', version: 4 });
    const noReason = await reviewer.post(`/api/segments/${stalinism.id}/translations/ru/review`, { decision: 'reject' }).expect(422);
    expect(noReason.body.details).toEqual([{ field: 'comment', message: expect.any(String) }]);
    const rejected = (
      await reviewer.post(`/api/segments/${stalinism.id}/translations/ru/review`, { decision: 'reject', comment: 'Use «Долой сталинщину!»' }).expect(200)
    ).body;
    expect(rejected).toMatchObject({ status: 'rejected', reviewComment: 'Use «Долой сталинщину!»' });

    const history = (await translator.get(`/api/segments/${capitalism.id}/translations/ru/revisions`).expect(200)).body;
    expect(history.map((r: { version: number; status: string; authorName: string }) => [r.version, r.status, r.authorName])).toEqual([
      [4, 'approved', 'Roman'],
      [3, 'translated', 'Tanya'],
      [2, 'translated', 'Roman'],
      [1, 'translated', 'Tanya'],
    ]);

    const publisher = await addMember(t, manager, projectId, 'publisher', null, 'Pavel');
    const withTranslations = await publisher.get(`/api/documents/${document.id}/export?lang=ru&unapproved=translation`).expect(200);
    expect(withTranslations.headers['content-disposition']).toContain('rabochaya-vlast-1992.ru.txt');
    const text = withTranslations.text;
    expect(text).toContain('Долой капитализм! Долой сталинизм!\n\nRabochaya Vlast\n\n');
    expect(text.split('\n\n').length).toBe(fs.readFileSync(SAMPLE, 'utf8').split('\n\n').length);

    const approvedOnly = await publisher.get(`/api/documents/${document.id}/export?lang=ru&unapproved=source`).expect(200);
    expect(approvedOnly.text).toContain('Долой капитализм! Down with Stalinism!\n\n');

    const refused = await publisher.get(`/api/documents/${document.id}/export?lang=ru&unapproved=refuse`).expect(422);
    // site furniture ("Search", the share bar) is not for translation, so not waiting for approval
    expect(refused.body.details.segments).toHaveLength(document.segmentCount - 1 - document.furnitureSegments!);
    expect(refused.body.details.segments[0]).toMatchObject({ source: 'Down with Stalinism!', status: 'rejected' });
  });

  it('exports an untouched edition byte for byte as the original', async () => {
    const res = await manager.get(`/api/documents/${document.id}/export?lang=de&unapproved=translation`).buffer(true).expect(200);
    expect(Buffer.from(res.text, 'utf8').equals(fs.readFileSync(SAMPLE))).toBe(true);
  });
});
