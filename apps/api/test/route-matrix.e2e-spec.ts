import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { nestRoutes } from '../src/common/openapi/nest-routes';
import { ApiContract } from '../src/common/openapi/api-contract.decorator';
import { z } from 'zod';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, PASSWORD, setUpAdmin, uniqueEmail } from './support/factories';
import { generateMatrix, NOT_YET_IN_MATRIX, type Fixtures, type MatrixCase } from './support/route-matrix';
import type { TestBrowser } from './support/test-browser';

/**
 * The role × route matrix, generated from the running application's route table (the OpenAPI document
 * and the controllers' metadata), not from a hand list: every route is called by someone without a
 * session, by the manager of another project, by a member with a read-only role, and (state-changing
 * routes) without the CSRF header. What each must answer follows from the route: see support/route-matrix.
 */
describe('every route against people who may not use it', () => {
  let t: TestApp;
  let fixtures: Fixtures;
  let cases: MatrixCase[];

  beforeAll(async () => {
    t = await createTestApp();
    fixtures = await buildFixtures(t);
    cases = await generateMatrix(t.app, t.browser());
  });
  afterAll(() => t.close());

  it('covers every route of the application', async () => {
    // the controllers' own table, read apart from the OpenAPI document the matrix is generated from
    const controllerRoutes = nestRoutes(t.app)
      .map((route) => route.operationId)
      .filter((id) => !NOT_YET_IN_MATRIX.includes(id));
    const inMatrix = new Set(cases.map((c) => c.route.operationId));
    expect([...inMatrix].sort()).toEqual([...new Set(controllerRoutes)].sort());
    expect(inMatrix.size).toBe(controllerRoutes.length);
    expect(inMatrix.size).toBeGreaterThanOrEqual(70);
    // every route someone without a session tries; every non-public one the others too
    for (const c of cases.filter((x) => !x.route.isPublic)) {
      expect(cases.filter((x) => x.route === c.route).map((x) => x.who)).toEqual(expect.arrayContaining(['anonymous', 'outsider', 'publisher']));
    }
    console.log(`route matrix: ${inMatrix.size} routes, ${cases.length} cases (${summary(cases)})`);
  });

  it('answers 401 to every non-public route without a session', async () => {
    const wrong = await run(cases.filter((c) => c.who === 'anonymous'));
    expect(wrong).toEqual([]);
  });

  it('refuses the manager of another project on every route of this one, and leaks nothing of it on the others', async () => {
    const wrong = await run(cases.filter((c) => c.who === 'outsider'));
    expect(wrong).toEqual([]);
  });

  it('refuses every state-changing route to a read-only member (publisher), except the few any member may use', async () => {
    const wrong = await run(cases.filter((c) => c.who === 'publisher'));
    expect(wrong).toEqual([]);
  });

  it('refuses every state-changing route without the CSRF header, even to the project manager', async () => {
    const wrong = await run(cases.filter((c) => c.who === 'no-csrf'));
    expect(wrong).toEqual([]);
  });

  it('lets the project manager past every access check with the same requests (the fixtures are real)', async () => {
    const wrong = await run(cases.filter((c) => c.who === 'manager'));
    expect(wrong).toEqual([]);
  });

  async function run(selected: MatrixCase[]): Promise<string[]> {
    expect(selected.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const c of selected) {
      const problem = await c.check(fixtures).catch((error: Error) => error.message);
      if (problem) wrong.push(problem);
    }
    return wrong;
  }
});

/** A route someone forgot to check access on: the generated matrix must catch it without being told. */
@Controller()
class ForgottenGuardController {
  @ApiContract({ response: z.object({ id: z.string() }) })
  @Get('projects/:projectId/leaky-report')
  leak(@Param('projectId', ParseUUIDPipe) projectId: string) {
    return { id: projectId };
  }
}

describe('a new route without an access check', () => {
  let t: TestApp;
  let fixtures: Fixtures;

  beforeAll(async () => {
    t = await createTestApp({}, undefined, [ForgottenGuardController]);
    fixtures = await buildFixtures(t);
  });
  afterAll(() => t.close());

  it('is in the generated matrix and fails its outsider case', async () => {
    const leaky = (await generateMatrix(t.app, t.browser())).filter((c) => c.route.label === 'GET /api/projects/{projectId}/leaky-report');
    expect(leaky.map((c) => c.who).sort()).toEqual(['anonymous', 'manager', 'outsider', 'publisher']);
    // the session guard still turns away someone without a session …
    expect(await leaky.find((c) => c.who === 'anonymous')!.check(fixtures)).toBeNull();
    // … but the manager of another project reads it: the matrix reports that
    expect(await leaky.find((c) => c.who === 'outsider')!.check(fixtures)).toMatch(/leaky-report as outsider: 200/);
  });
});

function summary(cases: MatrixCase[]): string {
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.who, (counts.get(c.who) ?? 0) + 1);
  return [...counts].map(([who, n]) => `${who} ${n}`).join(', ');
}

/** Imports English–Russian pairs as a TMX file into a project's memory or the shared one. */
function importTmx(browser: TestBrowser, projectId: string, scope: 'project' | 'shared', name: string, pairs: [string, string][]) {
  const units = pairs.map(([en, ru]) => `<tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="ru"><seg>${ru}</seg></tuv></tu>`).join('');
  return browser.agent
    .post(`/api/projects/${projectId}/memory/import?scope=${scope}`)
    .set('X-CSRF-Token', browser.csrfToken)
    .attach('file', Buffer.from(`<tmx version="1.4"><header srclang="en"/><body>${units}</body></tmx>`), name);
}

/** The project every case aims at, with one of each thing a route can name, and the people who call. */
async function buildFixtures(t: TestApp): Promise<Fixtures> {
  const manager = await setUpAdmin(t);
  const project = await createProject(manager, 'en', ['ru', 'de']);
  const upload = await manager
    .upload(`/api/projects/${project.id}/documents`, 'leaflet.txt', 'Workers of the world, unite. Peace to the huts. War on the palaces.')
    .expect(201);
  const documentId: string = upload.body.id;
  const segments = (await manager.get(`/api/documents/${documentId}/segments?lang=ru`).expect(200)).body as { id: string }[];
  const publisher = await addMember(t, manager, project.id, 'publisher', null, 'pavel');
  const translator = await addMember(t, manager, project.id, 'translator', 'ru', 'tanya');
  const members = (await manager.get(`/api/projects/${project.id}/members`).expect(200)).body as { membershipId: string; userId: string }[];
  const membershipId = members.find((m) => m.userId === translator.userId)!.membershipId;
  await translator
    .put(`/api/segments/${segments[0].id}/translations/ru`, { text: 'Пролетарии всех стран, соединяйтесь.', status: 'translated', version: 0 })
    .expect(200);
  const replaced = await manager
    .post(`/api/documents/${documentId}/replace`, { lang: 'ru', find: 'стран', replace: 'земель', segmentIds: [segments[0].id], versions: [1] })
    .expect(200);
  const comment = await translator.post(`/api/segments/${segments[0].id}/comments`, { body: '@Anna Admin is this right?', language: 'ru' }).expect(201);
  const inbox = (await manager.get('/api/inbox').expect(200)).body as { items: { id: string }[] };
  const term = await manager
    .post(`/api/projects/${project.id}/glossary`, { sourceLanguage: 'en', targetLanguage: 'ru', sourceTerm: 'worker', targetTerm: 'рабочий' })
    .expect(201);
  const job = await manager.post(`/api/documents/${documentId}/pretranslate`, { lang: 'de', useMt: false }).expect(201);
  const alignment = await manager.agent
    .post(`/api/projects/${project.id}/alignments`)
    .set('X-CSRF-Token', manager.csrfToken)
    .field('languages', 'en,de')
    .attach('files', Buffer.from('Workers unite. Peace to the huts.'), 'a.en.txt')
    .attach('files', Buffer.from('Arbeiter, vereinigt euch. Friede den Hütten.'), 'a.de.txt')
    .expect(201);
  const invitation = await manager
    .post(`/api/projects/${project.id}/invitations`, { email: uniqueEmail('guest'), role: 'translator', language: 'ru' })
    .expect(201);

  const publication = await manager.post(`/api/documents/${documentId}/publications`, { lang: 'ru' });
  if (publication.status !== 201) console.log('matrix fixture: publishing answered', publication.status, publication.text);
  await importTmx(manager, project.id, 'project', 'memory.tmx', [
    ['Peace to the huts.', 'Мир хижинам.'],
    ['War on the palaces.', 'Война дворцам.'],
  ]);
  const units = await manager.get(`/api/projects/${project.id}/memory/units?source=en&target=ru`);
  if (units.status !== 200 || !units.body.units?.length) console.log('matrix fixture: memory units', units.status, units.text.slice(0, 300));
  const bulk = await manager.post(`/api/projects/${project.id}/memory/units/bulk`, {
    filter: { source: 'en', target: 'ru', q: 'huts' },
    action: 'vouch',
  });
  if (bulk.status !== 200 || bulk.body.batchId == null) console.log('matrix fixture: memory bulk', bulk.status, bulk.text.slice(0, 300));
  const preview = await manager.agent
    .post(`/api/documents/${documentId}/corrections/preview`)
    .set('X-CSRF-Token', manager.csrfToken)
    .attach('file', Buffer.from('Workers of the world, unite. Peace to the huts. War on the palaces.'), 'leaflet.txt');
  if (preview.status !== 200) console.log('matrix fixture: correction preview', preview.status, preview.text.slice(0, 300));

  // the manager of another project, who may create projects and read their own things, and nothing here
  const otherManagerHome = await createProject(manager, 'en', ['ru']);
  const outsider = await addMember(t, manager, otherManagerHome.id, 'manager', null, 'oleg');
  // the project under test keeps its translations out of the shared memory (they were in it until now);
  // the other project shares a TMX file there, which the shared memory routes work on
  const kept = await manager.put(`/api/projects/${project.id}/memory/settings`, { contributeToSharedMemory: false });
  if (kept.status !== 200) console.log('matrix fixture: memory settings', kept.status, kept.text.slice(0, 300));
  await importTmx(outsider, otherManagerHome.id, 'shared', 'shared.tmx', [['Bread and peace.', 'Хлеба и мира.']]);
  const sharedBulk = await outsider.post('/api/memory/units/bulk', { filter: { source: 'en', target: 'ru', q: 'bread' }, action: 'vouch' });
  if (sharedBulk.status !== 200 || sharedBulk.body.batchId == null)
    console.log('matrix fixture: shared bulk', sharedBulk.status, sharedBulk.text.slice(0, 300));

  return {
    browser: () => t.browser(),
    people: { manager, publisher, outsider },
    password: PASSWORD,
    secrets: [project.name, documentId, 'Пролетарии'],
    params: {
      projectId: project.id,
      documentId,
      segmentId: segments[0].id,
      lang: 'ru',
      membershipId,
      batchId: replaced.body.batchId,
      commentId: comment.body.id,
      itemId: inbox.items[0].id,
      termId: term.body.id,
      jobId: job.body.jobId,
      alignmentId: alignment.body.id,
      token: invitation.body.token,
      progressToken: 'progress-token-1',
      publicationId: publication.body?.id ?? '00000000-0000-4000-8000-000000000009',
      unitId: String(units.body?.units?.[0]?.id ?? 999999),
      previewId: preview.body?.previewId ?? '00000000-0000-4000-8000-000000000008',
      memoryBatchId: String(bulk.body?.batchId ?? 999999),
      sharedMemoryBatchId: String(sharedBulk.body?.batchId ?? 999997),
      // the unit the manager's DELETE case removes, not the one the other unit routes read
      spareUnitId: String(units.body?.units?.[1]?.id ?? 999998),
    },
  };
}
