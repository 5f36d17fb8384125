import type { Analysis, ConcordanceResponse, Match, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

const LEAFLET = [
  "The workers' council met in Moscow on 7 November 1992.",
  "The workers' council met in Leningrad on 7 November 1992.",
  "The workers' council met in Moscow on 8 November 1993.",
  'Down with capitalism!',
  'Down with capitalism!',
].join('\n\n');

describe('translation memory: it grows from confirmed translations and answers with fuzzy matches', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let translatorRu: TestBrowser;
  let translatorDe: TestBrowser;
  let reviewerRu: TestBrowser;
  let projectId: string;
  let rows: SegmentRow[];
  let copy: SegmentRow[];

  const matches = async (b: TestBrowser, segment: number, lang: string, list = rows): Promise<Match[]> =>
    (await b.get(`/api/segments/${list[segment].id}/matches?lang=${lang}`).expect(200)).body.matches;
  const save = (b: TestBrowser, segment: number, lang: string, text: string, version = 0, list = rows) =>
    b.put(`/api/segments/${list[segment].id}/translations/${lang}`, { text, status: 'translated', version }).expect(200);
  const upload = async (name: string): Promise<SegmentRow[]> => {
    const doc = (await manager.upload(`/api/projects/${projectId}/documents`, name, LEAFLET).expect(201)).body;
    return (await manager.get(`/api/documents/${doc.id}/segments?lang=ru`).expect(200)).body;
  };

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['ru', 'de'])).id;
    translatorRu = await addMember(t, manager, projectId, 'translator', 'ru', 'Tanya');
    translatorDe = await addMember(t, manager, projectId, 'translator', 'de', 'Hans');
    reviewerRu = await addMember(t, manager, projectId, 'reviewer', 'ru', 'Roman');
    rows = await upload('leaflet.txt');
    expect(rows.map((r) => r.source)).toHaveLength(5);
  });
  afterAll(() => t.close());

  it('offers a confirmed sentence as a fuzzy match with its score, band, author and word diff', async () => {
    expect(await matches(translatorRu, 1, 'ru')).toEqual([]);
    await save(translatorRu, 0, 'ru', 'Совет рабочих собрался в Москве 7 ноября 1992 года.');
    const [match] = await matches(translatorRu, 1, 'ru');
    expect(match).toMatchObject({
      score: 90,
      band: '85-94',
      source: rows[0].source,
      target: 'Совет рабочих собрался в Москве 7 ноября 1992 года.',
      origin: 'human',
      authorName: 'Tanya',
      penalty: 0,
      sourceLanguage: 'en',
      numbersReplaced: false,
    });
    expect(match.diff).toEqual(
      expect.arrayContaining([
        { op: 'insert', text: 'Leningrad ' },
        { op: 'delete', text: 'Moscow ' },
      ]),
    );
  });

  it('replaces the numbers when only numbers differ', async () => {
    const [match] = await matches(translatorRu, 2, 'ru');
    expect(match).toMatchObject({ score: 98, band: '95-99', numbersReplaced: true, target: 'Совет рабочих собрался в Москве 8 ноября 1993 года.' });
  });

  it('matches a German translator against the English source and the confirmed Russian edition', async () => {
    await save(translatorDe, 0, 'de', 'Der Arbeiterrat trat am 7. November 1992 in Moskau zusammen.');
    await save(translatorRu, 1, 'ru', 'Совет рабочих собрался в Ленинграде 7 ноября 1992 года.');
    const found = await matches(translatorDe, 1, 'de');
    expect(found.map((m) => [m.sourceLanguage, m.score])).toEqual(
      expect.arrayContaining([
        ['en', 90],
        ['ru', 88],
      ]),
    );
    expect(found.every((m) => m.target === 'Der Arbeiterrat trat am 7. November 1992 in Moskau zusammen.')).toBe(true);
    // and the other way round: the Russian translator of a new segment sees German nowhere, Russian from the source
    expect((await matches(translatorRu, 2, 'ru')).map((m) => m.sourceLanguage)).toEqual(['en', 'en']);
  });

  it('follows an edit and forgets a rejected translation', async () => {
    await save(translatorRu, 0, 'ru', 'Рабочий совет собрался в Москве 7 ноября 1992 года.', 1);
    expect((await matches(translatorRu, 1, 'ru')).map((m) => m.target)).not.toContain('Совет рабочих собрался в Москве 7 ноября 1992 года.');
    expect((await matches(translatorRu, 2, 'ru'))[0].target).toBe('Рабочий совет собрался в Москве 8 ноября 1993 года.');
    await reviewerRu.post(`/api/segments/${rows[0].id}/translations/ru/review`, { decision: 'reject', comment: 'Совет рабочих, please' }).expect(200);
    const after = await matches(translatorRu, 2, 'ru');
    expect(after.map((m) => m.source)).not.toContain(rows[0].source);
  });

  it('fills identical segments when one is confirmed, unless the project turns it off', async () => {
    await save(translatorRu, 3, 'ru', 'Долой капитализм!');
    const ru: SegmentRow[] = (await translatorRu.get(`/api/documents/${rows[0].id ? await docOf(rows[3].id) : ''}/segments?lang=ru`).expect(200)).body;
    expect(ru[4].translation).toMatchObject({ text: 'Долой капитализм!', status: 'translated', origin: 'propagated', version: 1 });
    // a propagated translation is undone by the normal save flow
    await save(translatorRu, 4, 'ru', '', 1);
    await manager.put(`/api/projects/${projectId}/memory/settings`, { propagateRepetitions: false }).expect(200);
    expect((await translatorRu.get(`/api/projects/${projectId}/memory/settings`).expect(200)).body).toEqual({
      propagateRepetitions: false,
      contributeToSharedMemory: true,
    });
    await save(translatorDe, 3, 'de', 'Nieder mit dem Kapitalismus!');
    const de: SegmentRow[] = (await translatorDe.get(`/api/documents/${await docOf(rows[3].id)}/segments?lang=de`).expect(200)).body;
    expect(de[4].translation).toBeNull();
  });

  it('scores 101 when the source and its neighbours are the same (context match)', async () => {
    copy = await upload('leaflet-copy.txt');
    const [match] = await matches(translatorRu, 3, 'ru', copy);
    expect(match).toMatchObject({ score: 101, band: '101', target: 'Долой капитализм!' });
  });

  it('finds words in source and target with the ranges to highlight (concordance)', async () => {
    const res: ConcordanceResponse = (
      await translatorRu.get(`/api/projects/${projectId}/memory/search?q=${encodeURIComponent('Ленинграде')}&lang=ru`).expect(200)
    ).body;
    expect(res.hits).toHaveLength(1);
    const hit = res.hits[0];
    expect(hit).toMatchObject({ sourceLanguage: 'en', targetLanguage: 'ru', source: rows[1].source });
    expect(hit.targetHits.map(([a, b]) => hit.target.slice(a, b))).toEqual(['Ленинграде']);
    const english: ConcordanceResponse = (await translatorRu.get(`/api/projects/${projectId}/memory/search?q=council%20Leningrad&lang=ru`).expect(200)).body;
    expect(english.hits.map((h) => h.sourceHits.map(([a, b]) => h.source.slice(a, b)))).toEqual([['council', 'Leningrad']]);
  });

  it('finds parts of words when asked (concordance with partial=true)', async () => {
    const whole: ConcordanceResponse = (
      await translatorRu.get(`/api/projects/${projectId}/memory/search?q=${encodeURIComponent('Ленингр')}&lang=ru`).expect(200)
    ).body;
    expect(whole.hits).toEqual([]);
    const parts: ConcordanceResponse = (
      await translatorRu.get(`/api/projects/${projectId}/memory/search?q=${encodeURIComponent('ленингр собра')}&lang=ru&partial=true`).expect(200)
    ).body;
    expect(parts.hits).toHaveLength(1);
    expect(parts.hits[0].targetHits.map(([a, b]) => parts.hits[0].target.slice(a, b))).toEqual(['собра', 'Ленингр']);
    const english: ConcordanceResponse = (await translatorRu.get(`/api/projects/${projectId}/memory/search?q=ounci&lang=ru&partial=true`).expect(200)).body;
    expect(english.hits.map((h) => h.sourceHits.map(([a, b]) => h.source.slice(a, b)))).toEqual([['ounci']]);
  });

  it('analyses a document by match band, as JSON and CSV, for managers only', async () => {
    const doc = await docOf(copy[0].id);
    const analysis: Analysis = (await manager.get(`/api/documents/${doc}/analysis?lang=ru`).expect(200)).body;
    const band = (b: string) => analysis.rows.find((r) => r.band === b)!;
    expect(band('repetition')).toMatchObject({ segments: 1, words: 3 });
    expect(analysis.total.segments).toBe(5);
    expect(analysis.rows.reduce((n, r) => n + r.segments, 0)).toBe(5);
    expect(band('101').segments + band('100').segments).toBeGreaterThanOrEqual(2);
    const csv = await manager.get(`/api/documents/${doc}/analysis?lang=ru&format=csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toBe('band,segments,words');
    await translatorRu.get(`/api/documents/${doc}/analysis?lang=ru`).expect(403);
  });

  it('scores 101 only when the translation before the segment is also the one that preceded the stored unit', async () => {
    // rows[1] was stored after "Совет рабочих собрался в Москве 7 ноября 1992 года."; in the copy the sentence before is untranslated
    const target = 'Совет рабочих собрался в Ленинграде 7 ноября 1992 года.';
    expect((await matches(translatorRu, 1, 'ru', copy))[0]).toMatchObject({ score: 100, target });
    await save(translatorRu, 0, 'ru', 'Рабочий совет собрался в Москве 7 ноября 1992 года.', 0, copy);
    expect((await matches(translatorRu, 1, 'ru', copy))[0]).toMatchObject({ score: 100, band: '100', target });
    await save(translatorRu, 0, 'ru', 'Совет рабочих собрался в Москве 7 ноября 1992 года.', 1, copy);
    expect((await matches(translatorRu, 1, 'ru', copy))[0]).toMatchObject({ score: 101, band: '101', target });
  });

  async function docOf(segmentId: string): Promise<string> {
    const rows: { id: string; segmentCount: number }[] = (await manager.get(`/api/projects/${projectId}/documents`).expect(200)).body;
    for (const d of rows) {
      const segs: SegmentRow[] = (await manager.get(`/api/documents/${d.id}/segments?lang=ru`).expect(200)).body;
      if (segs.some((s) => s.id === segmentId)) return d.id;
    }
    throw new Error('no document');
  }
});
