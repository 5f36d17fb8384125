import { Injectable } from '@nestjs/common';
import { buildDocument, buildEdition, EDITION_FORMATS, exportXliff, type EditionFormat, type XliffNote } from '@interlinea/formats';
import { ERROR_CODES, type Comment, type ExportQuery, type Language, type UnapprovedSegment } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { CommentsService } from '../comments/comments.service';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import { QaService } from '../qa/qa.service';
import { DocumentsRepository, type EditionSegment } from './documents.repository';
import { blockStates, blockTexts } from './edition-export';

export interface ExportedEdition {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xliff: 'application/xliff+xml',
};

/** An edition as a file: in the document's own format, or as XLIFF 1.2 / 2.0 for other CAT tools; open QA errors need an override. */
@Injectable()
export class EditionExportService {
  constructor(
    private readonly access: AccessService,
    private readonly documents: DocumentsRepository,
    private readonly outbox: LedgerOutbox,
    private readonly qa: QaService,
    private readonly comments: CommentsService,
  ) {}

  async export(user: SessionUser, documentId: string, query: ExportQuery): Promise<ExportedEdition> {
    const { document, project } = await this.access.document(user, documentId, 'export', query.lang);
    await this.outbox.settled(project.id);
    // A PDF cannot be rebuilt: its editions are new documents with its headings and paragraphs (DOCX unless asked).
    const rebuilt = document.format !== 'pdf';
    const format = query.format ?? (rebuilt ? document.format : 'docx');
    const ownFormats: string[] = rebuilt ? [document.format] : [...EDITION_FORMATS];
    if (!ownFormats.includes(format) && format !== 'xliff12' && format !== 'xliff20') {
      const reason = rebuilt ? '' : ' (a PDF cannot be rebuilt)';
      throw AppException.invalid('format', `this document can be exported as ${ownFormats.join(', ')}, xliff12 or xliff20${reason}`);
    }
    const all = await this.documents.editionSegments(documentId, query.lang);
    const segments = query.furniture === 'drop' && (format === 'xliff12' || format === 'xliff20') ? all.filter((s) => s.translatable) : all;
    if (format === 'xliff12' || format === 'xliff20') {
      const comments = await this.comments.forExport(documentId, query.lang);
      const units = segments.map((s) => ({ ...toXliffUnit(s), notes: (comments.get(s.id) ?? []).map(toXliffNote) }));
      const bytes = exportXliff(
        { sourceLanguage: project.sourceLanguage, targetLanguage: query.lang, fileName: document.fileName, units },
        format === 'xliff12' ? '1.2' : '2.0',
      );
      return { fileName: editionFileName(document.fileName, query.lang, format === 'xliff12' ? '.xlf' : '.xliff'), contentType: CONTENT_TYPES.xliff, bytes };
    }
    if (query.unapproved === 'refuse')
      assertAllApproved(
        segments.filter((s) => s.translatable),
        query.lang,
      );
    await this.qa.assertPublishable(user, project, documentId, query.lang, query.overrideQa);
    const skeleton = await this.documents.findSkeleton(documentId);
    const texts = blockTexts(skeleton, segments, query.unapproved, query.furniture);
    if (!rebuilt) {
      const bytes = buildEdition(skeleton, texts, format as EditionFormat, { title: document.title, language: query.lang });
      return { fileName: editionFileName(document.fileName, query.lang, `.${format}`), contentType: CONTENT_TYPES[format], bytes };
    }
    const original = skeleton.package ? await this.documents.findOriginal(documentId) : undefined;
    const states = document.format === 'xliff' ? blockStates(segments, query.unapproved) : undefined;
    const bytes = buildDocument(skeleton, texts, original, states);
    return { fileName: editionFileName(document.fileName, query.lang), contentType: CONTENT_TYPES[format] ?? 'application/octet-stream', bytes };
  }
}

function assertAllApproved(segments: EditionSegment[], language: Language): void {
  const unapproved: UnapprovedSegment[] = segments
    .filter((s) => s.status !== 'approved')
    .map((s) => ({ segmentId: s.id, index: s.index, source: s.source, status: s.status }));
  if (unapproved.length > 0) {
    throw new AppException(ERROR_CODES.validation, `${unapproved.length} segments of the ${language} edition are not approved`, { segments: unapproved });
  }
}

function toXliffUnit(segment: EditionSegment) {
  return { id: segment.id, source: segment.source, target: segment.text, status: segment.status, codes: segment.codes };
}

export /** A comment on the segment as an XLIFF note: its author and time, about this edition (target) or every edition. */
function toXliffNote(comment: Comment): XliffNote {
  return {
    text: comment.body,
    author: comment.authorName,
    created: comment.createdAt,
    about: comment.language ? 'target' : undefined,
    category: comment.kind,
  };
}

export function editionFileName(fileName: string, language: string, extension?: string): string {
  const dot = fileName.lastIndexOf('.');
  const base = dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${base}.${language}${extension ?? (dot > 0 ? fileName.slice(dot) : '')}`;
}
