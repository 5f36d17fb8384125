import { nestRoutes } from '../src/common/openapi/nest-routes';
import { createTestApp, type TestApp } from './support/test-app';

/** The parts of an OpenAPI 3.0 document these tests read. */
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  allOf?: Schema[];
  items?: Schema;
}
type Content = Record<string, { schema?: Schema }>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content?: Content };
  responses: Record<string, { content?: Content }>;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}
interface DocumentedOperation {
  path: string;
  method: string;
  operation: Operation;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const ERROR_REF = '#/components/schemas/ApiError';
const BINARY = { type: 'string', format: 'binary' };

describe('the OpenAPI document at /api/docs', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let operations: DocumentedOperation[];
  const label = ({ method, path }: DocumentedOperation) => `${method.toUpperCase()} ${path}`;
  const find = (method: string, path: string): Operation => {
    const operation = document.paths[path]?.[method];
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not documented`);
    return operation;
  };
  const resolve = (schema: Schema | undefined): Schema => {
    const name = schema?.$ref?.replace('#/components/schemas/', '');
    return name ? document.components.schemas[name] : (schema ?? {});
  };
  const hasSchemas = (content: Content | undefined) =>
    content !== undefined && Object.keys(content).length > 0 && Object.values(content).every((c) => c.schema !== undefined);

  beforeAll(async () => {
    t = await createTestApp();
    document = (await t.browser().get('/api/docs-json').expect(200)).body as OpenApiDocument;
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] })),
    );
  });
  afterAll(() => t.close());

  it('is served as Swagger UI and as JSON', async () => {
    const page = await t.browser().get('/api/docs').expect(200);
    expect(page.text).toMatch(/swagger/i);
    expect(document.openapi).toMatch(/^3\.0/);
  });

  it('lists every route of the application, each with its @ApiContract', () => {
    const routes = nestRoutes(t.app);
    expect(routes.length).toBeGreaterThanOrEqual(50);
    expect(operations.map(({ operation }) => operation.operationId).sort()).toEqual(routes.map((route) => route.operationId).sort());
    expect(routes.filter((route) => !route.contract).map((route) => route.operationId)).toEqual([]);
  });

  it('gives every route a schema for its success answer (only a 204 has no content)', () => {
    const lacking = operations.filter(({ operation }) => {
      const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      if (successes.length !== 1) return true;
      const [status, response] = successes[0];
      return status === '204' ? response.content !== undefined : !hasSchemas(response.content);
    });
    expect(lacking.map(label)).toEqual([]);
  });

  it('gives every POST, PUT and PATCH a request body schema, unless its contract says it takes none', () => {
    const withoutBody = new Set(
      nestRoutes(t.app)
        .filter((route) => route.contract?.body === 'none')
        .map((route) => route.operationId),
    );
    const mutations = operations.filter(({ method }) => ['post', 'put', 'patch'].includes(method));
    expect(mutations.filter(({ operation }) => !withoutBody.has(operation.operationId) && !hasSchemas(operation.requestBody?.content)).map(label)).toEqual([]);
    expect(mutations.filter(({ operation }) => withoutBody.has(operation.operationId) && operation.requestBody).map(label)).toEqual([]);
    expect(withoutBody.size).toBeGreaterThan(0);
  });

  it('declares every path parameter with a schema', () => {
    const undeclared = operations.flatMap(({ path, method, operation }) =>
      [...path.matchAll(/\{([^}]+)\}/g)]
        .map((match) => match[1])
        .filter((name) => !operation.parameters?.some((p) => p.in === 'path' && p.name === name && p.schema))
        .map((name) => `${method.toUpperCase()} ${path}: ${name}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('answers every error with the body { code, message, details }', () => {
    const wrong = operations.flatMap((documented) =>
      Object.entries(documented.operation.responses)
        .filter(([status]) => Number(status) >= 400)
        .filter(([, response]) => {
          const schema = response.content?.['application/json']?.schema;
          return (schema?.$ref ?? schema?.allOf?.[0]?.$ref) !== ERROR_REF;
        })
        .map(([status]) => `${label(documented)} ${status}`),
    );
    expect(wrong).toEqual([]);
    expect(resolve({ $ref: ERROR_REF })).toMatchObject({
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
      required: ['code', 'message'],
    });
    expect(find('post', '/api/projects').responses['401']).toBeDefined();
  });

  it('resolves every $ref to a component schema', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    const dangling = refs
      .map((ref) => ref.slice('"$ref":"'.length, -1))
      .filter((ref) => !ref.startsWith('#/components/schemas/') || !document.components.schemas[ref.split('/').pop()!]);
    expect([...new Set(dangling)]).toEqual([]);
  });

  it('describes saving a translation: text, status and version in, the translation out, 409 on a stale version', () => {
    const save = find('put', '/api/segments/{segmentId}/translations/{lang}');
    const body = resolve(save.requestBody?.content?.['application/json']?.schema);
    expect(body.required).toEqual(expect.arrayContaining(['text', 'status', 'version']));
    expect(body.properties?.status).toEqual({ type: 'string', enum: ['draft', 'translated'] });
    expect(body.properties?.version).toMatchObject({ type: 'integer', minimum: 0 });
    expect(save.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'segmentId', in: 'path', schema: { type: 'string', format: 'uuid' } }),
        expect.objectContaining({ name: 'lang', in: 'path', schema: { $ref: '#/components/schemas/Language' } }),
      ]),
    );
    expect(save.responses['200'].content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/Translation' });
    const conflict = save.responses['409'].content?.['application/json']?.schema;
    expect(conflict?.allOf?.[1]?.properties?.details).toEqual({ $ref: '#/components/schemas/VersionConflictDetails' });
    expect(resolve({ $ref: '#/components/schemas/VersionConflictDetails' }).properties?.current).toEqual({ $ref: '#/components/schemas/Translation' });
  });

  it('lists the fields of a query contract as query parameters', () => {
    const search = find('get', '/api/projects/{projectId}/memory/search');
    const query = Object.fromEntries((search.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.required]));
    expect(query).toEqual({ q: true, lang: true, limit: false, partial: false });
  });

  it('describes files as binary content, job events as a stream, 204s as empty', () => {
    const exported = find('get', '/api/documents/{id}/export').responses['200'].content ?? {};
    expect(exported['application/vnd.openxmlformats-officedocument.wordprocessingml.document']?.schema).toEqual(BINARY);
    expect(Object.values(exported).every((c) => JSON.stringify(c.schema) === JSON.stringify(BINARY))).toBe(true);
    expect(find('get', '/api/projects/{projectId}/memory/export').responses['200'].content?.['application/x-tmx+xml']?.schema).toEqual(BINARY);
    expect(Object.keys(find('get', '/api/documents/{documentId}/analysis').responses['200'].content ?? {}).sort()).toEqual(['application/json', 'text/csv']);
    expect(find('get', '/api/jobs/{jobId}/events').responses['200'].content?.['text/event-stream']).toBeDefined();
    expect(find('delete', '/api/glossary/{termId}').responses['204'].content).toBeUndefined();
  });
});
