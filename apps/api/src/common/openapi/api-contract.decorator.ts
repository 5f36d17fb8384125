import { SetMetadata } from '@nestjs/common';
import type { ZodType } from 'zod';

export const API_CONTRACT = 'interlinea:api-contract';

/** A file or other bytes, in OpenAPI `type: string, format: binary`. */
export const BINARY = 'binary';

/** What one content type of an answer holds: a shared zod contract, or bytes. */
export type ContentSchema = ZodType | typeof BINARY;

/** An answer that is a file in one of these content types. */
export function files(...contentTypes: string[]): Record<string, ContentSchema> {
  return Object.fromEntries(contentTypes.map((type) => [type, BINARY]));
}

/** An error answer: when it happens, and the contract of its `details` when they carry data. */
export interface ErrorDoc {
  description: string;
  details?: ZodType;
}

export interface ApiContractOptions {
  /**
   * The body of the success answer, whose status is the route's own (`@HttpCode`, else 201 for POST,
   * 200 otherwise): a zod contract sent as JSON (for an `@Sse` route: the data of each event), `null`
   * for no content (204), or content types mapped to a contract or `BINARY` (exports, CSV, TMX: see `files`).
   */
  response: ZodType | null | Record<string, ContentSchema>;
  /**
   * Errors this route answers besides those every route documents from its shape (401 without a
   * session, 403 for roles and CSRF, 404 with path ids, 400/422 for input its pipes refuse).
   */
  errors?: Record<number, string | ErrorDoc>;
  /** POST/PUT/PATCH routes take the schema of their `@Body` validation pipe; one without a body says so. */
  body?: 'none';
}

/**
 * The OpenAPI contract of a route: what it answers. What it takes (body, query, path parameters) is
 * read from its zod validation pipes, so the documentation cannot drift from the validation. The
 * schemas become named components (see `ContractSchemas`) when the document is built.
 */
export const ApiContract = (contract: ApiContractOptions) => SetMetadata(API_CONTRACT, contract);
