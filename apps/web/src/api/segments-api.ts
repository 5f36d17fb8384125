import {
  matchesResponseSchema,
  revisionSchema,
  segmentRowSchema,
  translationSchema,
  updateSegmentResultSchema,
  type Language,
  type MatchesResponse,
  type ReviewRequest,
  type RevertRequest,
  type Revision,
  type SaveTranslationRequest,
  type SegmentRow,
  type SplitSegmentRequest,
  type Translation,
  type UpdateSegmentResult,
} from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';

const translationPath = (segmentId: string, lang: Language): string => `/api/segments/${encodeURIComponent(segmentId)}/translations/${lang}`;

/** Segments of a document and their translations in one edition. */
export const segmentsApi = {
  list: (documentId: string, lang: Language, signal?: AbortSignal): Promise<SegmentRow[]> =>
    http.json(`/api/documents/${encodeURIComponent(documentId)}/segments?lang=${lang}`, z.array(segmentRowSchema), { signal }),
  /** One page of the list: the segments at positions offset … offset+limit-1. */
  page: (documentId: string, lang: Language, offset: number, limit: number, signal?: AbortSignal): Promise<SegmentRow[]> =>
    http.json(`/api/documents/${encodeURIComponent(documentId)}/segments?lang=${lang}&offset=${offset}&limit=${limit}`, z.array(segmentRowSchema), { signal }),
  save: (segmentId: string, lang: Language, body: SaveTranslationRequest): Promise<Translation> =>
    http.json(translationPath(segmentId, lang), translationSchema, { method: 'PUT', body }),
  review: (segmentId: string, lang: Language, body: ReviewRequest): Promise<Translation> =>
    http.json(`${translationPath(segmentId, lang)}/review`, translationSchema, { method: 'POST', body }),
  /** Restores revision `toVersion` as a new one, over the current `version` (409 when stale). */
  revert: (segmentId: string, lang: Language, body: RevertRequest): Promise<Translation> =>
    http.json(`${translationPath(segmentId, lang)}/revert`, translationSchema, { method: 'POST', body }),
  revisions: (segmentId: string, lang: Language, signal?: AbortSignal): Promise<Revision[]> =>
    http.json(`${translationPath(segmentId, lang)}/revisions`, z.array(revisionSchema), { signal }),
  /** Splits a segment at a source offset; answers with the new rows (indexes after it shift: refetch the list). */
  split: (segmentId: string, lang: Language, body: SplitSegmentRequest): Promise<SegmentRow[]> =>
    http.json(`/api/segments/${encodeURIComponent(segmentId)}/split?lang=${lang}`, z.array(segmentRowSchema), { method: 'POST', body }),
  /** Merges a segment with the next one of its block; answers with the merged row. */
  merge: (segmentId: string, lang: Language): Promise<SegmentRow[]> =>
    http.json(`/api/segments/${encodeURIComponent(segmentId)}/merge?lang=${lang}`, z.array(segmentRowSchema), { method: 'POST', body: { withNext: true } }),
  /** Marks a segment as (not) for translation: site furniture switched back, or marked by a manager. */
  setTranslatable: (segmentId: string, translatable: boolean): Promise<UpdateSegmentResult> =>
    http.json(`/api/segments/${encodeURIComponent(segmentId)}`, updateSegmentResultSchema, { method: 'PATCH', body: { translatable } }),
  matches: (segmentId: string, lang: Language, signal?: AbortSignal): Promise<MatchesResponse> =>
    http.json(`/api/segments/${encodeURIComponent(segmentId)}/matches?lang=${lang}`, matchesResponseSchema, { signal }),
};
