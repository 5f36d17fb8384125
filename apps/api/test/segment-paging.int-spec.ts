import type { SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

/** The segment list of an edition in pages: what the three-edition grid loads a long document by. */
describe('paging an edition’s segment list', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let documentId: string;
  const SEGMENTS = 57;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    const project = await createProject(manager, 'ru', ['en', 'de']);
    const text =
      Array.from(
        { length: SEGMENTS },
        (_, i) => `${i + 1}. Рабочие завода собрались утром у проходной, чтобы обсудить забастовку и требования к дирекции.`,
      ).join('\n\n') + '\n';
    documentId = (await manager.upload(`/api/projects/${project.id}/documents`, 'leaflet.txt', text).expect(201)).body.id;
    const translator = await addMember(t, manager, project.id, 'translator', 'de', 'Dieter');
    const all: SegmentRow[] = (await translator.get(`/api/documents/${documentId}/segments?lang=de`).expect(200)).body;
    // a few German translations, so the pages carry translations and not only sources
    for (const row of [all[0], all[20], all[56]]) {
      await translator.put(`/api/segments/${row.id}/translations/de`, { text: `Absatz ${row.index + 1}`, status: 'translated', version: 0 }).expect(200);
    }
  });
  afterAll(() => t.close());

  it('answers the whole list without paging parameters, as before, with its size in X-Total-Count', async () => {
    const res = await manager.get(`/api/documents/${documentId}/segments?lang=de`).expect(200);
    expect(res.body).toHaveLength(SEGMENTS);
    expect(res.headers['x-total-count']).toBe(String(SEGMENTS));
    expect(res.body.map((r: SegmentRow) => r.index)).toEqual(Array.from({ length: SEGMENTS }, (_, i) => i));
  });

  it('gives pages that, put end to end, are exactly the full list', async () => {
    const full: SegmentRow[] = (await manager.get(`/api/documents/${documentId}/segments?lang=de`).expect(200)).body;
    const pages: SegmentRow[] = [];
    for (let offset = 0; ; offset += 20) {
      const res = await manager.get(`/api/documents/${documentId}/segments?lang=de&offset=${offset}&limit=20`).expect(200);
      expect(res.headers['x-total-count']).toBe(String(SEGMENTS));
      pages.push(...res.body);
      if (res.body.length < 20) break;
    }
    expect(pages).toEqual(full);
    expect(pages.filter((r) => r.translation).map((r) => r.translation?.text)).toEqual(['Absatz 1', 'Absatz 21', 'Absatz 57']);
  });

  it('answers a page past the end with no segments, and an offset alone runs to the end', async () => {
    const past = await manager.get(`/api/documents/${documentId}/segments?lang=en&offset=100&limit=10`).expect(200);
    expect(past.body).toEqual([]);
    expect(past.headers['x-total-count']).toBe(String(SEGMENTS));
    const tail: SegmentRow[] = (await manager.get(`/api/documents/${documentId}/segments?lang=en&offset=50`).expect(200)).body;
    expect(tail.map((r) => r.index)).toEqual([50, 51, 52, 53, 54, 55, 56]);
  });

  it.each([
    ['offset=-1&limit=10', 'offset'],
    ['offset=abc&limit=10', 'offset'],
    ['offset=0&limit=0', 'limit'],
    ['offset=0&limit=2001', 'limit'],
    ['offset=1.5', 'offset'],
    ['limit=ten', 'limit'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const res = await manager.get(`/api/documents/${documentId}/segments?lang=de&${query}`).expect(400);
    expect(res.body.message).toMatch(new RegExp(`^${field}: `));
  });
});
