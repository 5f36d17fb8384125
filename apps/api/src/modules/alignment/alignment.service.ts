import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { alignEditions, applyRowEdit, RowEditError, type BilingualLexicon, type DictionaryEntry, type ReviewRow } from '@interlinea/align';
import { parseDocument } from '@interlinea/formats';
import {
  ERROR_CODES,
  type Alignment,
  type AlignmentCommitRequest,
  type AlignmentCommitResult,
  type AlignmentEditRequest,
  type AlignmentEdition,
  type AlignmentSummary,
  type AlignmentUploadRequest,
  type Language,
} from '@interlinea/shared';
import type { NewUnit } from '@interlinea/tm';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService, allows } from '../access/access.service';
import { ProjectsService } from '../projects/projects.service';
import { GlossaryRepository } from '../glossary/glossary.repository';
import { TranslationLedger } from '../ledger/translation-ledger';
import type { LedgerEntry } from '../ledger/translation-change';
import { DocumentsRepository } from '../documents/documents.repository';
import { readUpload, type UploadedDocument } from '../documents/document-import.service';
import { DocumentParser } from '../documents/parsing/document-parser';
import { segmentDocument } from '../documents/document-import';
import { MemoryIndexRepository } from '../memory/index/memory-index.repository';
import { MachineTranslator } from '../machine-translation/machine-translator';
import { AlignmentRepository } from './alignment.repository';
import { editionText, rowsAsText, type EditionText } from './alignment-input';
import { WordPairs } from './word-pairs';

const rowText = (edition: AlignmentEdition, sentences: number[]) => sentences.map((i) => edition.sentences[i]).join(' ');

/**
 * Earlier published editions brought in: uploaded (2 or 3 files of one text), aligned sentence by
 * sentence, reviewed row by row (each edit saved over the version it was made on), then committed into
 * the memory (origin `aligned`) and/or as a document whose editions are filled and approved.
 */
@Injectable()
export class AlignmentService {
  private readonly logger = new Logger(AlignmentService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly alignments: AlignmentRepository,
    private readonly glossary: GlossaryRepository,
    private readonly documents: DocumentsRepository,
    private readonly memory: MemoryIndexRepository,
    private readonly ledger: TranslationLedger,
    private readonly translator: MachineTranslator,
    private readonly parser: DocumentParser,
    private readonly wordPairs: WordPairs,
  ) {}

  async upload(user: SessionUser, projectId: string, files: UploadedDocument[] | undefined, request: AlignmentUploadRequest): Promise<Alignment> {
    const project = await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    const { languages } = request;
    if (!files || files.length < 2 || files.length > 3) throw AppException.invalid('files', 'attach 2 or 3 editions in the multipart field "files"');
    if (files.length !== languages.length)
      throw AppException.invalid('languages', `give one language per file: ${files.length} files, ${languages.length} languages`);
    if (new Set(languages).size !== languages.length) throw AppException.invalid('languages', 'each edition must be in a different language');
    const projectLanguages = [project.sourceLanguage, ...project.languages.map((l) => l.language)];
    const foreign = languages.find((l) => !projectLanguages.includes(l));
    if (foreign) throw AppException.invalid('languages', `the project has no ${foreign} edition`);
    const names: string[] = [];
    const texts: EditionText[] = [];
    for (const [k, file] of files.entries()) {
      // parsed off the main thread, with the import's limits
      const { fileName, parsed } = await readUpload(this.parser, file, { mainContentOnly: false });
      names.push(fileName);
      const text = editionText(parsed, languages[k]);
      if (text.sentences.length === 0)
        throw new AppException(ERROR_CODES.fileRejected, `${fileName} contains no text to align`, { reason: 'EMPTY_FILE', field: 'files' });
      texts.push(text);
    }
    const dictionaries = await this.dictionaries(projectId, languages);
    const bilingual = new Map<string, BilingualLexicon | undefined>();
    for (let x = 0; x < languages.length; x++)
      for (let y = x + 1; y < languages.length; y++) bilingual.set(`${x}:${y}`, await this.wordPairs.lexicon(languages[x], languages[y]));
    const translated = request.machineTranslation ? await this.pivotTranslations(projectId, languages, texts[0].sentences) : new Map<number, string[]>();
    const aligned = alignEditions(texts, {
      pairOptions: (x, y) => ({
        dictionary: dictionaries.get(`${x}:${y}`),
        bilingual: bilingual.get(`${x}:${y}`),
        leftTranslated: x === 0 ? translated.get(y) : undefined,
      }),
    });
    const editions = texts.map((t, k): AlignmentEdition => ({ language: languages[k], fileName: names[k], sentences: t.sentences }));
    return this.alignments.create({
      projectId,
      title: request.title ?? names[0].replace(/\.[^.]+$/, ''),
      editions,
      rows: aligned.rows.map((r) => ({ sentences: r.sentences, confidence: r.confidence, bad: false })),
      createdBy: user.id,
    });
  }

  async list(user: SessionUser, projectId: string): Promise<AlignmentSummary[]> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    return this.alignments.list(projectId);
  }

  async view(user: SessionUser, id: string): Promise<Alignment> {
    const alignment = await this.findOrThrow(id);
    await this.access.assertCan(user, alignment.projectId, 'manage');
    return alignment;
  }

  /** One correction, saved over the version it was made on: 409 with the stored alignment when stale. */
  async edit(user: SessionUser, id: string, request: AlignmentEditRequest): Promise<Alignment> {
    const alignment = await this.findOrThrow(id);
    await this.access.assertCan(user, alignment.projectId, 'manage');
    this.assertOpen(alignment, request.version);
    const { version: _version, ...edit } = request;
    let rows: ReviewRow[];
    try {
      rows = applyRowEdit(alignment.rows, edit);
    } catch (error) {
      if (error instanceof RowEditError) throw AppException.invalid(error.field, error.message);
      throw error;
    }
    const saved = await this.alignments.replaceRows(id, request.version, rows);
    if (!saved) this.assertOpen((await this.alignments.find(id))!, request.version);
    return saved!;
  }

  /**
   * Rows not marked bad go into the memory as units of origin `aligned` (a manager, or a reviewer of
   * every edition but the project's source language), and/or become a new document (managers): its
   * segments are the rows' sentences in the source language, its editions filled through the ledger
   * (`aligned`) and approved, as published.
   */
  async commit(user: SessionUser, id: string, request: AlignmentCommitRequest): Promise<AlignmentCommitResult> {
    const found = await this.findOrThrow(id);
    const project = await this.projects.findOrThrow(found.projectId);
    const roles = await this.access.assertCan(user, found.projectId, 'view');
    const others = found.editions.map((e) => e.language).filter((l) => l !== project.sourceLanguage);
    const mayCommitMemory = allows(roles, 'manage') || others.every((l) => allows(roles, 'review', l));
    if (!allows(roles, 'manage') && (request.document || !mayCommitMemory)) throw AppException.forbidden();
    const sourceEdition = found.editions.findIndex((e) => e.language === project.sourceLanguage);
    if (request.document && sourceEdition < 0)
      throw AppException.invalid('document', `a document needs the edition in the project's source language (${project.sourceLanguage})`);
    const result = await this.dataSource.transaction(async (manager) => {
      const alignment = (await this.alignments.find(id, manager, true))!;
      this.assertOpen(alignment, request.version);
      const good = alignment.rows.filter((r) => !r.bad);
      const units = request.memory ? this.memoryUnits(alignment, good, user) : [];
      if (units.length) await this.memory.store(units, manager);
      const document = request.document
        ? await this.createDocument(
            alignment,
            good,
            sourceEdition,
            project.languages.map((l) => l.language),
            request,
            user,
            manager,
          )
        : null;
      await this.alignments.markCommitted(id, units.length, document?.id ?? null, manager);
      const used = request.document ? (document?.rows ?? 0) : units.length;
      return {
        memoryUnits: units.length,
        documentId: document?.id ?? null,
        translations: document?.translations ?? 0,
        skippedRows: alignment.rows.length - used,
      };
    });
    this.ledger.afterCommit();
    return result;
  }

  private memoryUnits(alignment: Alignment, rows: Alignment['rows'], user: SessionUser): NewUnit[] {
    const now = new Date();
    return rows
      .map((row) => row.sentences.map((sentences, e) => ({ e, text: rowText(alignment.editions[e], sentences) })).filter((v) => v.text.trim() !== ''))
      .filter((variants) => variants.length >= 2)
      .map((variants) => ({
        projectId: alignment.projectId,
        shared: false,
        segmentId: null,
        meta: { alignmentId: alignment.id },
        variants: variants.map((v) => ({
          language: alignment.editions[v.e].language,
          text: v.text,
          origin: 'aligned' as const,
          authorName: user.displayName,
          updatedAt: now,
          contextHash: null,
          meta: null,
        })),
      }));
  }

  private async createDocument(
    alignment: Alignment,
    rows: Alignment['rows'],
    sourceEdition: number,
    targets: Language[],
    request: AlignmentCommitRequest,
    user: SessionUser,
    manager: EntityManager,
  ): Promise<{ id: string; rows: number; translations: number }> {
    const kept = rows.filter((r) => r.sentences[sourceEdition].length > 0);
    if (kept.length === 0) throw AppException.invalid('document', 'no row has a sentence in the source language');
    const source = alignment.editions[sourceEdition];
    const text = rowsAsText(kept.map((r) => rowText(source, r.sentences[sourceEdition])));
    const fileName = `${request.title ?? alignment.title}.txt`;
    const bytes = Buffer.from(text, 'utf8');
    const parsed = parseDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, { mainContentOnly: false });
    const segmented = segmentDocument(parsed, source.language, { oneSegmentPerBlock: true });
    if (segmented.segments.length !== kept.length) throw new Error(`document of ${kept.length} rows read back as ${segmented.segments.length} segments`);
    const created = await this.documents.createWithSegments(
      {
        projectId: alignment.projectId,
        title: request.title ?? alignment.title,
        format: parsed.format,
        fileName,
        original: bytes,
        skeleton: segmented.skeleton,
        segmentCount: segmented.segments.length,
        wordCount: segmented.segments.reduce((sum, s) => sum + s.wordCount, 0),
        createdBy: user.id,
      },
      segmented.segments,
      manager,
    );
    const ids = await this.documents.segmentIdsAt(
      created.id,
      kept.map((_, k) => k),
      manager,
    );
    const entries: LedgerEntry[] = [];
    kept.forEach((row, k) => {
      row.sentences.forEach((sentences, e) => {
        const edition = alignment.editions[e];
        if (e === sourceEdition || !sentences.length || !targets.includes(edition.language)) return;
        const segmentId = ids.get(k)!;
        const base = { segmentId, language: edition.language, expected: 'latest' as const, authorId: user.id };
        entries.push({ ...base, change: { kind: 'aligned', text: rowText(edition, sentences), score: row.confidence } });
        entries.push({ ...base, change: { kind: 'batch-approved' } });
      });
    });
    const outcomes = await this.ledger.applyAll(entries, manager);
    const translations = outcomes.filter((o, k) => o.outcome === 'written' && entries[k].change.kind === 'aligned').length;
    return { id: created.id, rows: kept.length, translations };
  }

  /**
   * Bleualign's idea: the first edition machine-translated into the language of each other edition
   * (through the cached translator), when the project has an engine; an engine failure aligns without.
   */
  private async pivotTranslations(projectId: string, languages: Language[], sentences: string[]): Promise<Map<number, string[]>> {
    const out = new Map<number, string[]>();
    if (!this.translator.enabled) return out;
    for (let k = 1; k < languages.length; k++) {
      try {
        const result = await this.translator.translate({ projectId, source: languages[0], target: languages[k], texts: sentences, formality: 'default' });
        out.set(k, result.texts);
      } catch (error) {
        this.logger.warn(`alignment without machine translation into ${languages[k]}: ${(error as Error).message}`);
      }
    }
    return out;
  }

  private async dictionaries(projectId: string, languages: Language[]): Promise<Map<string, DictionaryEntry[]>> {
    const out = new Map<string, DictionaryEntry[]>();
    for (let x = 0; x < languages.length; x++) {
      for (let y = x + 1; y < languages.length; y++) {
        const forward = await this.glossary.list(projectId, languages[x], languages[y]);
        const backward = await this.glossary.list(projectId, languages[y], languages[x]);
        out.set(`${x}:${y}`, [
          ...forward.map((t) => ({ left: t.sourceTerm, right: t.targetTerm })),
          ...backward.map((t) => ({ left: t.targetTerm, right: t.sourceTerm })),
        ]);
      }
    }
    return out;
  }

  private async findOrThrow(id: string): Promise<Alignment> {
    const alignment = await this.alignments.find(id);
    if (!alignment) throw AppException.notFound('Alignment');
    return alignment;
  }

  private assertOpen(alignment: Alignment, version: number): void {
    if (alignment.committedAt) throw new AppException(ERROR_CODES.conflict, 'This alignment is committed already', { current: alignment });
    if (alignment.version !== version)
      throw new AppException(ERROR_CODES.conflict, 'Someone changed this alignment after you opened it: reload it', {
        current: alignment,
        submitted: { version },
      });
  }
}
