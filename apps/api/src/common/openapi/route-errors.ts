import { z } from 'zod';
import { fieldIssueSchema } from '@interlinea/shared';
import type { ErrorDoc } from './api-contract.decorator';
import type { NestRoute } from './nest-routes';

const fieldIssues = z.array(fieldIssueSchema);

/**
 * The errors a route answers, all with the body `{ code, message, details }`: those its shape implies
 * (session, CSRF, ids in the path, validated input), then those its `@ApiContract` names.
 */
export function routeErrors(route: NestRoute, hasPathParameters: boolean, isMutation: boolean): Record<number, ErrorDoc> {
  const checks = [route.body, ...route.query.map((q) => q.check), ...route.params.values()];
  const errors: Record<number, ErrorDoc> = {};
  if (checks.includes('uuid')) errors[400] = { description: 'VALIDATION_FAILED: an id in the path is not a UUID.' };
  if (!route.isPublic) {
    errors[401] = { description: 'UNAUTHENTICATED: no session, or it has expired.' };
    if (isMutation)
      errors[403] = { description: 'FORBIDDEN: the roles of the user do not allow this. CSRF_TOKEN_INVALID: the X-CSRF-Token header is missing or wrong.' };
    else if (hasPathParameters) errors[403] = { description: 'FORBIDDEN: the user is not a member of the project, or their roles do not allow this.' };
  }
  if (hasPathParameters) errors[404] = { description: 'NOT_FOUND: nothing has this id, or it is gone.' };
  if (checks.some((check) => typeof check === 'object')) {
    errors[422] = { description: 'VALIDATION_FAILED: the request does not match its contract; `details` names each faulty field.', details: fieldIssues };
  }
  for (const [status, error] of Object.entries(route.contract?.errors ?? {})) {
    errors[Number(status)] = merge(errors[Number(status)], typeof error === 'string' ? { description: error } : error);
  }
  return errors;
}

/** A status the route's shape implies and its contract names too: both causes, either details. */
function merge(implied: ErrorDoc | undefined, named: ErrorDoc): ErrorDoc {
  if (!implied) return named;
  const details = implied.details && named.details ? z.union([implied.details, named.details]) : (named.details ?? implied.details);
  return { description: `${implied.description} ${named.description}`, details };
}
