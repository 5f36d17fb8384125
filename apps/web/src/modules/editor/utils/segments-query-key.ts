import type { Language } from '@interlinea/shared';

/** The react-query key of one edition's segment list. */
export function segmentsQueryKey(documentId: string, lang: Language): readonly [string, string, Language] {
  return ['segments', documentId, lang];
}
