import { Injectable } from '@nestjs/common';
import {
  ERROR_CODES,
  type CreateGlossaryTermRequest,
  type GlossaryExportQuery,
  type GlossaryImportRequest,
  type GlossaryImportResult,
  type GlossaryListQuery,
  type GlossaryTerm,
  type Language,
  type SegmentGlossary,
  type UpdateGlossaryTermRequest,
} from '@interlinea/shared';
import {
  checkTerms,
  conceptToEntry,
  GlossaryFileError,
  parseGlossaryCsv,
  parseTbx,
  writeGlossaryCsv,
  writeTbx,
  type GlossaryEntry,
} from '@interlinea/glossary';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { ProjectsService } from '../projects/projects.service';
import { GlossaryRepository } from './glossary.repository';

export interface GlossaryFile {
  originalname: string;
  buffer: Buffer;
}

export interface GlossaryDownload {
  fileName: string;
  contentType: string;
  body: string;
}

/** Project glossaries: term pairs per language pair, CRUD, CSV/TBX exchange and the per-segment term check. */
@Injectable()
export class GlossaryService {
  constructor(
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly glossary: GlossaryRepository,
  ) {}

  async list(user: SessionUser, projectId: string, query: GlossaryListQuery): Promise<GlossaryTerm[]> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'view');
    return this.glossary.list(projectId, query.source, query.target);
  }

  async create(user: SessionUser, projectId: string, request: CreateGlossaryTermRequest): Promise<GlossaryTerm> {
    await this.assertPair(user, projectId, request.sourceLanguage, request.targetLanguage);
    const term = await this.glossary.create(projectId, request, user.id);
    if (!term)
      throw AppException.invalid('sourceTerm', `"${request.sourceTerm}" is already in the ${request.sourceLanguage}→${request.targetLanguage} glossary`);
    return term;
  }

  async update(user: SessionUser, termId: string, change: UpdateGlossaryTermRequest): Promise<GlossaryTerm> {
    const term = await this.findTerm(user, termId);
    try {
      return await this.glossary.update(term.id, change);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw AppException.invalid('sourceTerm', `"${change.sourceTerm}" is already in this glossary`);
      throw error;
    }
  }

  async remove(user: SessionUser, termId: string): Promise<void> {
    const term = await this.findTerm(user, termId);
    await this.glossary.remove(term.id);
  }

  async import(user: SessionUser, projectId: string, request: GlossaryImportRequest, file: GlossaryFile | undefined): Promise<GlossaryImportResult> {
    await this.assertPair(user, projectId, request.sourceLanguage, request.targetLanguage);
    if (!file || file.buffer.length === 0) throw new AppException(ERROR_CODES.fileRejected, 'Choose a CSV or TBX file to import');
    const text = file.buffer.toString('utf8');
    const format = request.format ?? (/\.(tbx|xml)$/i.test(file.originalname) || text.trimStart().startsWith('<') ? 'tbx' : 'csv');
    const { source, target } = { source: request.sourceLanguage, target: request.targetLanguage };
    try {
      if (format === 'csv') {
        const entries = parseGlossaryCsv(text);
        const counts = await this.glossary.upsertMany(projectId, source, target, dedupe(entries), user.id);
        return { read: entries.length, ...counts, skipped: 0, languagesInFile: [] };
      }
      const concepts = parseTbx(text);
      const entries = concepts.map((c) => conceptToEntry(c, source, target)).filter((e): e is GlossaryEntry => e !== null);
      const counts = await this.glossary.upsertMany(projectId, source, target, dedupe(entries), user.id);
      const languagesInFile = [...new Set(concepts.flatMap((c) => Object.keys(c.terms)))].sort();
      return { read: concepts.length, ...counts, skipped: concepts.length - entries.length, languagesInFile };
    } catch (error) {
      if (error instanceof GlossaryFileError) {
        const details = { ...(error.line ? { line: error.line } : {}), ...(error.reason ? { reason: error.reason } : {}) };
        throw new AppException(ERROR_CODES.fileRejected, error.message, Object.keys(details).length ? details : undefined);
      }
      throw error;
    }
  }

  async export(user: SessionUser, projectId: string, query: GlossaryExportQuery): Promise<GlossaryDownload> {
    await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'view');
    const entries = (await this.glossary.list(projectId, query.source, query.target)).map(({ sourceTerm, targetTerm, note, forbidden }) => ({
      sourceTerm,
      targetTerm,
      note,
      forbidden,
    }));
    const languages = { source: query.source, target: query.target };
    const name = `glossary-${query.source}-${query.target}`;
    return query.format === 'tbx'
      ? { fileName: `${name}.tbx`, contentType: 'application/x-tbx+xml; charset=utf-8', body: writeTbx(entries, languages) }
      : { fileName: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body: writeGlossaryCsv(entries, languages) };
  }

  /** Terms of the project glossary found in the segment's source, and QA warnings for the current target. */
  async forSegment(user: SessionUser, segmentId: string, language: Language): Promise<SegmentGlossary> {
    const segment = await this.glossary.segment(segmentId, language);
    if (!segment) throw AppException.notFound('Segment');
    await this.access.assertCan(user, segment.projectId, 'view');
    const terms = await this.glossary.list(segment.projectId, segment.sourceLanguage, language);
    const target = segment.target ?? '';
    const found = checkTerms(segment.source, target, terms, { source: segment.sourceLanguage, target: language });
    const warnings: SegmentGlossary['warnings'] = [];
    if (target.trim() !== '') {
      for (const f of found) {
        if (!f.presentInTarget) {
          warnings.push({ kind: 'missing-term', termId: f.term.id, message: `"${f.occurrence.text}" should be translated as "${f.term.targetTerm}"` });
        }
        for (const variant of f.forbiddenInTarget) {
          warnings.push({
            kind: 'forbidden-term',
            termId: f.term.id,
            message: `"${variant}" is a forbidden translation of "${f.term.sourceTerm}"; use "${f.term.targetTerm}"`,
          });
        }
      }
    }
    return {
      terms: found.map((f) => ({ ...f.term, match: f.occurrence.match, matchedText: f.occurrence.text, presentInTarget: f.presentInTarget })),
      warnings,
    };
  }

  private async findTerm(user: SessionUser, termId: string): Promise<GlossaryTerm & { projectId: string }> {
    const term = await this.glossary.find(termId);
    if (!term) throw AppException.notFound('Glossary term');
    await this.access.assertCan(user, term.projectId, 'manage');
    return term;
  }

  /** Managers edit glossaries; both languages must belong to the project (its source or an edition). */
  private async assertPair(user: SessionUser, projectId: string, source: Language, target: Language): Promise<void> {
    const project = await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'manage');
    const languages = [project.sourceLanguage, ...project.languages.map((l) => l.language)];
    if (source === target) throw AppException.invalid('targetLanguage', 'must differ from the source language');
    for (const [field, language] of [
      ['sourceLanguage', source],
      ['targetLanguage', target],
    ] as const) {
      if (!languages.includes(language)) throw AppException.invalid(field, `the project has no ${language} text`);
    }
  }
}

/** The last entry for a source term wins, as in the file's reading order. */
function dedupe(entries: GlossaryEntry[]): GlossaryEntry[] {
  return [...new Map(entries.map((e) => [e.sourceTerm.toLowerCase(), e])).values()];
}
