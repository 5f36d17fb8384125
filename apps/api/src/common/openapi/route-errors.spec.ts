import { z } from 'zod';
import { exportRefusalDetailsSchema, saveTranslationRequestSchema } from '@interlinea/shared';
import type { NestRoute } from './nest-routes';
import { routeErrors } from './route-errors';

const route = (parts: Partial<NestRoute>): NestRoute => ({ operationId: 'C_m', isPublic: false, isSse: false, query: [], params: new Map(), ...parts });

describe('routeErrors', () => {
  it('names no error for a public route without input', () => {
    expect(routeErrors(route({ isPublic: true }), false, false)).toEqual({});
  });

  it('derives the errors from the shape of the route: session, CSRF, ids, validated input', () => {
    const save = route({ body: { zod: saveTranslationRequestSchema }, params: new Map([['segmentId', 'uuid' as const]]) });
    const errors = routeErrors(save, true, true);
    expect(Object.keys(errors)).toEqual(['400', '401', '403', '404', '422']);
    expect(errors[403].description).toMatch(/CSRF_TOKEN_INVALID/);
    expect(errors[422].details).toBeDefined();
  });

  it('adds the errors of the contract, joining a status named twice', () => {
    const exportRoute = route({
      query: [{ check: { zod: z.object({ lang: z.string() }) } }],
      contract: { response: null, errors: { 409: 'VERSION_CONFLICT: stale', 422: { description: 'refused', details: exportRefusalDetailsSchema } } },
    });
    const errors = routeErrors(exportRoute, false, false);
    expect(errors[409]).toEqual({ description: 'VERSION_CONFLICT: stale' });
    expect(errors[422].description).toMatch(/contract.*refused$/);
    expect(errors[422].details?.safeParse({ segments: [] }).success).toBe(true);
    expect(errors[422].details?.safeParse([{ field: 'lang', message: 'required' }]).success).toBe(true);
  });
});
