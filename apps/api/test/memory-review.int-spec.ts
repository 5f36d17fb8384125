import { TMX_TAIL, tmxHead, tuXml } from '@interlinea/tm';
import type { Match, MemoryBulkResult, MemoryUnitDetail, MemoryUnitPage, SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

const LEAFLET = ['The strike committee meets every Tuesday evening.', 'The strike committee meets every Friday evening.', 'Bring your union card.'].join(
  '\n\n',
);

/** A TMX file of en→ru units, each with a `<prop>` and a `<note>`. */
function tmx(units: [string, string][]): string {
  return [
    tmxHead('en'),
    ...units.map(([en, ru], i) =>
      tuXml({
        tuid: `tu-${i + 1}`,
        attributes: {},
        props: [{ type: 'x-client', value: 'Printers union' }],
        notes: ['Checked by the 2019 team'],
        variants: [
          { language: 'en', locale: 'en-GB', text: en, codes: [], props: [], notes: [], attributes: {} },
          { language: 'ru', locale: 'ru-RU', text: ru, codes: [], props: [], notes: [], attributes: {} },
        ],
      }),
    ),
    TMX_TAIL,
  ].join('');
}

describe('memory review: browse, correct, retire and vouch for memory units', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let translator: TestBrowser;
  let reviewer: TestBrowser;
  let projectId: string;
  let rows: SegmentRow[];

  const matches = async (segment = 1): Promise<Match[]> => (await translator.get(`/api/segments/${rows[segment].id}/matches?lang=ru`).expect(200)).body.matches;
  const page = async (query: string, as: TestBrowser = reviewer): Promise<MemoryUnitPage> =>
    (await as.get(`/api/projects/${projectId}/memory/units?source=en&target=ru&${query}`).expect(200)).body;
  const unitOf = async (text: string) => {
    const found = await page(`q=${encodeURIComponent(text)}&mode=phrase&retired=any`);
    expect(found.units).toHaveLength(1);
    return found.units[0];
  };

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['ru', 'de'])).id;
    translator = await addMember(t, manager, projectId, 'translator', 'ru', 'Tanya');
    reviewer = await addMember(t, manager, projectId, 'reviewer', 'ru', 'Roman');
    const doc = (await manager.upload(`/api/projects/${projectId}/documents`, 'strike.txt', LEAFLET).expect(201)).body;
    rows = (await manager.get(`/api/documents/${doc.id}/segments?lang=ru`).expect(200)).body;
    await translator
      .put(`/api/segments/${rows[0].id}/translations/ru`, { text: 'Стачком собирается каждый вторник вечером.', status: 'translated', version: 0 })
      .expect(200);
  });
  afterAll(() => t.close());

  it('finds a confirmed unit by its words, with the hits, origin and trust', async () => {
    const found = await page('q=committee%20Tuesday');
    expect(found.total).toBe(1);
    expect(found.units[0]).toMatchObject({
      variants: { en: 'The strike committee meets every Tuesday evening.', ru: 'Стачком собирается каждый вторник вечером.' },
      origin: 'typed',
      trusted: true,
      retired: false,
      authorName: 'Tanya',
    });
    expect(found.units[0].hits.en).toEqual([
      [11, 20],
      [33, 40],
    ]);
    // in the target too, and a phrase must be in order
    expect((await page(`q=${encodeURIComponent('вторник')}&in=target`)).total).toBe(1);
    expect((await page('q=Tuesday%20committee&mode=phrase')).total).toBe(0);
    expect((await page('q=committee%20Wednesday')).total).toBe(0);
  });

  it('shows where a unit came from: the segment, with a link into the editor', async () => {
    const unit = await unitOf('strike committee meets every Tuesday');
    const detail: MemoryUnitDetail = (await translator.get(`/api/memory/units/${unit.id}`).expect(200)).body;
    expect(detail.provenance.segment).toMatchObject({ segmentId: rows[0].id, editorPath: expect.stringContaining(`/ru?segment=${rows[0].id}`) });
    expect(detail.variants.map((v) => v.language).sort()).toEqual(['en', 'ru']);
  });

  it('a correction reaches the matches at once and keeps a revision; translators may not correct', async () => {
    const unit = await unitOf('strike committee meets every Tuesday');
    await translator.patch(`/api/memory/units/${unit.id}`, { variants: { ru: 'Стачком заседает.' } }).expect(403);
    const corrected = 'Стачечный комитет собирается каждый вторник вечером.';
    const detail: MemoryUnitDetail = (await reviewer.patch(`/api/memory/units/${unit.id}`, { variants: { ru: corrected } }).expect(200)).body;
    expect(detail.history[0]).toMatchObject({
      kind: 'corrected',
      language: 'ru',
      before: 'Стачком собирается каждый вторник вечером.',
      after: corrected,
      authorName: 'Roman',
    });
    const [match] = await matches();
    expect(match).toMatchObject({ target: corrected, unitId: unit.id, trusted: true });
    // the correction holds when the segment's unit is rebuilt (another edition confirmed)
    await manager
      .put(`/api/segments/${rows[0].id}/translations/de`, { text: 'Das Streikkomitee trifft sich jeden Dienstagabend.', status: 'translated', version: 0 })
      .expect(200);
    expect((await matches())[0]).toMatchObject({ target: corrected, unitId: unit.id });
  });

  it('counts a match taken and saved as an insertion', async () => {
    const [match] = await matches();
    await translator
      .put(`/api/segments/${rows[1].id}/translations/ru`, {
        text: match.target,
        status: 'draft',
        version: 0,
        origin: 'tm',
        suggestion: match.target,
        score: match.score,
        unitId: match.unitId,
      })
      .expect(200);
    const detail: MemoryUnitDetail = (await reviewer.get(`/api/memory/units/${match.unitId}`).expect(200)).body;
    expect(detail.insertions).toBe(1);
  });

  it('a retired unit is no longer matched, nor found in concordance; restored, it is again', async () => {
    const unit = await unitOf('strike committee meets every Tuesday');
    expect(await matches()).toHaveLength(1);
    await reviewer.patch(`/api/memory/units/${unit.id}`, { retired: true }).expect(200);
    expect(await matches()).toEqual([]);
    expect((await translator.get(`/api/projects/${projectId}/memory/search?q=committee&lang=ru`).expect(200)).body.hits).toEqual([]);
    expect((await page('q=committee')).total).toBe(0);
    expect((await page('q=committee&retired=true')).units[0]).toMatchObject({ id: unit.id, retired: true });
    await reviewer.patch(`/api/memory/units/${unit.id}`, { retired: false }).expect(200);
    expect(await matches()).toHaveLength(1);
  });

  it('TMX units start untrusted; vouching removes the penalty and records who; a bulk retirement by import is undone', async () => {
    const file = tmx([
      ['Bring your union card.', 'Принесите профсоюзный билет.'],
      ['Bring a friend.', 'Приведите друга.'],
    ]);
    await manager.upload(`/api/projects/${projectId}/memory/import`, 'union-2019.tmx', file).expect(201);
    const { imports } = (await reviewer.get(`/api/projects/${projectId}/memory/imports`).expect(200)).body;
    expect(imports[0]).toMatchObject({ fileName: 'union-2019.tmx', units: 2 });
    const card = await unitOf('Bring your union card');
    expect(card).toMatchObject({ origin: 'tmx', trusted: false, importId: imports[0].id });
    const detail: MemoryUnitDetail = (await reviewer.get(`/api/memory/units/${card.id}`).expect(200)).body;
    expect(detail.provenance.tmx).toMatchObject({
      fileName: 'union-2019.tmx',
      tuid: 'tu-1',
      props: [{ type: 'x-client', value: 'Printers union' }],
      notes: ['Checked by the 2019 team'],
    });

    expect((await matches(2))[0]).toMatchObject({ score: 98, penalty: 2, trusted: false });
    const vouched: MemoryUnitDetail = (await reviewer.patch(`/api/memory/units/${card.id}`, { trusted: true }).expect(200)).body;
    expect(vouched).toMatchObject({ trusted: true, vouchedBy: 'Roman' });
    expect((await matches(2))[0]).toMatchObject({ score: 100, penalty: 0, trusted: true });

    const filter = { source: 'en', target: 'ru', importId: imports[0].id };
    const preview: MemoryBulkResult = (
      await reviewer.post(`/api/projects/${projectId}/memory/units/bulk`, { filter, action: 'retire', dryRun: true }).expect(200)
    ).body;
    expect(preview).toMatchObject({ count: 2, dryRun: true, batchId: null });
    expect(await matches(2)).toHaveLength(1); // a preview changes nothing
    const done: MemoryBulkResult = (await reviewer.post(`/api/projects/${projectId}/memory/units/bulk`, { filter, action: 'retire' }).expect(200)).body;
    expect(done.count).toBe(2);
    expect(await matches(2)).toEqual([]);
    expect((await reviewer.post(`/api/projects/${projectId}/memory/units/bulk/${done.batchId}/undo`).expect(200)).body).toEqual({ count: 2 });
    expect((await matches(2))[0]).toMatchObject({ score: 100, trusted: true });
    await reviewer.post(`/api/projects/${projectId}/memory/units/bulk/${done.batchId}/undo`).expect(422);
  });

  it('lists conflicts side by side and retires the others when one is preferred', async () => {
    await manager.upload(`/api/projects/${projectId}/memory/import`, 'other.tmx', tmx([['Bring your union card.', 'Возьмите профбилет.']])).expect(201);
    const { conflicts } = (await reviewer.get(`/api/projects/${projectId}/memory/conflicts?source=en&target=ru`).expect(200)).body;
    const card = conflicts.find((c: { text: string }) => c.text === 'Bring your union card.');
    expect(card.units.map((u: { target: string }) => u.target).sort()).toEqual(['Возьмите профбилет.', 'Принесите профсоюзный билет.']);
    const preferred = card.units.find((u: { target: string }) => u.target === 'Принесите профсоюзный билет.');
    const other = card.units.find((u: { target: string }) => u.target !== preferred.target);
    const result = (await reviewer.post(`/api/memory/units/${preferred.id}/prefer`, { source: 'en', target: 'ru', kind: 'targets' }).expect(200)).body;
    expect(result.retired).toEqual([other.id]);
    expect((await matches(2)).map((m) => m.target)).toEqual(['Принесите профсоюзный билет.']);
  });

  it('roles: translators read but may not change; reviewers correct but may not delete; managers delete', async () => {
    const unit = await unitOf('Bring a friend');
    expect((await page('q=friend', translator)).total).toBe(1);
    await translator.patch(`/api/memory/units/${unit.id}`, { retired: true }).expect(403);
    await translator
      .post(`/api/projects/${projectId}/memory/units/bulk`, { filter: { source: 'en', target: 'ru' }, action: 'retire', dryRun: true })
      .expect(403);
    await reviewer.delete(`/api/memory/units/${unit.id}`).expect(403);
    await reviewer.get('/api/memory/units?source=en&target=ru').expect(403);
    await manager.delete(`/api/memory/units/${unit.id}`).expect(204);
    await manager.get(`/api/memory/units/${unit.id}`).expect(404);
    expect((await page('q=friend&retired=any')).total).toBe(0);
  });

  it('refuses bad searches with the field named', async () => {
    const res = await reviewer.get(`/api/projects/${projectId}/memory/units?source=en&target=ru&mode=regex&q=${encodeURIComponent('(unclosed')}`).expect(422);
    expect(JSON.stringify(res.body)).toContain('q');
    await reviewer.get(`/api/projects/${projectId}/memory/units?source=en&target=en`).expect(422);
    await reviewer.patch('/api/memory/units/1', {}).expect(422);
  });

  it('the shared memory page lists shared units for managers, filtered by project', async () => {
    const shared: MemoryUnitPage = (await manager.get(`/api/memory/units?source=en&target=ru&project=${projectId}&q=committee`).expect(200)).body;
    expect(shared.units.map((u) => u.variants.en)).toEqual(['The strike committee meets every Tuesday evening.']);
    const regex: MemoryUnitPage = (await manager.get(`/api/memory/units?source=en&target=ru&mode=regex&q=${encodeURIComponent('Tues\\w+')}`).expect(200)).body;
    expect(regex.units[0].hits.en).toEqual([[33, 40]]);
  });
});
