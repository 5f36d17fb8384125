import * as fs from 'node:fs';
import type { SegmentRow } from '@interlinea/shared';
import { createTestApp, type TestApp } from './support/test-app';
import { addMember, createProject, setUpAdmin, uniqueEmail } from './support/factories';
import type { TestBrowser } from './support/test-browser';

type Person = 'manager' | 'translatorRu' | 'reviewerRu' | 'publisher' | 'outsider';
type Action = (b: TestBrowser) => Promise<{ status: number }>;

/**
 * Every role against every action: the status a person gets. 2xx means allowed.
 * The manager (the project's creator) translates and reviews every edition without granting themselves roles.
 * translatorRu / reviewerRu hold the Russian edition only; the outsider manages another project.
 */
const EXPECTED: Record<string, Record<Person, 'ok' | 403>> = {
  'see the project': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
  'list members': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
  'invite someone': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  'list open invitations': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  'upload a document': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  'read the segments': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
  'translate into Russian': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 403, outsider: 403 },
  'translate into German': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  'read a segment history': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
  'see memory matches': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
  'search the memory': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
  'import a TMX': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  'export the memory as TMX': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 'ok', outsider: 403 },
  'analyse a document': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  'change memory settings': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  'approve a Russian segment': { manager: 'ok', translatorRu: 403, reviewerRu: 'ok', publisher: 403, outsider: 403 },
  'export an edition': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 'ok', outsider: 403 },
  'preview an export': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 'ok', outsider: 403 },
  'export a parallel edition': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 'ok', outsider: 403 },
  'export all editions': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 'ok', outsider: 403 },
  'see the dashboard': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
  'create a project': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 'ok' },
  'see the MT status': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
  'ask MT for Russian': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 403, outsider: 403 },
  'change edition settings': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  'see post-editing effort': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  'pre-translate a document': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  'see a job': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
  'read the glossary': { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
  'add a glossary term': { manager: 'ok', translatorRu: 403, reviewerRu: 403, publisher: 403, outsider: 403 },
  "check a segment's terms": { manager: 'ok', translatorRu: 'ok', reviewerRu: 'ok', publisher: 'ok', outsider: 403 },
};

describe('who may do what', () => {
  let t: TestApp;
  const people = {} as Record<Person, TestBrowser>;
  let projectId: string;
  let documentId: string;
  let segments: SegmentRow[];
  const versions = new Map<string, number>();

  beforeAll(async () => {
    t = await createTestApp();
    people.manager = await setUpAdmin(t);
    projectId = (await createProject(people.manager, 'en', ['ru', 'de'])).id;
    const upload = await people.manager
      .upload(`/api/projects/${projectId}/documents`, 'a.txt', fs.readFileSync(`${__dirname}/../../../../shared/samples/rabochaya-vlast-1992.txt`))
      .expect(201);
    documentId = upload.body.id;
    // the segments for translation (the sample's site furniture, such as "Search", is locked)
    segments = (await people.manager.get(`/api/documents/${documentId}/segments?lang=ru`).expect(200)).body.filter((s: SegmentRow) => s.translatable);
    people.translatorRu = await addMember(t, people.manager, projectId, 'translator', 'ru');
    people.reviewerRu = await addMember(t, people.manager, projectId, 'reviewer', 'ru');
    people.publisher = await addMember(t, people.manager, projectId, 'publisher');
    // the outsider manages a project of their own, and nothing here
    const otherProject = await createProject(people.manager, 'ru', ['en']);
    people.outsider = await addMember(t, people.manager, otherProject.id, 'manager', null, 'outsider');
    // something to approve
    await people.translatorRu.put(`/api/segments/${segments[1].id}/translations/ru`, { text: 'Закрыть', status: 'translated', version: 0 }).expect(200);
    jobId = (await people.manager.post(`/api/documents/${documentId}/pretranslate`, { lang: 'de', useMt: false }).expect(201)).body.jobId;
  });
  let jobId: string;
  afterAll(() => t.close());

  let n = 0;
  const actions: Record<string, Action> = {
    'see the project': (b) => b.get(`/api/projects/${projectId}`),
    'list members': (b) => b.get(`/api/projects/${projectId}/members`),
    'invite someone': (b) => b.post(`/api/projects/${projectId}/invitations`, { email: uniqueEmail('guest'), role: 'publisher' }),
    'list open invitations': (b) => b.get(`/api/projects/${projectId}/invitations`),
    'upload a document': (b) => b.upload(`/api/projects/${projectId}/documents`, 'b.txt', 'One sentence. Another one.'),
    'read the segments': (b) => b.get(`/api/documents/${documentId}/segments?lang=ru`),
    'translate into Russian': async (b) => {
      const segment = segments[2 + n++];
      return b.put(`/api/segments/${segment.id}/translations/ru`, { text: 'Перевод', status: 'draft', version: versions.get(segment.id) ?? 0 });
    },
    'translate into German': (b) => b.put(`/api/segments/${segments[0].id}/translations/de`, { text: 'Suche', status: 'draft', version: 0 }),
    'read a segment history': (b) => b.get(`/api/segments/${segments[1].id}/translations/ru/revisions`),
    'see memory matches': (b) => b.get(`/api/segments/${segments[1].id}/matches?lang=ru`),
    'search the memory': (b) => b.get(`/api/projects/${projectId}/memory/search?q=capitalism&lang=ru`),
    'import a TMX': (b) =>
      b.upload(
        `/api/projects/${projectId}/memory/import`,
        'm.tmx',
        '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="ru"><seg>Привет</seg></tuv></tu></body></tmx>',
      ),
    'export the memory as TMX': (b) => b.get(`/api/projects/${projectId}/memory/export?source=en&target=ru`),
    'analyse a document': (b) => b.get(`/api/documents/${documentId}/analysis?lang=ru`),
    'change memory settings': (b) => b.put(`/api/projects/${projectId}/memory/settings`, { propagateRepetitions: true }),
    'approve a Russian segment': (b) => b.post(`/api/segments/${segments[1].id}/translations/ru/review`, { decision: 'approve' }),
    // past the QA gate (the edition is untranslated): this checks who may export, not what
    'export an edition': (b) => b.get(`/api/documents/${documentId}/export?lang=ru&overrideQa=true`),
    'preview an export': (b) => b.get(`/api/documents/${documentId}/export/preview?lang=ru&unapproved=current`),
    'export a parallel edition': (b) => b.get(`/api/documents/${documentId}/export/parallel?langs=ru,de&overrideQa=true`),
    'export all editions': (b) => b.get(`/api/documents/${documentId}/export/all?overrideQa=true`),
    'see the dashboard': (b) => b.get(`/api/projects/${projectId}/dashboard`),
    'create a project': (b) => b.post('/api/projects', { name: 'Another', sourceLanguage: 'de', targetLanguages: ['en'] }),
    'see the MT status': (b) => b.get(`/api/projects/${projectId}/machine-translation/status`),
    // no DEEPL_AUTH_KEY here: getting past the role check means hearing that MT is off
    'ask MT for Russian': async (b) => {
      const res = await b.get(`/api/segments/${segments[1].id}/machine-translation?lang=ru`);
      return { status: res.status === 503 && res.body.code === 'MT_DISABLED' ? 200 : res.status };
    },
    'change edition settings': (b) => b.patch(`/api/projects/${projectId}/languages/ru`, { formality: 'less' }),
    'see post-editing effort': (b) => b.get(`/api/projects/${projectId}/statistics/post-editing`),
    'pre-translate a document': (b) => b.post(`/api/documents/${documentId}/pretranslate`, { lang: 'ru', useMt: false }),
    'see a job': (b) => b.get(`/api/jobs/${jobId}`),
    'read the glossary': (b) => b.get(`/api/projects/${projectId}/glossary`),
    'add a glossary term': (b) =>
      b.post(`/api/projects/${projectId}/glossary`, { sourceLanguage: 'en', targetLanguage: 'ru', sourceTerm: `term ${n++}`, targetTerm: 'термин' }),
    "check a segment's terms": (b) => b.get(`/api/segments/${segments[1].id}/glossary?lang=ru`),
  };

  const cases = Object.entries(EXPECTED).flatMap(([action, byPerson]) =>
    (Object.entries(byPerson) as [Person, 'ok' | 403][]).map(([person, expected]) => [action, person, expected] as const),
  );

  it.each(cases)('%s as %s → %s', async (action, person, expected) => {
    const res = await actions[action](people[person]);
    if (expected === 'ok') expect(res.status).toBeLessThan(300);
    else expect(res.status).toBe(expected);
  });
});
