import { Injectable } from '@nestjs/common';
import { alignParagraphs, renderParallelDocx, renderParallelHtml, zipFiles, type ParallelColumn } from '@interlinea/publishing';
import type { ExportAllQuery, ExportPreview, ExportPreviewQuery, Language, ParallelQuery } from '@interlinea/shared';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService, assertAllowed } from '../access/access.service';
import { LedgerOutbox } from '../ledger/ledger-outbox';
import { QaService } from '../qa/qa.service';
import { DocumentsRepository } from './documents.repository';
import { blockTexts } from './edition-export';
import { EditionExportService, editionFileName, type ExportedEdition } from './edition-export.service';
import { previewExport } from './export-preview';

const LANGUAGE_NAMES: Record<Language, string> = { ru: 'Русский', en: 'English', de: 'Deutsch' };
const ORIGINAL: Record<Language, string> = { ru: 'оригинал', en: 'original', de: 'Original' };

/**
 * The publisher's side of exporting: what an export would publish (the warning before it), a parallel
 * edition (the source and one or two editions side by side) as a printable HTML page or a Word table,
 * and every edition of a document in one ZIP.
 */
@Injectable()
export class PublisherExportService {
  constructor(
    private readonly access: AccessService,
    private readonly documents: DocumentsRepository,
    private readonly outbox: LedgerOutbox,
    private readonly qa: QaService,
    private readonly editions: EditionExportService,
  ) {}

  async preview(user: SessionUser, documentId: string, query: ExportPreviewQuery): Promise<ExportPreview> {
    const { project } = await this.access.document(user, documentId, 'export', query.lang);
    await this.outbox.settled(project.id);
    const segments = await this.documents.editionSegments(documentId, query.lang);
    return { lang: query.lang, ...previewExport(segments, query.unapproved) };
  }

  async parallel(user: SessionUser, documentId: string, query: ParallelQuery): Promise<ExportedEdition> {
    const { document, project, roles } = await this.access.document(user, documentId, 'export', query.langs[0]);
    for (const lang of query.langs) assertAllowed(roles, 'export', lang);
    await this.outbox.settled(project.id);
    for (const lang of query.langs) await this.qa.assertPublishable(user, project, documentId, lang, query.overrideQa);
    const skeleton = await this.documents.findSkeleton(documentId);
    const columns: ParallelColumn[] = [];
    if (query.source) {
      const source = project.sourceLanguage;
      const segments = (await this.documents.editionSegments(documentId, query.langs[0])).map((s) => ({ ...s, text: null, status: null }));
      columns.push({ language: source, heading: `${LANGUAGE_NAMES[source]} — ${ORIGINAL[source]}`, blocks: blockTexts(skeleton, segments, 'source') });
    }
    for (const lang of query.langs) {
      const segments = await this.documents.editionSegments(documentId, lang);
      columns.push({ language: lang, heading: LANGUAGE_NAMES[lang], blocks: blockTexts(skeleton, segments, query.unapproved) });
    }
    const headings = new Set((skeleton.outline ?? []).flatMap((block, index) => (block.kind === 'heading' ? [index] : [])));
    const edition = alignParagraphs({ title: document.title, columns, headings });
    const languages = columns.map((c) => c.language).join('-');
    if (query.format === 'docx') {
      return {
        fileName: editionFileName(document.fileName, languages, '.parallel.docx'),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await renderParallelDocx(edition),
      };
    }
    const html = renderParallelHtml(edition);
    return {
      fileName: editionFileName(document.fileName, languages, '.parallel.html'),
      contentType: 'text/html; charset=utf-8',
      bytes: new TextEncoder().encode(html),
    };
  }

  /** Every edition of the document, each as its own export would give it (same choices, same QA gate), in one ZIP. */
  async all(user: SessionUser, documentId: string, query: ExportAllQuery): Promise<ExportedEdition> {
    const { document, project, roles } = await this.access.document(user, documentId, 'export');
    for (const lang of project.languages) assertAllowed(roles, 'export', lang);
    const files: ExportedEdition[] = [];
    for (const lang of project.languages) files.push(await this.editions.export(user, documentId, { ...query, lang }));
    const dot = document.fileName.lastIndexOf('.');
    const base = dot > 0 ? document.fileName.slice(0, dot) : document.fileName;
    return {
      fileName: `${base}.editions.zip`,
      contentType: 'application/zip',
      bytes: zipFiles(files.map((f) => ({ name: f.fileName, bytes: f.bytes }))),
    };
  }
}
