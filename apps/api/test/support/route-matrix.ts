import type { INestApplication } from '@nestjs/common';
import { CSRF_HEADER, ERROR_CODES } from '@interlinea/shared';
import { nestRoutes } from '../../src/common/openapi/nest-routes';
import { uniqueEmail } from './factories';
import type { TestBrowser } from './test-browser';

/**
 * The only routes anyone may call without a session. `@Public()` on a route not named here fails the
 * matrix: making a route public is a decision to write down.
 */
export const PUBLIC_ROUTES = [
  'AuthController_login',
  'AuthController_setupStatus',
  'AuthController_setup',
  'HealthController_check',
  'InvitationsController_find',
  'InvitationsController_accept',
];

/**
 * Routes about the signed-in person and no project of anyone else: any signed-in person may call them
 * (who may create a project is the role matrix's business). They must still tell an outsider nothing
 * of the project under test.
 */
export const OWN_ACCOUNT_ROUTES = [
  'AuthController_me',
  'AuthController_updateMe',
  'AuthController_logout',
  'ProjectsController_list',
  'ProjectsController_create',
  'InboxController_inbox',
  'PreferencesController_get',
  'PreferencesController_replace',
];

/**
 * Routes NOT YET IN THE MATRIX: they lack fixtures (or a decision on who may call them) and must be added,
 * with a real fixture in buildFixtures and a sample in SAMPLE_REQUESTS, then removed from here. The
 * generator skips them; this list is a debt, not an exemption.
 */
export const NOT_YET_IN_MATRIX: string[] = [];

/**
 * The shared memory: the managers of every project look after it, so the manager of another project may
 * use these routes. What they must never show is a project's text that its manager kept out of the shared
 * memory (the project under test does not contribute to it: `contributeToSharedMemory: false`).
 */
export const SHARED_MEMORY_ROUTES = [
  'MemoryReviewController_sharedUnits',
  'MemoryReviewController_sharedImports',
  'MemoryReviewController_sharedConflicts',
  'MemoryReviewController_sharedBulk',
  'MemoryReviewController_sharedUndo',
];

/** State-changing routes on a project that every member may use, a read-only publisher too. */
export const MEMBER_MUTATIONS = [
  'CommentsController_post',
  'CommentsController_resolve',
  // saying where one is looking in a document, and letting go of one's own lock (taking one is refused)
  'LiveController_focus',
  'LiveController_unlock',
];

/**
 * What the manager's control call may answer besides success on routes whose answer depends on more than
 * access: the progress of a TMX import is kept per person while it runs (it is over here, and nobody else
 * ever sees it); machine translation is off in tests (503 MT_DISABLED comes after the access check).
 */
const CONTROL_ANSWERS: Record<string, number[]> = { MemoryController_importProgress: [404], MachineTranslationController_suggest: [503] };

export type Who = 'anonymous' | 'outsider' | 'publisher' | 'no-csrf' | 'manager';

export interface Fixtures {
  browser(): TestBrowser;
  /** The project's manager, a publisher of it, and the manager of another project. */
  people: { manager: TestBrowser; publisher: TestBrowser; outsider: TestBrowser };
  password: string;
  /** Texts of the project under test that nobody outside it may see in an answer. */
  secrets: string[];
  /** A real id for every path parameter a route can take, all of the project under test. */
  params: Record<string, string>;
}

export interface MatrixRoute {
  operationId: string;
  method: string;
  path: string;
  label: string;
  isPublic: boolean;
  isMutation: boolean;
  multipart: boolean;
  /** It validates a body or query, or takes a file: a call needs a valid sample to reach the access check. */
  takesInput: boolean;
}

export interface MatrixCase {
  who: Who;
  route: MatrixRoute;
  /** Calls the route as `who`; null when the answer is as it must be, else what was wrong. */
  check(fixtures: Fixtures): Promise<string | null>;
}

interface SampleRequest {
  /** Path parameters of this route only (a unit to delete that the other cases do not need). */
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: object;
  fields?: Record<string, string>;
  files?: { field: string; name: string; content: string }[];
}

const TMX =
  '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="ru"><seg>Привет</seg></tuv></tu></body></tmx>';

/**
 * A valid request for each route that validates its body or query, so that a call gets past the
 * validation pipes to the access check. A new route with a body or query needs one here (the matrix
 * says so), which is how it gets into the matrix.
 */
export const SAMPLE_REQUESTS: Record<string, (p: Record<string, string>) => SampleRequest> = {
  AuthController_updateMe: () => ({ body: { displayName: 'Someone Else' } }),
  ProjectsController_create: () => ({ body: { name: 'A project of my own', sourceLanguage: 'en', targetLanguages: ['ru'] } }),
  MembersController_grant: () => ({ body: { userId: '00000000-0000-4000-8000-000000000001', role: 'translator', language: 'ru' } }),
  MembersController_invite: () => ({ body: { email: uniqueEmail('uninvited'), role: 'publisher' } }),
  DocumentsController_upload: () => ({ files: [{ field: 'file', name: 'intruder.txt', content: 'One sentence. Another one.' }] }),
  DocumentsController_updateFromXliff: () => ({ files: [{ field: 'file', name: 'intruder.xlf', content: '<xliff version="1.2"/>' }] }),
  DocumentsController_segments: () => ({ query: { lang: 'ru' } }),
  // the editor's light summaries, without their progress counts
  DocumentsController_get: () => ({ query: { progress: 'false' } }),
  ProjectsController_get: () => ({ query: { progress: 'false' } }),
  DocumentsController_export: () => ({ query: { lang: 'ru', format: 'txt', overrideQa: 'true' } }),
  TranslationsController_save: () => ({ body: { text: 'Чужой перевод', status: 'translated', version: 1 } }),
  TranslationsController_review: () => ({ body: { decision: 'approve' } }),
  TranslationsController_revert: () => ({ body: { toVersion: 1, version: 1 } }),
  TranslationsController_matches: () => ({ query: { lang: 'ru' } }),
  BatchEditsController_replace: (p) => ({ body: { lang: 'ru', find: 'земель', replace: 'городов', segmentIds: [p.segmentId], versions: [2] } }),
  BatchEditsController_approve: (p) => ({ body: { lang: 'ru', segmentIds: [p.segmentId], versions: [2] } }),
  SegmentsController_update: () => ({ body: { translatable: false } }),
  SegmentsController_split: () => ({ query: { lang: 'ru' }, body: { sourceOffset: 3 } }),
  SegmentsController_merge: () => ({ query: { lang: 'ru' }, body: { withNext: true } }),
  MemoryController_search: () => ({ query: { q: 'workers', lang: 'ru' } }),
  MemoryController_updateSettings: () => ({ body: { propagateRepetitions: false } }),
  MemoryController_import: () => ({ query: { scope: 'project' }, files: [{ field: 'file', name: 'intruder.tmx', content: TMX }] }),
  MemoryController_export: () => ({ query: { source: 'en', target: 'ru' } }),
  MemoryController_analyse: () => ({ query: { lang: 'ru' } }),
  GlossaryController_list: () => ({}),
  GlossaryController_create: () => ({ body: { sourceLanguage: 'en', targetLanguage: 'ru', sourceTerm: 'intruder', targetTerm: 'чужак' } }),
  GlossaryController_update: () => ({ body: { targetTerm: 'чужак' } }),
  GlossaryController_import: () => ({
    fields: { sourceLanguage: 'en', targetLanguage: 'ru' },
    files: [{ field: 'file', name: 'terms.csv', content: 'source,target\nintruder,чужак\n' }],
  }),
  GlossaryController_export: () => ({ query: { format: 'csv', source: 'en', target: 'ru' } }),
  GlossaryController_forSegment: () => ({ query: { lang: 'ru' } }),
  MachineTranslationController_suggest: () => ({ query: { lang: 'ru' } }),
  MachineTranslationController_updateLanguage: () => ({ body: { formality: 'more' } }),
  QaController_report: () => ({ query: { lang: 'ru' } }),
  QaController_context: () => ({ query: { lang: 'ru' } }),
  QaController_ignore: () => ({ body: { language: 'ru', code: 'SPACES' } }),
  QaController_unignore: () => ({ query: { language: 'ru', code: 'SPACES' } }),
  QaController_updateSettings: () => ({ body: { disabled: ['SPACES'] } }),
  QaController_patchSettings: () => ({ body: { disabled: ['SPACES'] } }),
  PretranslationController_start: () => ({ body: { lang: 'ru', useMt: false } }),
  CommentsController_list: () => ({}),
  CommentsController_post: () => ({ body: { body: 'A word from outside' } }),
  CommentsController_resolve: () => ({ body: { resolved: true } }),
  AlignmentController_upload: () => ({
    fields: { languages: 'en,de' },
    files: [
      { field: 'files', name: 'x.en.txt', content: 'One. Two.' },
      { field: 'files', name: 'x.de.txt', content: 'Eins. Zwei.' },
    ],
  }),
  AlignmentController_edit: () => ({ body: { action: 'merge', version: 0, row: 0 } }),
  DocumentsController_exportPreview: () => ({ query: { lang: 'ru' } }),
  DocumentsController_exportParallel: () => ({ query: { langs: 'ru,de', format: 'html', overrideQa: 'true' } }),
  DocumentsController_exportAll: () => ({ query: { format: 'txt', overrideQa: 'true' } }),
  DashboardController_get: () => ({ query: { weeks: '8' } }),
  PreferencesController_replace: () => ({ body: { gridEditions: {} } }),
  LiveController_events: () => ({}),
  LiveController_focus: (p) => ({ body: { segmentId: p.segmentId, language: 'ru', clientId: 'matrix-client-1' } }),
  LiveController_lock: () => ({ body: { lang: 'ru', clientId: 'matrix-client-1' } }),
  LiveController_unlock: () => ({ query: { lang: 'ru', clientId: 'matrix-client-1' } }),
  PublicationsController_publish: () => ({ body: { lang: 'ru' } }),
  PublicationsController_list: () => ({}),
  PublicationsController_errata: () => ({ query: { lang: 'ru' } }),
  PublicationsController_export: () => ({ query: { format: 'txt' } }),
  PublicationsController_diff: () => ({ query: { against: 'current' } }),
  // version 999: past the access check the manager gets 409 VERSION_CONFLICT, and the original stays as it is
  EditionsController_correctSource: () => ({ body: { text: 'Corrected from outside.', version: 999 } }),
  EditionsController_confirm: () => ({ body: { version: 1 } }),
  CorrectionsController_preview: () => ({ files: [{ field: 'file', name: 'leaflet.txt', content: 'Workers of the world, unite. Peace to the huts.' }] }),
  // a preview of the original as it is: applying it changes nothing the later cases rely on
  CorrectionsController_apply: (p) => ({ fields: { previewId: p.previewId } }),
  MemoryReviewController_projectUnits: () => ({ query: { source: 'en', target: 'ru' } }),
  MemoryReviewController_projectConflicts: () => ({ query: { source: 'en', target: 'ru' } }),
  MemoryReviewController_update: () => ({ body: { trusted: true } }),
  MemoryReviewController_projectBulk: () => ({ body: { filter: { source: 'en', target: 'ru', q: 'huts' }, action: 'vouch', dryRun: true } }),
  // a memory bulk batch is an integer, not the batch edit's id that `{batchId}` names elsewhere
  MemoryReviewController_projectUndo: (p) => ({ params: { batchId: p.memoryBatchId } }),
  MemoryReviewController_remove: (p) => ({ params: { unitId: p.spareUnitId } }),
  MemoryReviewController_prefer: () => ({ body: { source: 'en', target: 'ru', kind: 'targets' } }),
  MemoryReviewController_sharedUnits: () => ({ query: { source: 'en', target: 'ru' } }),
  MemoryReviewController_sharedConflicts: () => ({ query: { source: 'en', target: 'ru' } }),
  MemoryReviewController_sharedBulk: () => ({ body: { filter: { source: 'en', target: 'ru', q: 'bread' }, action: 'vouch', dryRun: true } }),
  MemoryReviewController_sharedUndo: (p) => ({ params: { batchId: p.sharedMemoryBatchId } }),
  AlignmentController_commit: () => ({ body: { version: 0, memory: true, document: false } }),
};

/** `{id}` and `{token}` mean different things on different paths: the segment before them says which. */
function paramName(path: string, name: string): string {
  const before = path.split(`/{${name}}`)[0].split('/').pop();
  if (name === 'id')
    return (
      ({ projects: 'projectId', documents: 'documentId', segments: 'segmentId', publications: 'publicationId' } as Record<string, string>)[before ?? ''] ?? name
    );
  if (name === 'token') return before === 'progress' ? 'progressToken' : 'token';
  return name;
}

interface OpenApiOperation {
  operationId: string;
  requestBody?: { content?: Record<string, unknown> };
}

/** Every operation of the running app (its OpenAPI document), with the metadata of its controller method. */
export async function matrixRoutes(app: INestApplication, anyone: TestBrowser): Promise<MatrixRoute[]> {
  const document = (await anyone.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, OpenApiOperation>> };
  const metadata = new Map(nestRoutes(app).map((route) => [route.operationId, route]));
  const routes = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, operation]) => !NOT_YET_IN_MATRIX.includes(operation.operationId))
      .map(([method, operation]) => {
        const route = metadata.get(operation.operationId);
        if (!route) throw new Error(`${method.toUpperCase()} ${path}: no controller method for ${operation.operationId}`);
        return {
          operationId: operation.operationId,
          method,
          path,
          label: `${method.toUpperCase()} ${path}`,
          isPublic: route.isPublic,
          isMutation: method !== 'get',
          multipart: Boolean(operation.requestBody?.content?.['multipart/form-data']),
          takesInput:
            Boolean(operation.requestBody?.content?.['multipart/form-data']) ||
            (route.body !== undefined && route.body !== 'none' && route.body !== 'uuid') ||
            route.query.some((q) => q.check !== 'none' && q.check !== 'uuid'),
        };
      }),
  );
  if (routes.length !== metadata.size - NOT_YET_IN_MATRIX.filter((id) => metadata.has(id)).length)
    throw new Error(`the OpenAPI document has ${routes.length} operations, the controllers ${metadata.size} routes`);
  return routes;
}

/** The cases: every route × the people who may not use it (signing out comes last, not to end the others' sessions). */
export async function generateMatrix(app: INestApplication, anyone: TestBrowser): Promise<MatrixCase[]> {
  const routes = await matrixRoutes(app, anyone);
  const publicNow = routes.filter((r) => r.isPublic).map((r) => r.operationId);
  const undeclared = publicNow.filter((id) => !PUBLIC_ROUTES.includes(id));
  if (undeclared.length) throw new Error(`@Public() routes not in PUBLIC_ROUTES: ${undeclared.join(', ')}`);
  const ordered = [...routes].sort((a, b) => Number(a.operationId === 'AuthController_logout') - Number(b.operationId === 'AuthController_logout'));
  return ordered.flatMap((route) => {
    const who: Who[] = route.isPublic ? ['anonymous'] : ['anonymous', 'outsider', 'publisher', ...(route.isMutation ? (['no-csrf'] as const) : []), 'manager'];
    return who.map((person) => ({ who: person, route, check: (fixtures: Fixtures) => checkCase(person, route, fixtures) }));
  });
}

interface Answer {
  status: number;
  text: string;
  code?: string;
}

async function call(route: MatrixRoute, browser: TestBrowser, fixtures: Fixtures, csrf: boolean): Promise<Answer> {
  const sample = SAMPLE_REQUESTS[route.operationId]?.(fixtures.params) ?? {};
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = sample.params?.[name] ?? fixtures.params[paramName(route.path, name)];
    if (value === undefined) throw new Error(`${route.label}: the matrix has no fixture for the path parameter {${name}}; add one in buildFixtures`);
    return encodeURIComponent(value);
  });
  let request = browser.agent[route.method as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
  if (csrf && route.isMutation) request = request.set(CSRF_HEADER, browser.csrfToken);
  if (sample.query) request = request.query(sample.query);
  if (route.multipart) {
    for (const [name, value] of Object.entries(sample.fields ?? {})) request = request.field(name, value);
    for (const file of sample.files ?? []) request = request.attach(file.field, Buffer.from(file.content), file.name);
  } else if (sample.body) request = request.send(sample.body);
  // an event stream that opens for someone it should not would never end: 5 s is an answer too
  const response = await request.timeout(5000).catch((error: { timeout?: number; response?: unknown }) => {
    if (error.timeout) return { status: 200, text: '(an open stream)', body: {} };
    throw error;
  });
  const body = response.body as { code?: string } | undefined;
  return { status: response.status, text: response.text ?? '', code: body?.code };
}

async function checkCase(who: Who, route: MatrixRoute, fixtures: Fixtures): Promise<string | null> {
  const tag = `${route.label} as ${who}`;
  if (route.takesInput && !route.isPublic && !SAMPLE_REQUESTS[route.operationId]) {
    return `${tag}: the route validates a body, query or file and has no valid sample in SAMPLE_REQUESTS (test/support/route-matrix.ts)`;
  }
  const { manager, publisher, outsider } = fixtures.people;
  if (who === 'anonymous') {
    const answer = await call(route, fixtures.browser(), fixtures, false);
    if (route.isPublic) return answer.status >= 500 || answer.status === 401 ? `${tag}: ${answer.status} (a public route)` : null;
    return answer.status === 401 && answer.code === ERROR_CODES.unauthenticated ? null : `${tag}: ${answer.status} ${answer.code ?? ''} (expected 401)`;
  }
  if (who === 'no-csrf') {
    const answer = await call(route, manager, fixtures, false);
    return answer.status === 403 && answer.code === ERROR_CODES.csrf
      ? null
      : `${tag}: ${answer.status} ${answer.code ?? ''} (expected 403 ${ERROR_CODES.csrf})`;
  }
  const ownAccount = OWN_ACCOUNT_ROUTES.includes(route.operationId);
  if (who === 'manager') {
    // the control: the fixtures are real, so the project's manager gets past every access check
    const answer = await call(route, manager, fixtures, true);
    if (CONTROL_ANSWERS[route.operationId]?.includes(answer.status)) return null;
    return answer.status >= 500 || [401, 403, 404].includes(answer.status)
      ? `${tag}: ${answer.status} ${answer.code ?? ''} ${answer.text.slice(0, 200)}`
      : null;
  }
  if (who === 'outsider') {
    const answer = await call(route, outsider, fixtures, true);
    if (answer.status >= 500) return `${tag}: ${answer.status}`;
    const leaked = fixtures.secrets.find((secret) => answer.text.includes(secret));
    if (leaked) return `${tag}: ${answer.status}, the answer shows "${leaked}" of a project they are not in`;
    if (ownAccount || SHARED_MEMORY_ROUTES.includes(route.operationId)) return null;
    return [403, 404].includes(answer.status) ? null : `${tag}: ${answer.status} ${answer.code ?? ''} (expected 403 or 404)`;
  }
  // a member with a read-only role
  const answer = await call(route, publisher, fixtures, true);
  if (answer.status >= 500 || answer.status === 401) return `${tag}: ${answer.status}`;
  if (ownAccount || !route.isMutation || MEMBER_MUTATIONS.includes(route.operationId)) return null;
  return [403, 404].includes(answer.status) ? null : `${tag}: ${answer.status} ${answer.code ?? ''} (expected 403 or 404)`;
}
