import type { OpenAPIObject } from '@nestjs/swagger';
import type { ZodType } from 'zod';
import { apiErrorSchema } from '@interlinea/shared';
import { BINARY, type ContentSchema, type ErrorDoc } from './api-contract.decorator';
import { refsIn, type ContractSchemas, type JsonSchema } from './contract-schemas';
import type { ArgumentCheck, NestRoute } from './nest-routes';
import { routeErrors } from './route-errors';

type PathItem = OpenAPIObject['paths'][string];
type Operation = NonNullable<PathItem['get']>;
type Parameter = NonNullable<Operation['parameters']>[number];
type Schema = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
type Content = Record<string, { schema: Schema; 'x-event-data'?: Schema }>;

const SUCCESS: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No content' };
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
type Method = (typeof METHODS)[number];

/**
 * Completes the operations Swagger found with what the routes take (from their zod validation pipes)
 * and answer (from `@ApiContract`), and adds the contracts they use to `components.schemas`.
 */
export function describeOperations(document: OpenAPIObject, routes: NestRoute[], schemas: ContractSchemas): void {
  const byOperationId = new Map(routes.map((route) => [route.operationId, route]));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      const route = operation?.operationId === undefined ? undefined : byOperationId.get(operation.operationId);
      if (operation && route) new OperationWriter(schemas, route, path, method).write(operation);
    }
  }
  const components = schemas.componentsFor(refsIn(document.paths));
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...(components as Record<string, Schema>) } };
}

class OperationWriter {
  constructor(
    private readonly schemas: ContractSchemas,
    private readonly route: NestRoute,
    private readonly path: string,
    private readonly method: Method,
  ) {}

  write(operation: Operation): void {
    const isMutation = this.method !== 'get';
    const derived = [...this.pathParameters(), ...this.queryParameters()];
    const declared = (operation.parameters ?? []).filter((p) => '$ref' in p || !derived.some((d) => 'name' in d && d.name === p.name && d.in === p.in));
    operation.parameters = [...derived, ...declared];
    if (!this.route.isPublic) {
      operation.security = [{ cookie: [] }];
      if (isMutation)
        operation.parameters.push({
          name: 'X-CSRF-Token',
          in: 'header',
          required: true,
          description: 'The `csrfToken` of the session (login answer, or the interlinea_csrf cookie).',
          schema: { type: 'string' },
        });
    }
    this.writeBody(operation);
    const success = this.route.httpCode ?? (this.method === 'post' ? 201 : 200);
    const errors = routeErrors(this.route, this.pathParameterNames().length > 0, isMutation);
    // Swagger's own answers (its default success, any @ApiResponse) stay unless the contract says more.
    if (this.route.contract) operation.responses[success] = this.success(SUCCESS[success] ?? 'Success');
    for (const [status, error] of Object.entries(errors)) operation.responses[status] = this.error(error);
  }

  private pathParameterNames(): string[] {
    return [...this.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  }

  private pathParameters(): Parameter[] {
    return this.pathParameterNames().map((name) => ({ name, in: 'path', required: true, schema: this.argumentSchema(this.route.params.get(name) ?? 'none') }));
  }

  private queryParameters(): Parameter[] {
    return this.route.query.flatMap(({ name, check }): Parameter[] => {
      if (name !== undefined) {
        const required = typeof check === 'object' ? !check.zod.safeParse(undefined).success : true;
        return [{ name, in: 'query', required, schema: this.argumentSchema(check) }];
      }
      if (typeof check !== 'object') return [];
      const query = this.schemas.inline(check.zod, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
      return Object.entries(query.properties ?? {}).map(([property, schema]) => ({
        name: property,
        in: 'query',
        required: query.required?.includes(property) ?? false,
        schema: schema as Schema,
      }));
    });
  }

  private argumentSchema(check: ArgumentCheck): Schema {
    if (check === 'uuid') return { type: 'string', format: 'uuid' };
    if (check === 'none') return { type: 'string' };
    return this.schemas.schemaOf(check.zod, 'input') as Schema;
  }

  /** JSON bodies from their pipe; multipart bodies (`@ApiBody`) get the pipe's fields beside the file. */
  private writeBody(operation: Operation): void {
    const body = this.route.body;
    if (typeof body !== 'object') return;
    const required = !body.zod.safeParse({}).success;
    const existing = operation.requestBody && 'content' in operation.requestBody ? operation.requestBody.content['multipart/form-data'] : undefined;
    if (!existing?.schema || '$ref' in existing.schema) {
      operation.requestBody = { required, content: { 'application/json': { schema: this.schemas.schemaOf(body.zod, 'input') as Schema } } };
      return;
    }
    const fields = this.schemas.inline(body.zod, 'input') as { properties?: Record<string, Schema>; required?: string[] };
    const requiredFields = [...new Set([...(existing.schema.required ?? []), ...(fields.required ?? [])])];
    existing.schema = { ...existing.schema, properties: { ...existing.schema.properties, ...fields.properties } };
    if (requiredFields.length > 0) existing.schema.required = requiredFields;
  }

  private success(text: string) {
    const response = this.route.contract?.response;
    if (!response) return { description: text };
    if (!isZod(response)) {
      return { description: text, content: Object.fromEntries(Object.entries(response).map(([type, schema]) => [type, { schema: this.content(schema) }])) };
    }
    if (!this.route.isSse) return { description: text, content: { 'application/json': { schema: this.content(response) } } };
    const data = this.schemas.nameOf(response, 'output') ?? 'JSON object';
    const content: Content = {
      'text/event-stream': {
        schema: { type: 'string', description: `Server-sent events; the \`data\` of each is a ${data} (JSON).` },
        'x-event-data': this.content(response),
      },
    };
    return { description: text, content };
  }

  private content(schema: ContentSchema): Schema {
    return schema === BINARY ? { type: 'string', format: 'binary' } : (this.schemas.schemaOf(schema, 'output') as Schema);
  }

  private error({ description, details }: ErrorDoc) {
    const body = this.schemas.schemaOf(apiErrorSchema, 'output') as Schema;
    const schema: Schema = details ? { allOf: [body, { type: 'object', properties: { details: this.content(details) } }] } : body;
    return { description, content: { 'application/json': { schema } } };
  }
}

function isZod(value: unknown): value is ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}
