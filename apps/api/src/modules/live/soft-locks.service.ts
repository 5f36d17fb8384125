import { Inject, Injectable } from '@nestjs/common';
import { ERROR_CODES, type Language, type LockRequest, type SoftLock } from '@interlinea/shared';
import { AppException } from '../../common/errors/app.exception';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AccessService } from '../access/access.service';
import { LiveEvents } from './live-events';
import { SoftLocksRepository, type StoredLock } from './soft-locks.repository';

/** Why a lock changed (a take's reason is decided where it is written: `SoftLocksRepository.take`). */
type LockChange = 'released' | 'expired' | 'disconnected';

/**
 * Soft locks: typing in a segment tells the others who is there. Never a hard lock: the ledger
 * accepts anyone's save all the same. A lock ends when released, when its tab's stream closes, or
 * after `SOFT_LOCK_IDLE_SECONDS` without renewal; someone else takes it over with `force`.
 */
@Injectable()
export class SoftLocksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly locks: SoftLocksRepository,
    private readonly live: LiveEvents,
  ) {}

  private get idle(): number {
    return this.config.live.lockIdleSeconds;
  }

  async take(user: SessionUser, segmentId: string, request: LockRequest): Promise<SoftLock> {
    const { document, project } = await this.access.segment(user, segmentId, 'translate', request.lang);
    const clientId = request.clientId ?? `http-${user.id}`;
    const { previous, lock } = await this.locks.take(
      { segmentId, language: request.lang, documentId: document.id, projectId: project.id, userId: user.id, clientId },
      { force: request.force ?? false, idleSeconds: this.idle },
    );
    if (!lock) {
      throw new AppException(ERROR_CODES.segmentLocked, `${previous!.name} is typing in this segment`, { lock: withoutDocument(previous!) });
    }
    return withoutDocument(lock);
  }

  async release(user: SessionUser, segmentId: string, language: Language, clientId: string | undefined): Promise<void> {
    const { project } = await this.access.segment(user, segmentId, 'view', language);
    for (const gone of await this.locks.release(segmentId, language, user.id, clientId ?? null)) await this.announce(project.id, gone, null, 'released');
  }

  async disconnected(documentId: string, clientId: string): Promise<void> {
    for (const gone of await this.locks.releaseClient(documentId, clientId)) await this.announce(null, gone, null, 'disconnected');
  }

  async expire(): Promise<void> {
    for (const gone of await this.locks.expire(this.idle)) await this.announce(null, gone, null, 'expired');
  }

  ofDocument(documentId: string): Promise<SoftLock[]> {
    return this.locks.list(documentId, this.idle);
  }

  private announce(projectId: string | null, where: StoredLock, lock: StoredLock | null, reason: LockChange): Promise<void> {
    return this.live.publish({
      documentId: where.documentId,
      projectId,
      ref: where.segmentId,
      body: { type: 'lock', segmentId: where.segmentId, language: where.language, lock: lock && withoutDocument(lock), reason },
    });
  }
}

function withoutDocument(lock: StoredLock): SoftLock {
  const { documentId: _, ...rest } = lock;
  return rest;
}
