import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ERROR_CODES, type Language, type PretranslateRequest, type PretranslateResponse } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { JobsService } from '../jobs/jobs.service';
import { MachineTranslator } from '../machine-translation/machine-translator';
import { PretranslationRepository } from './pretranslation.repository';
import { PRETRANSLATION, type PretranslationPayload } from './pretranslation.runner';

/** Without a threshold, only exact memory matches fill segments. */
const DEFAULT_TM_THRESHOLD = 100;

@Injectable()
export class PretranslationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly jobs: JobsService,
    private readonly repository: PretranslationRepository,
    private readonly translator: MachineTranslator,
  ) {}

  /** Starts a background job over the document's empty segments in one language (managers). */
  async start(user: SessionUser, documentId: string, request: PretranslateRequest): Promise<PretranslateResponse> {
    const language: Language = request.lang;
    const { project } = await this.access.document(user, documentId, 'manage', language);
    const projectId = project.id;
    const running = await this.repository.activeJob(documentId, language);
    if (running) throw new AppException(ERROR_CODES.jobState, `This document is already being pre-translated into ${language}`, { jobId: running });
    const segments = await this.repository.emptySegments(documentId, language);
    const payload: PretranslationPayload = { documentId, language, tmThreshold: request.tmThreshold ?? DEFAULT_TM_THRESHOLD, useMt: request.useMt };
    const job = await this.dataSource.transaction(async (manager) => {
      const created = await this.jobs.create(PRETRANSLATION, projectId, user.id, payload, manager);
      if (segments.length > 0) await this.repository.addItems(created.id, segments, manager);
      return created;
    });
    await this.jobs.enqueue(job);
    return { jobId: job.id, total: segments.length, memoryLookup: 'memory', mtEnabled: request.useMt && this.translator.enabled };
  }
}
