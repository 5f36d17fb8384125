import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { DocumentEventsQuery } from '@interlinea/shared';
import type { SessionUser } from '../../common/http/current-user.decorator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AccessService } from '../access/access.service';
import { DocumentEventsRepository } from './document-events.repository';
import { EventStream } from './event-stream';
import { LiveEvents } from './live-events';
import { PresenceRepository } from './presence.repository';
import { PresenceService } from './presence.service';
import { SoftLocksService } from './soft-locks.service';

/** At most this many events are replayed on a resume (older ones are gone anyway after a day). */
const REPLAY_LIMIT = 5_000;
const PRUNE_EVERY_MS = 10 * 60_000;
const KEEP_EVENTS_HOURS = 24;

interface OpenTab {
  documentId: string;
  clientId: string;
  stream: EventStream;
}

/**
 * `GET /api/documents/:id/events`: the document's events as server-sent events. A stream opens with
 * the replay after `Last-Event-ID` (when resuming), then a `hello` with who is here and the locks,
 * then whatever any API process announces; a comment every `LIVE_KEEPALIVE_SECONDS` keeps proxies
 * from closing it and tells the others the tab is still there. Closing it ends the tab's presence and locks.
 */
@Injectable()
export class DocumentStreamService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DocumentStreams');
  private readonly tabs = new Set<OpenTab>();
  private timer?: NodeJS.Timeout;
  private lastPrune = 0;
  private readonly leaving = new Set<Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly events: DocumentEventsRepository,
    private readonly live: LiveEvents,
    private readonly presenceRows: PresenceRepository,
    private readonly presence: PresenceService,
    private readonly locks: SoftLocksService,
  ) {}

  onApplicationBootstrap(): void {
    const { keepAliveSeconds, lockIdleSeconds, presenceTimeoutSeconds } = this.config.live;
    const everyMs = Math.min(keepAliveSeconds, lockIdleSeconds / 2, presenceTimeoutSeconds / 3) * 1000;
    let sinceKeepAlive = 0;
    this.timer = setInterval(() => {
      sinceKeepAlive += everyMs;
      const keepAlive = sinceKeepAlive >= keepAliveSeconds * 1000 - 1;
      if (keepAlive) sinceKeepAlive = 0;
      void this.round(keepAlive).catch((error: Error) => this.logger.warn(`live sweep failed: ${error.message}`));
    }, everyMs);
    this.timer.unref();
  }

  /** Before the database goes: every stream ends, and its tab leaves (presence and locks) while it still can. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    for (const tab of [...this.tabs]) tab.stream.end();
    await Promise.all([...this.leaving]);
  }

  async open(user: SessionUser, documentId: string, query: DocumentEventsQuery, lastEventIdHeader: string | undefined, req: Request, res: Response) {
    const { project } = await this.access.document(user, documentId, 'view');
    const resumeAfter = /^\d{1,18}$/.test(lastEventIdHeader ?? '') ? lastEventIdHeader : query.lastEventId;
    const clientId = query.clientId ?? randomUUID();
    const stream = new EventStream(res);
    const tab: OpenTab = { documentId, clientId, stream };
    let ready = false;
    const held: Parameters<EventStream['send']>[0] = [];
    const catchUp = () => void this.replay(stream, documentId, stream.lastId).catch(() => undefined);
    const unsubscribe = this.live.subscribe({ documentId }, (events) => (ready ? stream.send(events) : held.push(...events)), catchUp);
    let closed = false;
    req.on('close', () => {
      closed = true;
      stream.close();
      unsubscribe();
      this.tabs.delete(tab);
      const leaving = this.presence
        .leave(documentId, project.id, clientId)
        .catch((error: Error) => this.logger.warn(`leaving ${documentId}: ${error.message}`));
      this.leaving.add(leaving);
      void leaving.finally(() => this.leaving.delete(leaving));
    });
    try {
      if (resumeAfter) await this.replay(stream, documentId, resumeAfter);
      await this.presence.join(documentId, project.id, clientId, user.id);
      const [latest, present, locks] = await Promise.all([
        this.events.latestId(documentId),
        this.presenceRows.list(documentId),
        this.locks.ofDocument(documentId),
      ]);
      const resumeId = BigInt(latest) > BigInt(stream.lastId) ? latest : stream.lastId;
      stream.sendUnsequenced('hello', resumeId, { id: resumeId, documentId, at: new Date().toISOString(), type: 'hello', clientId, present, locks });
      ready = true;
      stream.send(held.splice(0));
      if (!closed) this.tabs.add(tab);
    } catch (error) {
      this.logger.warn(`the event stream of ${documentId} failed to start: ${(error as Error).message}`);
      res.end();
    }
  }

  private async replay(stream: EventStream, documentId: string, afterId: string): Promise<void> {
    stream.send(await this.events.since(documentId, afterId, REPLAY_LIMIT));
  }

  /** Keep-alives and the expiry of presence and locks (each expired row is announced by exactly one process). */
  private async round(keepAlive: boolean): Promise<void> {
    if (keepAlive) {
      for (const tab of this.tabs) tab.stream.keepAlive();
      await this.presenceRows.touch([...this.tabs].map(({ documentId, clientId }) => ({ documentId, clientId })));
    }
    const left = await this.presenceRows.expire(this.config.live.presenceTimeoutSeconds);
    for (const { documentId, clientId } of left) await this.locks.disconnected(documentId, clientId);
    for (const documentId of new Set(left.map((l) => l.documentId))) await this.presence.announce(documentId, null);
    await this.locks.expire();
    if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = Date.now();
      await this.events.prune(KEEP_EVENTS_HOURS);
    }
  }
}
