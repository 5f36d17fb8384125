import type { Language } from '@interlinea/shared';

/** The react-query key of one edition's segment list. */
export function segmentsQueryKey(documentId: string, lang: Language): readonly [string, string, Language] {
  return ['segments', documentId, lang];
}

/** Whether every page of that list has arrived (false while the rest is still being read). */
export function segmentsCompleteKey(documentId: string, lang: Language): readonly [string, string, Language] {
  return ['segments-complete', documentId, lang];
}
