import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { detectFormat, FormatError, parsePdfText, type BilingualUnit, type ParsedDocument } from '@interlinea/formats';
import { DocumentParser } from './parsing/document-parser';
import {
  ERROR_CODES,
  LANGUAGES,
  MAX_UPLOAD_BYTES,
  type ImportOptions,
  type ImportResult,
  type Language,
  type TranslationStatus,
  type XliffUpdateResult,
} from '@interlinea/shared';
import { stripCodes } from '@interlinea/inline-codes';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService, allows, assertAllowed } from '../access/access.service';
import { ProjectsService } from '../projects/projects.service';
import { TranslationLedger } from '../ledger/translation-ledger';
import type { LedgerEntry } from '../ledger/translation-change';
import { DocumentsRepository, type ImportedTranslation } from './documents.repository';
import { segmentDocument, type SegmentedDocument } from './document-import';
import { languageMismatch } from './language-identification';
import { readPdfText } from './pdf-text-layer';

export interface UploadedDocument {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * Upload → format filter → sentence segments, stored in one transaction: a file that cannot be read
 * stores nothing. A bilingual file (XLIFF) also brings its translations for one of the editions.
 */
@Injectable()
export class DocumentImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly documents: DocumentsRepository,
    private readonly ledger: TranslationLedger,
    private readonly parser: DocumentParser,
  ) {}

  /** `aborted`: the client went away; then nothing is stored (checked before and at the end of the transaction). */
  async import(user: SessionUser, projectId: string, file: UploadedDocument | undefined, options: ImportOptions, aborted?: AbortSignal): Promise<ImportResult> {
    const project = await this.projects.findOrThrow(projectId);
    const roles = await this.access.assertCan(user, projectId, 'manage');
    const { fileName, parsed, segmented } = await readUpload(this.parser, file, options, project.sourceLanguage);
    if (segmented.segments.length === 0)
      throw new AppException(ERROR_CODES.fileRejected, `${fileName} contains no text to translate`, { reason: 'EMPTY_FILE' });
    const bilingual = this.bilingualTranslations(
      parsed,
      segmented,
      project.sourceLanguage,
      project.languages.map((l) => l.language),
    );
    if (!parsed.bilingual && !options.confirmLanguage) await assertSourceLanguage(segmented, project.sourceLanguage, fileName);
    const wordCount = segmented.segments.reduce((sum, s) => sum + (s.translatable ? s.wordCount : 0), 0);
    const furnitureSegments = segmented.segments.filter((s) => !s.translatable).length;
    const title = documentTitle(parsed.format, parsed.title, fileName);
    aborted?.throwIfAborted();
    const document = await this.dataSource.transaction(async (manager) => {
      const created = await this.documents.createWithSegments(
        {
          projectId,
          title,
          format: parsed.format,
          fileName,
          original: file!.buffer,
          skeleton: segmented.skeleton,
          segmentCount: segmented.segments.length,
          wordCount,
          createdBy: user.id,
        },
        segmented.segments,
        manager,
      );
      if (bilingual) {
        const ids = await this.documents.segmentIdsAt(
          created.id,
          bilingual.translations.map((t) => t.segmentIndex),
          manager,
        );
        const mayReview = allows(roles, 'review', bilingual.language);
        const entries = bilingual.translations
          .filter((t) => ids.has(t.segmentIndex))
          .map((t): LedgerEntry => imported(ids.get(t.segmentIndex)!, bilingual.language, t.text, statusAllowed(t.status, mayReview), user.id));
        await this.ledger.applyAll(entries, manager);
      }
      aborted?.throwIfAborted();
      return created;
    });
    const mayReview = bilingual ? allows(roles, 'review', bilingual.language) : true;
    this.ledger.afterCommit();
    return {
      id: document.id,
      title,
      format: parsed.format,
      segmentCount: segmented.segments.length,
      wordCount,
      importedTranslations: bilingual?.translations.length,
      statusesLowered: bilingual ? bilingual.translations.filter((t) => statusAllowed(t.status, mayReview) !== t.status).length : undefined,
      furnitureSegments,
      ...(bilingual?.skippedSourceCopies ? { skippedSourceCopies: bilingual.skippedSourceCopies } : {}),
    };
  }

  /** A translated XLIFF exported from this document, back from another CAT tool: its targets update the edition. */
  async updateFromXliff(user: SessionUser, documentId: string, file: UploadedDocument | undefined): Promise<XliffUpdateResult> {
    const { project, roles } = await this.access.document(user, documentId, 'view');
    // someone who may translate no edition is refused before their file is read; the edition is checked after
    assertAllowed(roles, 'translate');
    const { fileName, parsed } = await readUpload(this.parser, file, { mainContentOnly: false });
    if (!parsed.bilingual) throw new AppException(ERROR_CODES.fileRejected, `${fileName} is not an XLIFF file`, { reason: 'UNSUPPORTED_FORMAT' });
    const language = parsed.bilingual.targetLanguage ? baseLanguage(parsed.bilingual.targetLanguage) : null;
    if (!language || !project.languages.includes(language as Language)) {
      throw new AppException(ERROR_CODES.fileRejected, `${fileName} has no target language of this project (${parsed.bilingual.targetLanguage ?? 'none'})`, {
        reason: 'WRONG_LANGUAGE',
        field: 'trgLang',
      });
    }
    assertAllowed(roles, 'translate', language as Language);
    const known = await this.documents.segmentIds(documentId);
    const copies = parsed.bilingual.units.filter((u) => known.has(u.id) && isSourceCopy(parsed, u));
    const rows = parsed.bilingual.units
      .filter((u) => known.has(u.id) && u.target !== null && u.target.trim() !== '' && !copies.includes(u))
      .map((u) => ({ segmentId: u.id, text: u.target!.trim(), status: u.state ?? ('translated' as const) }));
    const unknown = parsed.bilingual.units.filter((u) => !known.has(u.id)).map((u) => u.id);
    const mayReview = allows(roles, 'review', language as Language);
    const updated = await this.dataSource.transaction(async (manager) => {
      const outcomes = await this.ledger.applyAll(
        rows.map((r) => imported(r.segmentId, language as Language, r.text, statusAllowed(r.status, mayReview), user.id)),
        manager,
      );
      return outcomes.filter((o) => o.outcome === 'written').length;
    });
    this.ledger.afterCommit();
    const statusesLowered = rows.filter((r) => statusAllowed(r.status, mayReview) !== r.status).length;
    const result: XliffUpdateResult = { language: language as Language, updated, unchanged: rows.length - updated, unknown, statusesLowered };
    if (copies.length > 0) result.skippedSourceCopies = copies.length;
    return result;
  }

  /** The targets of a bilingual file, checked against the project's languages. */
  private bilingualTranslations(
    parsed: ParsedDocument,
    segmented: SegmentedDocument,
    source: Language,
    targets: Language[],
  ): { language: Language; translations: ImportedTranslation[]; skippedSourceCopies: number } | null {
    if (!parsed.bilingual) return null;
    const fileSource = baseLanguage(parsed.bilingual.sourceLanguage);
    if (fileSource !== source)
      throw new AppException(ERROR_CODES.fileRejected, `The file's source language is ${parsed.bilingual.sourceLanguage}, the project's is ${source}`, {
        reason: 'WRONG_LANGUAGE',
        field: 'srcLang',
      });
    const target = parsed.bilingual.targetLanguage ? baseLanguage(parsed.bilingual.targetLanguage) : null;
    if (target === null) return null;
    if (!targets.includes(target as Language)) {
      throw new AppException(
        ERROR_CODES.fileRejected,
        `The file is translated into ${parsed.bilingual.targetLanguage}, which is not an edition of this project`,
        { reason: 'WRONG_LANGUAGE', field: 'trgLang' },
      );
    }
    const translations: ImportedTranslation[] = [];
    let skippedSourceCopies = 0;
    for (const unit of parsed.bilingual.units) {
      const segmentIndex = segmented.firstSegmentOfBlock.get(unit.blockIndex);
      if (segmentIndex === undefined || unit.target === null || unit.target.trim() === '') continue;
      if (isSourceCopy(parsed, unit)) {
        skippedSourceCopies += 1;
        continue;
      }
      translations.push({ segmentIndex, text: unit.target.trim(), status: unit.state ?? 'translated' });
    }
    return { language: target as Language, translations, skippedSourceCopies };
  }
}

/**
 * A file may say a unit is approved (`approved="yes"`, `state="signed-off"`) or rejected: only someone who
 * may review the edition (the review endpoint's permission) keeps that. For anyone else an approval
 * becomes `translated` and a rejection `draft`, and the import report counts them.
 */
export function statusAllowed(status: TranslationStatus, mayReview: boolean): TranslationStatus {
  if (mayReview) return status;
  if (status === 'approved') return 'translated';
  if (status === 'rejected') return 'draft';
  return status;
}

/**
 * Before anything is stored: a text in another language than the project's source (an English leaflet
 * in a Russian project) answers 409 LANGUAGE_MISMATCH, which the uploader confirms with `confirmLanguage=true`.
 */
async function assertSourceLanguage(segmented: SegmentedDocument, expected: Language, fileName: string): Promise<void> {
  const texts = segmented.segments.filter((s) => s.translatable).map((s) => stripCodes(s.source));
  const mismatch = await languageMismatch(texts, expected);
  if (mismatch) {
    throw new AppException(
      ERROR_CODES.languageMismatch,
      `${fileName} looks like ${mismatch.detected}, not the project's source language ${expected}: upload it again with confirmLanguage=true to import it all the same`,
      mismatch,
    );
  }
}

/**
 * A target that is only a copy of its source (as OmegaT and other tools fill targets before
 * translation), which the file does not mark as translated: not a translation to take over.
 */
function isSourceCopy(parsed: ParsedDocument, unit: BilingualUnit): boolean {
  const source = parsed.blocks[unit.blockIndex]?.text;
  const unmarked = parsed.unmarkedTargets?.includes(unit.blockIndex) ?? false;
  return unmarked && unit.target !== null && source !== undefined && unit.target.trim() === source.trim();
}

/** A translation a bilingual file brought, over whatever the edition holds. */
function imported(segmentId: string, language: Language, text: string, status: TranslationStatus, authorId: string): LedgerEntry {
  return { segmentId, language, expected: 'latest', authorId, change: { kind: 'imported', text, status, format: 'XLIFF' } };
}

export async function readUpload(
  parser: DocumentParser,
  file: UploadedDocument | undefined,
  options: Pick<ImportOptions, 'mainContentOnly'>,
): Promise<{ fileName: string; parsed: ParsedDocument }>;
export async function readUpload(
  parser: DocumentParser,
  file: UploadedDocument | undefined,
  options: Pick<ImportOptions, 'mainContentOnly'>,
  segmentIn: Language,
): Promise<{ fileName: string; parsed: ParsedDocument; segmented: SegmentedDocument }>;
export async function readUpload(
  parser: DocumentParser,
  file: UploadedDocument | undefined,
  options: Pick<ImportOptions, 'mainContentOnly'>,
  segmentIn?: Language,
): Promise<{ fileName: string; parsed: ParsedDocument; segmented?: SegmentedDocument }> {
  if (!file) throw AppException.invalid('file', 'attach a file in the multipart field "file"');
  if (file.size > MAX_UPLOAD_BYTES) throw new AppException(ERROR_CODES.fileTooLarge, `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  const fileName = decodeFileName(file.originalname);
  try {
    const bytes = new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength);
    if (detectFormat(fileName, bytes) === 'pdf') {
      // pdf.js reads the text layer in a worker thread of its own (pdf-text-layer.ts); the layout is rebuilt here
      const parsed = parsePdfText(await readPdfText(bytes), fileName);
      return { fileName, parsed, segmented: segmentIn ? segmentDocument(parsed, segmentIn) : undefined };
    }
    const read = await parser.read(bytes, fileName, options, segmentIn);
    return { fileName, ...read };
  } catch (error) {
    if (error instanceof FormatError && error.code === 'PDF_NO_TEXT') {
      throw new AppException(ERROR_CODES.pdfNoText, `${fileName}: ${error.message}`, { reason: error.code });
    }
    if (error instanceof FormatError) {
      throw new AppException(ERROR_CODES.fileRejected, `${fileName}: ${error.message}`, { reason: error.code, position: error.position });
    }
    throw error;
  }
}

/** `de-DE` → `de`; anything else than our three languages is kept as it is, to be refused by name. */
function baseLanguage(code: string): string {
  const base = code.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base) ? base : code;
}

/** Browsers send UTF-8 file names that multer reads as Latin-1. */
function decodeFileName(name: string): string {
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
}

/**
 * Translators know a plain-text document by its file name (its first line is often page noise such as
 * "Search"); richer formats carry a real title.
 */
function documentTitle(format: string, parsedTitle: string, fileName: string): string {
  if (format !== 'txt') return parsedTitle;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
