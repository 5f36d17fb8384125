import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Errata, Language, Publication, PublicationDiff } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { DocumentsRepository, type EditionSegment } from '../documents/documents.repository';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import { QaService } from '../qa/qa.service';
import { CorrectionsRepository } from './corrections.repository';
import { editionChanges } from './edition-changes';
import { renderPublication } from './publication-files';
import { PublicationsRepository, type CurrentSegment, type PublicationFile } from './publications.repository';

/**
 * Publishing an edition: an immutable snapshot of its texts (number per document and edition, date,
 * who), with its files rendered once and stored, so they download byte-identical at any time; diffs
 * between publications or with the edition now; the errata of an edition since its last publication.
 */
@Injectable()
export class PublicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly outbox: LedgerOutbox,
    private readonly documents: DocumentsRepository,
    private readonly publications: PublicationsRepository,
    private readonly corrections: CorrectionsRepository,
    private readonly qa: QaService,
  ) {}

  /**
   * Managers publish; the texts are read and stored in one transaction, so the snapshot is one moment of
   * the edition. Open QA errors refuse it (409 QA_ERRORS) unless `overrideQa`, as an export does.
   */
  async publish(user: SessionUser, documentId: string, language: Language, overrideQa = false): Promise<Publication> {
    const { document, project } = await this.access.document(user, documentId, 'manage', language);
    await this.outbox.settled(project.id);
    await this.qa.assertPublishable(user, project, documentId, language, overrideQa);
    const id = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const segments: EditionSegment[] = (await this.publications.current(documentId, language, manager)).map(({ outdated: _, ...s }) => s);
      const skeleton = await this.documents.findSkeleton(documentId);
      const original = skeleton.package ? await this.documents.findOriginal(documentId) : undefined;
      const files = renderPublication({ ...document, sourceLanguage: project.sourceLanguage, skeleton, original }, language, segments);
      return this.publications.create({ documentId, language, userId: user.id, authorName: user.displayName, segments, files }, manager);
    });
    return (await this.publications.find(id))!;
  }

  async list(user: SessionUser, documentId: string, language?: Language): Promise<Publication[]> {
    await this.access.document(user, documentId, 'view', language);
    return this.publications.list(documentId, language);
  }

  /** A file of a publication, as it was rendered when published (publishers and managers). */
  async file(user: SessionUser, publicationId: string, format: string | undefined): Promise<PublicationFile> {
    const publication = await this.findVisible(user, publicationId, 'export');
    const chosen = format ?? publication.formats.find((f) => !f.startsWith('xliff')) ?? publication.formats[0];
    const file = chosen ? await this.publications.file(publicationId, chosen) : null;
    if (!file) throw AppException.invalid('format', `this document can be downloaded as ${publication.formats.join(', ')}`);
    return file;
  }

  /** What changed from a publication to a later one of the same edition, or to the edition now (`current`). */
  async diff(user: SessionUser, publicationId: string, against: string): Promise<PublicationDiff> {
    const from = await this.findVisible(user, publicationId, 'view', true);
    if (against === 'current') {
      const { project } = await this.access.document(user, from.documentId, 'view', from.language);
      await this.outbox.settled(project.id);
      const now = await this.publications.current(from.documentId, from.language);
      return { from: withoutSegments(from), to: null, changes: editionChanges(from.segments!, now) };
    }
    const to = await this.publications.find(against, true);
    if (!to || to.documentId !== from.documentId || to.language !== from.language)
      throw AppException.invalid('against', 'compare publications of the same edition');
    return { from: withoutSegments(from), to: withoutSegments(to), changes: editionChanges(from.segments!, to.segments!) };
  }

  /** What changed in an edition since its last publication (after corrections of the original, say). */
  async errata(user: SessionUser, documentId: string, language: Language): Promise<Errata> {
    const { project } = await this.access.document(user, documentId, 'view', language);
    await this.outbox.settled(project.id);
    const last = await this.publications.latest(documentId, language);
    if (!last) return { language, publication: null, corrections: 0, changes: [] };
    const now: CurrentSegment[] = await this.publications.current(documentId, language);
    return {
      language,
      publication: withoutSegments(last),
      corrections: await this.corrections.appliedSince(documentId, new Date(last.createdAt)),
      changes: editionChanges(last.segments!, now),
    };
  }

  private async findVisible(user: SessionUser, publicationId: string, action: 'view' | 'export', withSegments = false) {
    const publication = await this.publications.find(publicationId, withSegments);
    if (!publication) throw AppException.notFound('Publication');
    await this.access.document(user, publication.documentId, action);
    return publication;
  }
}

function withoutSegments<T extends { segments?: unknown }>(publication: T): Omit<T, 'segments'> {
  const { segments: _, ...rest } = publication;
  return rest;
}
