import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export const EVENT_CHANNEL = 'interlinea_event';
const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 5_000;

/** What `NOTIFY interlinea_event` carries: ids only; the rest is read from `document_event`. */
export interface EventNotice {
  id: string;
  documentId: string | null;
  kind: string;
  ref: string | null;
}

/**
 * The one `LISTEN` connection of this process: a dedicated PostgreSQL client (not one of the pool's),
 * reconnecting with backoff when the database goes away. After a reconnect the `reconnected` handlers
 * run, so the streams read what was announced while nobody listened.
 */
@Injectable()
export class EventListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventListener');
  private readonly noticeHandlers = new Set<(notice: EventNotice) => void>();
  private readonly reconnectHandlers = new Set<() => void>();
  private client: Client | null = null;
  private stopped = false;
  private delay = RECONNECT_MIN_MS;
  private retry?: NodeJS.Timeout;
  private everConnected = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onNotice(handler: (notice: EventNotice) => void): () => void {
    this.noticeHandlers.add(handler);
    return () => this.noticeHandlers.delete(handler);
  }

  onReconnect(handler: () => void): () => void {
    this.reconnectHandlers.add(handler);
    return () => this.reconnectHandlers.delete(handler);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const options = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: options.url, connectionTimeoutMillis: 5000, keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel !== EVENT_CHANNEL || !message.payload) return;
      const notice = parseNotice(message.payload);
      if (notice) for (const handler of this.noticeHandlers) handler(notice);
    });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      if (!this.stopped) this.logger.warn(`the event connection was lost (${error?.message ?? 'closed'}): reconnecting`);
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_CHANNEL}`);
    } catch (error) {
      void client.end().catch(() => undefined);
      if (!this.everConnected && !this.stopped) throw error;
      this.logger.warn(`the event connection could not be opened (${(error as Error).message}): retrying`);
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.delay = RECONNECT_MIN_MS;
    if (this.everConnected) for (const handler of this.reconnectHandlers) handler();
    this.everConnected = true;
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, this.delay);
    this.retry.unref();
    this.delay = Math.min(this.delay * 2, RECONNECT_MAX_MS);
  }
}

function parseNotice(payload: string): EventNotice | null {
  try {
    const raw = JSON.parse(payload) as { i?: string; d?: string | null; k?: string; r?: string | null };
    if (!raw.i || !raw.k) return null;
    return { id: raw.i, documentId: raw.d ?? null, kind: raw.k, ref: raw.r ?? null };
  } catch {
    return null;
  }
}
