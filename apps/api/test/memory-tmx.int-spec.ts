import * as fs from 'node:fs';
import * as path from 'node:path';
import { TMX_TAIL, tmxHead, tuXml } from '@interlinea/tm';
import type { Match, SegmentRow, TmxImportProgress, TmxImportResult } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin } from './support/factories';
import type { TestBrowser } from './support/test-browser';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/formats');
const fixture = (name: string) => fs.readFileSync(path.join(CORPUS, name));

describe('TMX import and export', () => {
  let t: TestApp;
  let manager: TestBrowser;
  let projectId: string;

  const units = async () => Number((await t.db.query(`SELECT count(*) AS n FROM tm_unit`))[0].n);
  const importTmx = (name: string, bytes: Buffer | string, project = projectId) => manager.upload(`/api/projects/${project}/memory/import`, name, bytes);

  beforeAll(async () => {
    t = await createTestApp();
    manager = await setUpAdmin(t);
    projectId = (await createProject(manager, 'en', ['de', 'ru'])).id;
  });
  afterAll(() => t.close());

  it.each([
    ['tmx/omegat_multiple-tuv14.tmx', 3, ['de', 'en', 'es', 'fr']],
    ['tmx/omegat_TMXComplianceKit_ImportTest2A.tmx', 4, ['en', 'fr']],
    ['tmx/okapi_Paragraph_TM_en-de.tmx', 4, ['de', 'en']],
    ['tmx/omegat_match-stat-en-ca.tmx', 35, ['ca', 'en']],
  ])('imports %s', async (name, minimum, languages) => {
    const result: TmxImportResult = (await importTmx(path.basename(name), fixture(name)).expect(201)).body;
    expect(result.units).toBeGreaterThanOrEqual(minimum as number);
    expect(result.languages).toEqual(languages);
  });

  it('rejects an invalid TMX with its line and column, and stores nothing', async () => {
    const before = await units();
    const res = await importTmx('omegat_invalid.tmx', fixture('malformed/omegat_invalid.tmx')).expect(400);
    expect(res.body).toMatchObject({ code: 'FILE_REJECTED', details: { reason: 'INVALID_TMX', position: { line: 12, column: expect.any(Number) } } });
    expect(res.body.message).toMatch(/line 12, column \d+: <ept i="1"> has no <bpt i="1"> before it/);
    // broken far down a file: the units read before the error are not kept either
    const good = fixture('tmx/omegat_match-stat-en-ca.tmx').toString('utf8');
    const broken = good.replace('</body>', '<tu><tuv xml:lang="en"><seg>x</tuv></tu></body>');
    const late = await importTmx('broken.tmx', broken).expect(400);
    expect(late.body.details.position.line).toBeGreaterThan(100);
    expect(await units()).toBe(before);
  });

  it('rejects a file that is not the text its declaration says, and stores nothing', async () => {
    const before = await units();
    const tmx = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Stra'),
      Buffer.from([0xdf, 0x65]), // "ße" in Latin-1: not UTF-8
      Buffer.from('</seg></tuv><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>'),
    ]);
    const res = await importTmx('latin1.tmx', tmx).expect(400);
    expect(res.body).toMatchObject({ code: 'FILE_REJECTED', details: { reason: 'INVALID_ENCODING' } });
    expect(await units()).toBe(before);
  });

  it('offers imported units as matches, two points lower, with the code difference counted', async () => {
    const doc = (await manager.upload(`/api/projects/${projectId}/documents`, 'retry.txt', 'Touch Retry to resume the procedure.').expect(201)).body;
    const [segment]: SegmentRow[] = (await manager.get(`/api/documents/${doc.id}/segments?lang=de`).expect(200)).body;
    const found: Match[] = (await manager.get(`/api/segments/${segment.id}/matches?lang=de`).expect(200)).body.matches;
    expect(found[0]).toMatchObject({
      source: 'Touch Retry to {1/}resume the procedure.',
      target: "Zur Fortsetzung {1/}des Verfahrens 'Wiederholen' drücken.",
      origin: 'tmx',
      penalty: 2,
      score: 97,
      band: '95-99',
    });
  });

  it('exports TMX that imports back to the same units (round trip)', async () => {
    const first = await manager.get(`/api/projects/${projectId}/memory/export?source=en&target=fr`).buffer(true).expect(200);
    expect(first.headers['content-disposition']).toContain('.project.en-fr.tmx');
    const text = first.text;
    expect(text).toContain('<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>black<ept i="1">&lt;/b&gt;</ept>');
    // language tags as the imported files wrote them
    expect(text).toContain('<tuv xml:lang="EN-US"');
    expect(text).toMatch(/<tuv xml:lang="FR-(CA|FR)"/);
    const other = (await createProject(manager, 'en', ['de'])).id;
    const again: TmxImportResult = (await importTmx('export.tmx', text, other).expect(201)).body;
    const second = await manager.get(`/api/projects/${other}/memory/export?source=en&target=fr`).buffer(true).expect(200);
    const segs = (tmx: string) => [...tmx.matchAll(/<seg>(.*?)<\/seg>/gs)].map((m) => m[1]);
    expect(again.units).toBeGreaterThan(0);
    expect(segs(second.text)).toEqual(segs(text));
  });

  it('exports the markup of a translated segment’s codes, as other CAT tools write it, not Interlinea’s tokens', async () => {
    const html = '<html><body><p>Read <a href="https://example.org/?a=1&amp;b=2">our <b>paper</b></a> today.</p></body></html>';
    const doc = (await manager.upload(`/api/projects/${projectId}/documents`, 'paper.html', html).expect(201)).body;
    const [row]: SegmentRow[] = (await manager.get(`/api/documents/${doc.id}/segments?lang=ru`).expect(200)).body;
    expect(row.source).toBe('Read {1}our {2}paper{/2}{/1} today.');
    const translator = await addMember(t, manager, projectId, 'translator', 'ru', 'Tanya');
    await translator
      .put(`/api/segments/${row.id}/translations/ru`, { text: 'Читайте {1}нашу {2}газету{/2}{/1} сегодня.', status: 'translated', version: 0 })
      .expect(200);
    let tmx = '';
    for (let tries = 0; tries < 50 && !tmx.includes('Читайте'); tries += 1) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100)); // the memory follows the edition after commit
      tmx = (await manager.get(`/api/projects/${projectId}/memory/export?source=en&target=ru`).buffer(true).expect(200)).text;
    }
    expect(tmx).toContain(
      '<seg>Read <bpt i="1" x="1">&lt;a href=&quot;https://example.org/?a=1&amp;amp;b=2&quot;&gt;</bpt>our <bpt i="2" x="2">&lt;b&gt;</bpt>paper<ept i="2">&lt;/b&gt;</ept><ept i="1">&lt;/a&gt;</ept> today.</seg>',
    );
    expect(tmx).toContain('<seg>Читайте <bpt i="1" x="1">');
    expect(tmx).not.toMatch(/<bpt[^>]*>\{1\}<\/bpt>/);
  });

  it('keeps a project-scoped import out of other projects, and shares a shared one', async () => {
    const other = (await createProject(manager, 'en', ['de'])).id;
    const tmx =
      '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>The leaflet was printed in Moscow.</seg></tuv><tuv xml:lang="de"><seg>Das Flugblatt wurde in Moskau gedruckt.</seg></tuv></tu></body></tmx>';
    await importTmx('private.tmx', tmx).expect(201);
    const doc = (await manager.upload(`/api/projects/${other}/documents`, 'p.txt', 'The leaflet was printed in Moscow.').expect(201)).body;
    const [segment]: SegmentRow[] = (await manager.get(`/api/documents/${doc.id}/segments?lang=de`).expect(200)).body;
    expect((await manager.get(`/api/segments/${segment.id}/matches?lang=de`).expect(200)).body.matches).toEqual([]);
    await manager.upload(`/api/projects/${projectId}/memory/import?scope=shared`, 'shared.tmx', tmx).expect(201);
    const shared: Match[] = (await manager.get(`/api/segments/${segment.id}/matches?lang=de`).expect(200)).body.matches;
    expect(shared[0]).toMatchObject({ score: 98, target: 'Das Flugblatt wurde in Moskau gedruckt.' });
  });

  it('tells the user who started an import how far the file is read, while it is read', async () => {
    const parts = [tmxHead('en')];
    for (let i = 0; i < 40_000; i++) {
      parts.push(
        tuXml({
          tuid: null,
          attributes: {},
          props: [],
          notes: [],
          variants: [
            {
              language: 'en',
              locale: 'en',
              text: `Meeting ${i} of the district committee is moved to Thursday.`,
              codes: [],
              props: [],
              notes: [],
              attributes: {},
            },
            {
              language: 'de',
              locale: 'de',
              text: `Sitzung ${i} des Bezirkskomitees wird auf Donnerstag verschoben.`,
              codes: [],
              props: [],
              notes: [],
              attributes: {},
            },
          ],
        }),
      );
    }
    const file = Buffer.from(parts.join('') + TMX_TAIL);
    const progressOf = (token: string) => manager.get(`/api/projects/${projectId}/memory/import/progress/${token}`);
    await progressOf('not-started-token').expect(404);
    const token = 'import-under-way-1';
    const seen: TmxImportProgress[] = [];
    let done = false;
    const upload = manager.upload(`/api/projects/${projectId}/memory/import?progress=${token}`, 'big.tmx', file).then((res) => {
      done = true;
      return res;
    });
    while (!done) {
      const res = await progressOf(token);
      if (res.status === 200) seen.push(res.body);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await upload).status).toBe(201);
    const reading = seen.filter((p) => p.read > 0 && p.read < p.total);
    expect(reading.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.total === file.length)).toBe(true);
    expect(seen.map((p) => p.read)).toEqual([...seen.map((p) => p.read)].sort((a, b) => a - b));
    await progressOf(token).expect(404); // over: nothing to follow
    const wrong = await importTmx('bad-token.tmx', file.subarray(0, 100)).query({ progress: 'no' }).expect(422);
    expect(JSON.stringify(wrong.body)).toContain('progress');
  });
});
