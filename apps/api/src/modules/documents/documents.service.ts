import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FormatError, buildDocument, parseDocument } from '@interlinea/formats';
import {
  ERROR_CODES, MAX_UPLOAD_BYTES,
  type DocumentSummary, type ExportQuery, type ImportResult, type Language, type SegmentRow, type UnapprovedSegment,
} from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { ProjectsService } from '../projects/projects.service';
import { ProgressRepository } from '../projects/progress.repository';
import { DocumentEntity } from './entities/document.entity';
import { DocumentsRepository } from './documents.repository';
import { segmentDocument } from './document-import';
import { blockTexts } from './edition-export';

export interface UploadedDocument {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export interface ExportedEdition {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

const CONTENT_TYPES: Record<string, string> = { txt: 'text/plain; charset=utf-8', md: 'text/markdown; charset=utf-8' };

@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly progress: ProgressRepository,
    private readonly documents: DocumentsRepository,
  ) {}

  async import(user: SessionUser, projectId: string, file: UploadedDocument | undefined): Promise<ImportResult> {
    const project = await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    if (!file) throw AppException.invalid('file', 'attach a .txt or .md file in the multipart field "file"');
    if (file.size > MAX_UPLOAD_BYTES) throw new AppException(ERROR_CODES.fileTooLarge, `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
    const fileName = decodeFileName(file.originalname);
    const parsed = parseOrReject(file.buffer, fileName);
    const { segments, skeleton } = segmentDocument(parsed, project.sourceLanguage);
    if (segments.length === 0) throw new AppException(ERROR_CODES.fileRejected, `${fileName} contains no text to translate`, { reason: 'EMPTY_FILE' });
    const wordCount = segments.reduce((sum, s) => sum + s.wordCount, 0);
    const document = await this.dataSource.transaction((manager) =>
      this.documents.createWithSegments(
        { projectId, title: documentTitle(parsed.format, parsed.title, fileName), format: parsed.format, fileName, original: file.buffer, skeleton, segmentCount: segments.length, wordCount, createdBy: user.id },
        segments,
        manager,
      ),
    );
    return { id: document.id, title: document.title, segmentCount: segments.length, wordCount };
  }

  async list(user: SessionUser, projectId: string): Promise<DocumentSummary[]> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'view');
    return this.summarise(await this.documents.listByProject(projectId));
  }

  async get(user: SessionUser, documentId: string): Promise<DocumentSummary> {
    const document = await this.findVisible(user, documentId);
    const [summary] = await this.summarise([document]);
    return summary;
  }

  async segments(user: SessionUser, documentId: string, language: Language): Promise<SegmentRow[]> {
    const document = await this.findVisible(user, documentId);
    await this.assertEdition(document.projectId, language);
    return this.documents.segmentsWithTranslations(documentId, language);
  }

  async export(user: SessionUser, documentId: string, query: ExportQuery): Promise<ExportedEdition> {
    const document = await this.findOrThrow(documentId);
    await this.access.assertCan(user, document.projectId, 'export');
    await this.assertEdition(document.projectId, query.lang);
    const format = query.format ?? document.format;
    if (format !== document.format) throw AppException.invalid('format', `this document can be exported as ${document.format}`);
    const segments = await this.documents.editionSegments(documentId, query.lang);
    if (query.unapproved === 'refuse') {
      const unapproved: UnapprovedSegment[] = segments
        .filter((s) => s.status !== 'approved')
        .map((s) => ({ segmentId: s.id, index: s.index, source: s.source, status: s.status }));
      if (unapproved.length > 0) {
        throw new AppException(ERROR_CODES.validation, `${unapproved.length} segments of the ${query.lang} edition are not approved`, { segments: unapproved });
      }
    }
    const bytes = buildDocument(await this.documents.findSkeleton(documentId), blockTexts(segments, query.unapproved));
    return { fileName: editionFileName(document.fileName, query.lang), contentType: CONTENT_TYPES[format] ?? 'application/octet-stream', bytes };
  }

  /** The document, once the person is known to see its project. */
  async findVisible(user: SessionUser, documentId: string): Promise<DocumentEntity> {
    const document = await this.findOrThrow(documentId);
    await this.access.assertCan(user, document.projectId, 'view');
    return document;
  }

  private async findOrThrow(documentId: string): Promise<DocumentEntity> {
    const document = await this.documents.findById(documentId);
    if (!document) throw AppException.notFound('Document');
    return document;
  }

  private async assertEdition(projectId: string, language: Language): Promise<void> {
    const project = await this.projects.findOrThrow(projectId);
    if (!project.languages.some((l) => l.language === language)) throw AppException.invalid('lang', `the project has no ${language} edition`);
  }

  private async summarise(documents: DocumentEntity[]): Promise<DocumentSummary[]> {
    const progress = await this.progress.byDocument(documents.map((d) => d.id));
    return documents.map((d) => ({
      id: d.id,
      projectId: d.projectId,
      title: d.title,
      format: d.format,
      segmentCount: d.segmentCount,
      wordCount: d.wordCount,
      createdAt: d.createdAt.toISOString(),
      progress: progress.get(d.id) ?? [],
    }));
  }
}

function parseOrReject(bytes: Buffer, fileName: string) {
  try {
    return parseDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName);
  } catch (error) {
    if (error instanceof FormatError) {
      throw new AppException(ERROR_CODES.fileRejected, `${fileName}: ${error.message}`, { reason: error.code, position: error.position });
    }
    throw error;
  }
}

/** Browsers send UTF-8 file names that multer reads as Latin-1. */
function decodeFileName(name: string): string {
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
}

/**
 * Translators know a plain-text document by its file name (its first line is often page noise such as
 * "Search"); Markdown and richer formats carry a real title.
 */
function documentTitle(format: string, parsedTitle: string, fileName: string): string {
  if (format !== 'txt') return parsedTitle;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

function editionFileName(fileName: string, language: Language): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)}.${language}${fileName.slice(dot)}` : `${fileName}.${language}`;
}
