import { buildDocument, buildEdition, EDITION_FORMATS, exportXliff, type EditionFormat } from '@interlinea/formats';
import type { Language } from '@interlinea/shared';
import type { StoredSkeleton } from '../documents/document-import';
import type { EditionSegment } from '../documents/documents.repository';
import { blockStates, blockTexts } from '../documents/edition-export';
import type { PublicationFile } from './publications.repository';

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xliff: 'application/xliff+xml',
};

export interface PublishedDocument {
  format: string;
  fileName: string;
  title: string;
  sourceLanguage: Language;
  skeleton: StoredSkeleton;
  /** The uploaded file, for formats that take its unchanged parts (DOCX, ODT). */
  original?: Uint8Array;
}

/**
 * The files of a publication, rendered once, when it is published, with the same exporters as an
 * export (each segment's translation, else its source; site furniture kept): the document's own
 * format (a PDF's editions in every format it can become) and XLIFF 1.2 / 2.0. They are stored as
 * bytes, so a later correction of the original or its skeleton never changes them.
 */
export function renderPublication(document: PublishedDocument, language: Language, segments: EditionSegment[]): PublicationFile[] {
  const files: PublicationFile[] = [];
  const texts = blockTexts(document.skeleton, segments, 'translation', 'keep');
  if (document.format === 'pdf') {
    for (const format of EDITION_FORMATS) {
      const bytes = buildEdition(document.skeleton, texts, format as EditionFormat, { title: document.title, language });
      files.push({ format, fileName: editionFileName(document.fileName, language, `.${format}`), contentType: CONTENT_TYPES[format], bytes });
    }
  } else {
    const states = document.format === 'xliff' ? blockStates(segments, 'translation') : undefined;
    const bytes = buildDocument(document.skeleton, texts, document.original, states);
    const contentType = CONTENT_TYPES[document.format] ?? 'application/octet-stream';
    files.push({ format: document.format, fileName: editionFileName(document.fileName, language), contentType, bytes });
  }
  for (const version of ['1.2', '2.0'] as const) {
    const units = segments.map((s) => ({ id: s.id, source: s.source, target: s.text, status: s.status, codes: s.codes }));
    const bytes = exportXliff({ sourceLanguage: document.sourceLanguage, targetLanguage: language, fileName: document.fileName, units }, version);
    const format = version === '1.2' ? 'xliff12' : 'xliff20';
    files.push({
      format,
      fileName: editionFileName(document.fileName, language, version === '1.2' ? '.xlf' : '.xliff'),
      contentType: CONTENT_TYPES.xliff,
      bytes,
    });
  }
  return files;
}

function editionFileName(fileName: string, language: Language, extension?: string): string {
  const dot = fileName.lastIndexOf('.');
  const base = dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${base}.${language}${extension ?? (dot > 0 ? fileName.slice(dot) : '')}`;
}
