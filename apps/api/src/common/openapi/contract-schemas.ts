import { z, type ZodType } from 'zod';
import * as contracts from '@interlinea/shared';

/** A JSON Schema (OpenAPI 3.0 flavour) as zod writes it. */
export type JsonSchema = { [key: string]: unknown };

/** Requests are described by what zod accepts (`input`), responses by what it produces (`output`). */
export type Io = 'input' | 'output';

const COMPONENTS = '#/components/schemas/';

/**
 * The OpenAPI schemas of the shared zod contracts. Every `xxxSchema` exported by `@interlinea/shared`
 * is a named component `Xxx` (`saveTranslationRequestSchema` → `SaveTranslationRequest`, the name of
 * its inferred type), so contracts nested in others are `$ref`s, never copies. A contract whose input
 * differs from its output (defaults, transforms) gets a second component `XxxInput` for requests.
 */
export class ContractSchemas {
  private readonly registry = z.registry<{ id: string }>();
  private readonly output: Record<string, JsonSchema>;
  private readonly input: Record<string, JsonSchema>;
  private readonly inputOnly = new Set<string>();
  private readonly all: Record<string, JsonSchema> = {};

  constructor(exported: Record<string, unknown> = contracts) {
    for (const [name, value] of Object.entries(exported)) {
      if (value instanceof z.ZodType && name.endsWith('Schema') && !this.registry.has(value)) {
        this.registry.add(value, { id: name.charAt(0).toUpperCase() + name.slice(1, -'Schema'.length) });
      }
    }
    this.output = this.generate('output', (id) => COMPONENTS + id);
    const sameRefs = this.generate('input', (id) => COMPONENTS + id);
    for (const id of differing(sameRefs, this.output)) this.inputOnly.add(id);
    this.input = this.generate('input', (id) => COMPONENTS + this.componentName(id, 'input'));
    Object.assign(this.all, this.output);
    for (const id of this.inputOnly) this.all[`${id}Input`] = this.input[id];
  }

  /** The name a contract's schema has under `components.schemas`, if it is a shared contract. */
  nameOf(schema: ZodType, io: Io): string | undefined {
    const id = this.registry.get(schema)?.id;
    return id === undefined ? undefined : this.componentName(id, io);
  }

  /** A `$ref` to a shared contract, or the schema written out, with `$ref`s to the contracts it holds. */
  schemaOf(schema: ZodType, io: Io): JsonSchema {
    const name = this.nameOf(schema, io);
    if (name !== undefined) return { $ref: COMPONENTS + name };
    // Contracts inside come out as definitions of their own: they are components, refer to those.
    const { definitions, $defs, ...json } = z.toJSONSchema(schema, { ...this.options(io), metadata: this.registry }) as JsonSchema &
      Partial<Record<'definitions' | '$defs', object>>;
    for (const id of Object.keys({ ...definitions, ...$defs })) {
      if (!this.output[id]) throw new Error(`OpenAPI: ${id} is not a shared contract`);
    }
    return tidy(json, (ref) => ref.replace(/^#\/(?:definitions|\$defs)\/(.+)$/, (_, id: string) => COMPONENTS + this.componentName(id, io)));
  }

  /** The schema itself, not a `$ref` (to list the properties of a query, or of a multipart body). */
  inline(schema: ZodType, io: Io): JsonSchema {
    const json = this.schemaOf(schema, io);
    return typeof json.$ref === 'string' ? this.all[json.$ref.slice(COMPONENTS.length)] : json;
  }

  /**
   * The component schemas `refs` lead to, directly or through other components: what a document
   * holding these `$ref`s needs under `components.schemas`.
   */
  componentsFor(refs: string[]): Record<string, JsonSchema> {
    const picked: Record<string, JsonSchema> = {};
    const queue = refs.filter((ref) => ref.startsWith(COMPONENTS)).map((ref) => ref.slice(COMPONENTS.length));
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      if (picked[name] || !this.all[name]) continue;
      picked[name] = this.all[name];
      queue.push(...refsIn(picked[name]).map((ref) => ref.slice(COMPONENTS.length)));
    }
    return picked;
  }

  private componentName(id: string, io: Io): string {
    return io === 'input' && this.inputOnly.has(id) ? `${id}Input` : id;
  }

  private generate(io: Io, uri: (id: string) => string): Record<string, JsonSchema> {
    const { schemas } = z.toJSONSchema(this.registry, { ...this.options(io), uri });
    return Object.fromEntries(Object.entries(schemas).map(([id, json]) => [id, tidy(json as JsonSchema, (ref) => ref)]));
  }

  private options(io: Io) {
    return { target: 'openapi-3.0', io, unrepresentable: 'any' } as const;
  }
}

/** Ids whose input and output schemas differ, themselves or through a contract they refer to. */
function differing(input: Record<string, JsonSchema>, output: Record<string, JsonSchema>): Set<string> {
  const result = new Set(Object.keys(output).filter((id) => JSON.stringify(input[id]) !== JSON.stringify(output[id])));
  let grew = true;
  while (grew) {
    grew = false;
    for (const id of Object.keys(input)) {
      if (!result.has(id) && refsIn(input[id]).some((ref) => result.has(ref.slice(COMPONENTS.length)))) {
        result.add(id);
        grew = true;
      }
    }
  }
  return result;
}

/** Every `$ref` inside a schema (or a whole document). */
export function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (key === '$ref' && typeof v === 'string' ? [v] : refsIn(v)));
}

const SAFE_INTEGER_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

/**
 * Drops what only adds noise to the documentation: `$id`/`$schema`, zod's safe-integer bounds, the
 * regular expressions behind `format: uuid|email`, and `additionalProperties: false` (responses are
 * not parsed on the way out, so the API does not promise it). Rewrites `$ref`s with `ref`.
 */
function tidy(schema: JsonSchema, ref: (ref: string) => string): JsonSchema {
  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$id' || key === '$schema' || (key === 'additionalProperties' && value === false)) continue;
    if ((key === 'minimum' || key === 'maximum') && SAFE_INTEGER_BOUNDS.has(value as number)) continue;
    if (key === 'pattern' && (schema.format === 'uuid' || schema.format === 'email')) continue;
    if (key === '$ref' && typeof value === 'string') result[key] = ref(value);
    else if (key === 'properties') result[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([name, v]) => [name, tidyValue(v, ref)]));
    else result[key] = tidyValue(value, ref);
  }
  return result;
}

function tidyValue(value: unknown, ref: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => tidyValue(v, ref));
  if (typeof value === 'object' && value !== null) return tidy(value as JsonSchema, ref);
  return value;
}
