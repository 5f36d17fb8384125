import { Injectable } from '@nestjs/common';
import type { DocumentSummary, EditionProgress, Language, SegmentPageQuery, SegmentRow } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import { ProjectsService } from '../projects/projects.service';
import { ProgressRepository } from '../projects/progress.repository';
import { DocumentEntity } from './entities/document.entity';
import { DocumentsRepository } from './documents.repository';

/** Reading documents: lists with progress, one document, its segments in one edition. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly progress: ProgressRepository,
    private readonly documents: DocumentsRepository,
    private readonly outbox: LedgerOutbox,
  ) {}

  async list(user: SessionUser, projectId: string): Promise<DocumentSummary[]> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'view');
    return this.summarise(await this.documents.listByProject(projectId));
  }

  /** One document; without `progress` (the costly counts) its `progress` is empty. */
  async get(user: SessionUser, documentId: string, options: { progress: boolean } = { progress: true }): Promise<DocumentSummary> {
    const document = await this.findVisible(user, documentId);
    const [summary] = await this.summarise([document], options.progress);
    return summary;
  }

  /**
   * The edition's segments in document order: all of them, or the page `offset`/`limit` asks for
   * (a missing offset is 0, a missing limit runs to the end), with the number in the whole list.
   */
  async segments(user: SessionUser, documentId: string, language: Language, page: SegmentPageQuery = {}): Promise<{ rows: SegmentRow[]; total: number }> {
    const { project } = await this.access.document(user, documentId, 'view', language);
    await this.outbox.settled(project.id);
    if (page.offset === undefined && page.limit === undefined) {
      const rows = await this.documents.segmentsWithTranslations(documentId, language);
      return { rows, total: rows.length };
    }
    const [rows, total] = await Promise.all([
      this.documents.segmentsWithTranslations(documentId, language, { offset: page.offset ?? 0, limit: page.limit ?? null }),
      this.documents.segmentCount(documentId),
    ]);
    return { rows, total };
  }

  private async findVisible(user: SessionUser, documentId: string): Promise<DocumentEntity> {
    const document = await this.documents.findById(documentId);
    if (!document) throw AppException.notFound('Document');
    await this.access.assertCan(user, document.projectId, 'view');
    return document;
  }

  private async summarise(documents: DocumentEntity[], withProgress = true): Promise<DocumentSummary[]> {
    if (withProgress && documents.length > 0) await this.outbox.settled(documents[0].projectId);
    const progress = withProgress ? await this.progress.byDocument(documents.map((d) => d.id)) : new Map<string, EditionProgress[]>();
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
