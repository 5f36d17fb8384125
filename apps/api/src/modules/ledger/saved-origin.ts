import type { SaveTranslationRequest, TranslationOrigin } from '@interlinea/shared';

/**
 * The origin a saved text gets: `mt` (or `tm`) only while it is the suggestion as offered; once a
 * person changed it, it is `human` (and the post-editing record keeps how much they changed).
 */
export function savedOrigin(request: Pick<SaveTranslationRequest, 'text' | 'origin' | 'suggestion'>): TranslationOrigin {
  if (request.origin === undefined) return 'human';
  if (request.origin !== 'human' && request.suggestion !== undefined && request.suggestion !== request.text) return 'human';
  return request.origin;
}
