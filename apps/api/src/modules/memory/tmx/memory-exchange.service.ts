import * as fs from 'node:fs';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ERROR_CODES, type TmxExportQuery, type TmxImportProgress, type TmxImportQuery, type TmxImportResult } from '@interlinea/shared';
import { TMX_TAIL, TmxError, tmxHead, tuXml, type TmxUnit } from '@interlinea/tm';
import { AppException } from '../../../common/errors/app.exception';
import type { SessionUser } from '../../../common/http/current-user.decorator';
import { AccessService } from '../../access/access.service';
import { ProjectsService } from '../../projects/projects.service';
import { ImportProgress, importKey } from './import-progress';
import { MemoryCompaction } from '../index/memory-compaction';
import { MemoryImportRepository } from './memory-import.repository';
import { MemorySearchRepository, type ExportedUnit } from '../lookup/memory-search.repository';
import { importTmxFile } from './tmx-import-thread';

/** A TMX upload as multer leaves it on disk. */
export interface UploadedTmx {
  originalname: string;
  path: string;
  size: number;
}

export interface TmxFile {
  fileName: string;
  stream: Readable;
}

const EXPORT_PAGE = 1000;

/** TMX in and out of a project's memory. */
@Injectable()
export class MemoryExchangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly imports: MemoryImportRepository,
    private readonly search: MemorySearchRepository,
    private readonly compaction: MemoryCompaction,
    private readonly progress: ImportProgress,
  ) {}

  /** All or nothing: one transaction; a broken file answers with its line and column and stores nothing. */
  async import(user: SessionUser, projectId: string, query: TmxImportQuery, file: UploadedTmx | undefined): Promise<TmxImportResult> {
    try {
      await this.projects.findOrThrow(projectId);
      await this.access.assertCan(user, projectId, 'manage');
      if (!file) throw AppException.invalid('file', 'attach a .tmx file in the multipart field "file"');
      const destination = { projectId, shared: query.scope === 'shared' };
      const key = query.progress ? importKey(projectId, user.id, query.progress) : null;
      if (key) await this.progress.start(key, file.size);
      try {
        const onRead = key ? (bytes: number) => this.progress.read(key, bytes) : undefined;
        const result = await this.dataSource.transaction(async (manager) => {
          const source = { projectId, fileName: file.originalname, shared: destination.shared, importedBy: user.displayName };
          await this.imports.open(source, manager);
          return importTmxFile(file.path, destination, this.imports, manager, { onRead });
        });
        this.compaction.request(); // the import's word counts and index rows join the older ones
        return result;
      } finally {
        if (key) await this.progress.end(key);
      }
    } catch (error) {
      throw rejected(error, file?.originalname ?? 'the file');
    } finally {
      if (file) fs.rm(file.path, { force: true }, () => undefined);
    }
  }

  /** How far the import the user started with `token` has read its file (404 when there is none under way). */
  async progressOf(user: SessionUser, projectId: string, token: string): Promise<TmxImportProgress> {
    const progress = await this.progress.of(importKey(projectId, user.id, token));
    if (!progress) throw AppException.notFound('TMX import under way');
    return progress;
  }

  async export(user: SessionUser, projectId: string, query: TmxExportQuery): Promise<TmxFile> {
    const project = await this.projects.findOrThrow(projectId);
    await this.access.assertCan(user, projectId, 'export');
    if (query.source === query.target) throw AppException.invalid('target', 'choose a target language other than the source language');
    const pages = async function* (search: MemorySearchRepository): AsyncGenerator<string> {
      yield tmxHead(query.source);
      let after = 0;
      for (;;) {
        const units = await search.exportPage(projectId, query.scope, query.source, query.target, after, EXPORT_PAGE);
        if (units.length === 0) break;
        yield units.map((u) => tuXml(toTmxUnit(u))).join('');
        after = units[units.length - 1].id;
      }
      yield TMX_TAIL;
    };
    const name = `${project.name.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.${query.scope}.${query.source}-${query.target}.tmx`;
    return { fileName: name, stream: Readable.from(pages(this.search)) };
  }
}

function rejected(error: unknown, fileName: string): unknown {
  if (error instanceof TmxError) {
    return new AppException(ERROR_CODES.fileRejected, `${fileName} is not a valid TMX file: ${error.message}`, {
      reason: 'INVALID_TMX',
      position: { line: error.line, column: error.column },
    });
  }
  if (error instanceof TypeError && /encoded data was not valid|ERR_ENCODING/i.test(`${error.message} ${(error as { code?: string }).code ?? ''}`)) {
    return new AppException(ERROR_CODES.fileRejected, `${fileName} is not valid text in its declared encoding`, { reason: 'INVALID_ENCODING' });
  }
  if (error instanceof RangeError) return new AppException(ERROR_CODES.fileRejected, `${fileName}: ${error.message}`, { reason: 'INVALID_ENCODING' });
  return error;
}

function tmxStamp(date: string): string {
  return new Date(date)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function toTmxUnit(unit: ExportedUnit): TmxUnit {
  const meta = unit.meta ?? {};
  return {
    tuid: meta.tuid ?? null,
    attributes: meta.attributes ?? {},
    props: meta.props ?? [],
    notes: meta.notes ?? [],
    variants: unit.variants.map((v) => {
      const vm = (v.meta ?? {}) as {
        codes?: TmxUnit['variants'][number]['codes'];
        props?: TmxUnit['props'];
        notes?: string[];
        attributes?: Record<string, string>;
      };
      const attributes: Record<string, string> = { ...(vm.attributes ?? {}), changedate: tmxStamp(v.updatedAt) };
      if (v.authorName) attributes.changeid = v.authorName;
      const props = v.origin === 'tmx' ? (vm.props ?? []) : [...(vm.props ?? []), { type: 'x-interlinea-origin', value: v.origin }];
      return { language: v.language, locale: v.locale ?? v.language, text: v.text, codes: vm.codes ?? [], props, notes: vm.notes ?? [], attributes };
    }),
  };
}
