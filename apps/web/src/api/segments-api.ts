import {
  matchesResponseSchema,
  revisionSchema,
  segmentRowSchema,
  translationSchema,
  type Language,
  type MatchesResponse,
  type ReviewRequest,
  type Revision,
  type SaveTranslationRequest,
  type SegmentRow,
  type Translation,
} from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';

const translationPath = (segmentId: string, lang: Language): string =>
  `/api/segments/${encodeURIComponent(segmentId)}/translations/${lang}`;

/** Segments of a document and their translations in one edition. */
export const segmentsApi = {
  list: (documentId: string, lang: Language, signal?: AbortSignal): Promise<SegmentRow[]> =>
    http.json(`/api/documents/${encodeURIComponent(documentId)}/segments?lang=${lang}`, z.array(segmentRowSchema), { signal }),
  save: (segmentId: string, lang: Language, body: SaveTranslationRequest): Promise<Translation> =>
    http.json(translationPath(segmentId, lang), translationSchema, { method: 'PUT', body }),
  review: (segmentId: string, lang: Language, body: ReviewRequest): Promise<Translation> =>
    http.json(`${translationPath(segmentId, lang)}/review`, translationSchema, { method: 'POST', body }),
  revisions: (segmentId: string, lang: Language, signal?: AbortSignal): Promise<Revision[]> =>
    http.json(`${translationPath(segmentId, lang)}/revisions`, z.array(revisionSchema), { signal }),
  matches: (segmentId: string, lang: Language, signal?: AbortSignal): Promise<MatchesResponse> =>
    http.json(`/api/segments/${encodeURIComponent(segmentId)}/matches?lang=${lang}`, matchesResponseSchema, { signal }),
};
