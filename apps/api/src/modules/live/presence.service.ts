import { Injectable } from '@nestjs/common';
import type { PresenceList, PresenceRequest } from '@interlinea/shared';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { AccessService } from '../access/access.service';
import { LiveEvents } from './live-events';
import { PresenceRepository } from './presence.repository';
import { SoftLocksService } from './soft-locks.service';

/** Who has a document open and on which segment; every change is a `presence` event with the full list. */
@Injectable()
export class PresenceService {
  constructor(
    private readonly access: AccessService,
    private readonly presence: PresenceRepository,
    private readonly locks: SoftLocksService,
    private readonly live: LiveEvents,
  ) {}

  async list(user: SessionUser, documentId: string): Promise<PresenceList> {
    await this.access.document(user, documentId, 'view');
    const [present, locks] = await Promise.all([this.presence.list(documentId), this.locks.ofDocument(documentId)]);
    return { present, locks };
  }

  /** The tab's focus moved (or, without a tab id, the person's tabs on this document). */
  async focus(user: SessionUser, documentId: string, request: PresenceRequest): Promise<PresenceList> {
    const { project } = await this.access.document(user, documentId, 'view');
    if (request.segmentId) await this.access.segment(user, request.segmentId, 'view', request.language ?? undefined);
    const clientId = request.clientId ?? null;
    const moved = await this.presence.focus(documentId, clientId, user.id, request.segmentId, request.language ?? null);
    if (!moved) await this.presence.upsertFocus(documentId, clientId ?? `http-${user.id}`, user.id, request.segmentId, request.language ?? null);
    await this.announce(documentId, project.id);
    return this.list(user, documentId);
  }

  async join(documentId: string, projectId: string, clientId: string, userId: string): Promise<void> {
    await this.presence.join(documentId, clientId, userId);
    await this.announce(documentId, projectId);
  }

  /** The tab's stream closed: it leaves, and its locks end. */
  async leave(documentId: string, projectId: string, clientId: string): Promise<void> {
    await this.locks.disconnected(documentId, clientId);
    if (await this.presence.leave(documentId, clientId)) await this.announce(documentId, projectId);
  }

  async announce(documentId: string, projectId: string | null): Promise<void> {
    const present = await this.presence.list(documentId);
    await this.live.publish({ documentId, projectId, ref: null, body: { type: 'presence', present } });
  }
}
