import { Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  ERROR_CODES,
  type Language, type MatchesResponse, type ReviewRequest, type Revision, type SaveTranslationRequest, type Translation,
} from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService, type ProjectAction } from '../access/access.service';
import { MemoryService } from '../memory/memory.service';
import { ProjectsService } from '../projects/projects.service';
import { PostEditingService } from '../machine-translation/post-editing/post-editing.service';
import { savedOrigin } from '../machine-translation/post-editing/saved-origin';
import { TranslationEntity } from './entities/translation.entity';
import { TranslationsRepository, type SegmentContext } from './translations.repository';

@Injectable()
export class TranslationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly projects: ProjectsService,
    private readonly translations: TranslationsRepository,
    private readonly memory: MemoryService,
    @Optional() private readonly postEditing?: PostEditingService,
  ) {}

  /**
   * Optimistic concurrency: the request names the version it was edited from (0 for a first
   * translation). If someone saved in between, nothing is written and 409 carries their text.
   * Every saved state becomes a revision.
   */
  async save(user: SessionUser, segmentId: string, language: Language, request: SaveTranslationRequest): Promise<Translation> {
    await this.authorise(user, segmentId, language, 'translate');
    const change = { text: request.text, status: request.status, origin: savedOrigin(request), authorId: user.id, reviewComment: null };
    const provenance = { editorId: user.id, origin: request.origin, suggestion: request.suggestion };
    return this.dataSource.transaction(async (manager) => {
      const current = await this.translations.lockForUpdate(segmentId, language, manager);
      if (!current) {
        if (request.version !== 0) throw AppException.invalid('version', 'the segment has no translation yet: send version 0');
        const created = await this.translations.insertFirst(segmentId, language, change, manager);
        if (!created) return this.conflict(segmentId, language, manager);
        await this.postEditing?.recordSave({ translationId: created.id, text: created.text, ...provenance }, manager);
        return this.record(created, user, null, manager);
      }
      if (current.version !== request.version) return this.conflict(segmentId, language, manager);
      if (current.text === request.text && current.status === request.status) return this.view(segmentId, language, manager);
      // a status change alone keeps the origin (MT stays `mt` until its text is edited)
      const updated = await this.translations.update(current, request.origin === undefined && current.text === request.text ? { ...change, origin: current.origin } : change, manager);
      await this.postEditing?.recordSave({ translationId: updated.id, text: updated.text, ...provenance }, manager);
      return this.record(updated, user, null, manager);
    });
  }

  /** Approve or reject a translation; a rejection carries the reviewer's reason. */
  async review(user: SessionUser, segmentId: string, language: Language, request: ReviewRequest): Promise<Translation> {
    await this.authorise(user, segmentId, language, 'review');
    return this.dataSource.transaction(async (manager) => {
      const current = await this.translations.lockForUpdate(segmentId, language, manager);
      if (!current || current.text.trim() === '') throw AppException.invalid('decision', 'there is no translation to review yet');
      if (request.version !== undefined && request.version !== current.version) return this.conflict(segmentId, language, manager);
      const comment = request.comment ?? null;
      const status = request.decision === 'approve' ? 'approved' : 'rejected';
      const updated = await this.translations.update(
        current,
        { text: current.text, status, origin: current.origin, authorId: current.authorId, reviewComment: comment },
        manager,
      );
      return this.record(updated, user, comment, manager);
    });
  }

  async revisions(user: SessionUser, segmentId: string, language: Language): Promise<Revision[]> {
    await this.authorise(user, segmentId, language, 'view');
    return this.translations.revisions(segmentId, language);
  }

  async matches(user: SessionUser, segmentId: string, language: Language): Promise<MatchesResponse> {
    await this.authorise(user, segmentId, language, 'view');
    return { matches: await this.memory.matches(segmentId, language), mt: null };
  }

  private async authorise(user: SessionUser, segmentId: string, language: Language, action: ProjectAction): Promise<SegmentContext> {
    const context = await this.translations.segmentContext(segmentId);
    if (!context) throw AppException.notFound('Segment');
    await this.access.assertCan(user, context.projectId, action, language);
    await this.projects.findWithEdition(context.projectId, language);
    return context;
  }

  /** Keeps the revision, then lets the memory learn (or forget) the translation and fill repetitions. */
  private async record(translation: TranslationEntity, user: SessionUser, comment: string | null, manager: EntityManager): Promise<Translation> {
    await this.translations.addRevision(translation, user.id, comment, manager);
    await this.memory.translationChanged(translation.segmentId, translation.language, user, manager);
    return this.view(translation.segmentId, translation.language, manager);
  }

  private async view(segmentId: string, language: Language, manager: EntityManager): Promise<Translation> {
    const view = await this.translations.view(segmentId, language, manager);
    if (!view) throw new Error(`translation of ${segmentId} into ${language} vanished inside its transaction`);
    return view;
  }

  private async conflict(segmentId: string, language: Language, manager: EntityManager): Promise<never> {
    const current = await this.translations.view(segmentId, language, manager);
    throw new AppException(ERROR_CODES.conflict, 'Someone saved this segment after you opened it: compare both versions and choose', { current });
  }
}
