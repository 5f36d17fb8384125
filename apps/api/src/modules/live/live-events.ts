import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { DocumentEvent } from '@interlinea/shared';
import { DocumentEventsRepository, type NewDocumentEvent } from './document-events.repository';
import { EventListener, type EventNotice } from './event-listener';

/** Who wants which events: a document's stream, or one job's progress. */
export type EventTopic = { documentId: string } | { jobId: string };

interface Subscription {
  topic: EventTopic;
  deliver: (events: DocumentEvent[]) => void;
  /** The listener was away: read what may have been missed. */
  missed: () => void;
}

/** Notices arriving within this time are read from the database in one query. */
const GATHER_MS = 5;
/**
 * Under a stream of events, a read starts at most this often: what arrives meanwhile is read and
 * written to each stream together (one query, and one write per stream instead of one per event).
 */
const READ_INTERVAL_MS = 40;

/**
 * The process's hub of document events: writes them (the row's trigger NOTIFYs every process), and
 * hands those announced by any process to this process's subscribers, reading each row once however
 * many streams want it.
 */
@Injectable()
export class LiveEvents implements OnModuleInit {
  private readonly logger = new Logger('LiveEvents');
  private readonly subscriptions = new Set<Subscription>();
  private pending: string[] = [];
  private scheduled?: NodeJS.Timeout;
  private reading = false;
  private lastRead = 0;

  constructor(
    private readonly listener: EventListener,
    private readonly events: DocumentEventsRepository,
  ) {}

  onModuleInit(): void {
    this.listener.onNotice((notice) => this.heard(notice));
    this.listener.onReconnect(() => {
      for (const subscription of this.subscriptions) subscription.missed();
    });
  }

  /** Stores the event and announces it to every API process (failures are logged: an event is never worth a failed request). */
  async publish(event: NewDocumentEvent): Promise<void> {
    try {
      await this.events.insert(event);
    } catch (error) {
      this.logger.warn(`a ${event.body.type} event of document ${event.documentId ?? '-'} was not stored: ${(error as Error).message}`);
    }
  }

  subscribe(topic: EventTopic, deliver: (events: DocumentEvent[]) => void, missed: () => void = () => undefined): () => void {
    const subscription = { topic, deliver, missed };
    this.subscriptions.add(subscription);
    return () => this.subscriptions.delete(subscription);
  }

  private heard(notice: EventNotice): void {
    if (![...this.subscriptions].some((s) => matches(s.topic, notice))) return;
    this.pending.push(notice.id);
    this.schedule();
  }

  /** One read at a time, in the order heard; the next one waits for the gathering time and the interval. */
  private schedule(): void {
    if (this.scheduled || this.reading || this.pending.length === 0) return;
    const delay = Math.max(GATHER_MS, this.lastRead + READ_INTERVAL_MS - Date.now());
    this.scheduled = setTimeout(() => {
      this.scheduled = undefined;
      this.reading = true;
      this.lastRead = Date.now();
      void this.flush().finally(() => {
        this.reading = false;
        this.schedule();
      });
    }, delay);
  }

  private async flush(): Promise<void> {
    const ids = this.pending;
    this.pending = [];
    let events: DocumentEvent[];
    try {
      events = await this.events.byIds(ids);
    } catch (error) {
      this.logger.warn(`document events ${ids.join(', ')} could not be read: ${(error as Error).message}`);
      for (const subscription of this.subscriptions) subscription.missed();
      return;
    }
    // in the order they were announced (commit order), not by id
    const order = new Map(ids.map((id, index) => [id, index]));
    events.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    // each document's events once, the same array (and event objects: serialised once) for all its streams
    const byDocument = new Map<string, DocumentEvent[]>();
    for (const event of events) {
      const list = byDocument.get(event.documentId);
      if (list) list.push(event);
      else byDocument.set(event.documentId, [event]);
    }
    for (const subscription of this.subscriptions) {
      const { topic } = subscription;
      const wanted = 'documentId' in topic ? (byDocument.get(topic.documentId) ?? []) : events.filter((e) => matchesEvent(topic, e));
      if (wanted.length > 0) subscription.deliver(wanted);
    }
  }
}

function matches(topic: EventTopic, notice: EventNotice): boolean {
  return 'documentId' in topic ? notice.documentId === topic.documentId : notice.kind === 'job' && notice.ref === topic.jobId;
}

function matchesEvent(topic: EventTopic, event: DocumentEvent): boolean {
  return 'documentId' in topic ? event.documentId === topic.documentId : event.type === 'job' && event.job.id === topic.jobId;
}
