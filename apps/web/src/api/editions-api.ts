import {
  correctionPreviewSchema,
  correctionResultSchema,
  correctSourceResultSchema,
  errataSchema,
  provenanceSchema,
  publicationDiffSchema,
  publicationSchema,
  translationSchema,
  type CorrectionPreview,
  type CorrectionResult,
  type CorrectSourceResult,
  type Errata,
  type Language,
  type Provenance,
  type Publication,
  type PublicationDiff,
  type Translation,
} from '@interlinea/shared';
import { z } from 'zod';
import { http } from './http';

const translationPath = (segmentId: string, lang: Language): string => `/api/segments/${encodeURIComponent(segmentId)}/translations/${lang}`;
const documentPath = (documentId: string): string => `/api/documents/${encodeURIComponent(documentId)}`;

/** A publication's file as the browser saves it. */
export interface PublicationDownload {
  blob: Blob;
  fileName: string;
}

function fileNameFrom(disposition: string | null, fallback: string): string {
  const star = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  return star ? decodeURIComponent(star[1]) : fallback;
}

function withFile(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** Provenance and outdated translations, corrections of the original, publications. */
export const editionsApi = {
  provenance: (segmentId: string, lang: Language, signal?: AbortSignal): Promise<Provenance> =>
    http.json(`${translationPath(segmentId, lang)}/provenance`, provenanceSchema, { signal }),
  /** The outdated translation at `version` still holds. */
  confirmOutdated: (segmentId: string, lang: Language, version: number): Promise<Translation> =>
    http.json(`${translationPath(segmentId, lang)}/confirm-outdated`, translationSchema, { method: 'POST', body: { version } }),
  correctSource: (segmentId: string, text: string, version: number): Promise<CorrectSourceResult> =>
    http.json(`/api/segments/${encodeURIComponent(segmentId)}/source`, correctSourceResultSchema, { method: 'PATCH', body: { text, version } }),
  previewCorrection: (documentId: string, file: File): Promise<CorrectionPreview> =>
    http.json(`${documentPath(documentId)}/corrections/preview`, correctionPreviewSchema, { method: 'POST', body: withFile(file) }),
  applyCorrection: (documentId: string, previewId: string): Promise<CorrectionResult> =>
    http.json(`${documentPath(documentId)}/corrections`, correctionResultSchema, { method: 'POST', body: { previewId } }),
  publications: (documentId: string, signal?: AbortSignal): Promise<Publication[]> =>
    http.json(`${documentPath(documentId)}/publications`, z.array(publicationSchema), { signal }),
  publish: (documentId: string, lang: Language, overrideQa = false): Promise<Publication> =>
    http.json(`${documentPath(documentId)}/publications`, publicationSchema, { method: 'POST', body: { lang, overrideQa } }),
  errata: (documentId: string, lang: Language, signal?: AbortSignal): Promise<Errata> =>
    http.json(`${documentPath(documentId)}/errata?lang=${lang}`, errataSchema, { signal }),
  /** `against`: another publication's id, or `current` (the edition now). */
  diff: (publicationId: string, against: string, signal?: AbortSignal): Promise<PublicationDiff> =>
    http.json(`/api/publications/${encodeURIComponent(publicationId)}/diff?against=${encodeURIComponent(against)}`, publicationDiffSchema, { signal }),
  download: async (publication: Publication, format: string): Promise<PublicationDownload> => {
    const response = await http.send(`/api/publications/${encodeURIComponent(publication.id)}/export?format=${encodeURIComponent(format)}`);
    return { blob: await response.blob(), fileName: fileNameFrom(response.headers.get('Content-Disposition'), `publication-${publication.number}.${format}`) };
  },
};
