import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TmxImportProgress } from '@interlinea/shared';

/** The reading position is written at most this often per import (the file is read much faster). */
const WRITE_EVERY_MS = 200;

/**
 * How far the TMX imports under way have read their files, by the token each client picked (and the
 * user and project it belongs to), for the client's progress bar after its upload. Kept in PostgreSQL
 * (`import_progress`, unlogged): with several API instances behind a balancer, a poll that reaches
 * another instance than the one importing is answered all the same.
 */
@Injectable()
export class ImportProgress {
  private readonly logger = new Logger('ImportProgress');
  /** When each import of this process last wrote its position (a throttle, not the position itself). */
  private readonly lastWrite = new Map<string, number>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async start(key: string, total: number): Promise<void> {
    this.lastWrite.set(key, Date.now());
    await this.db.query(
      `INSERT INTO import_progress (key, read_bytes, total_bytes) VALUES ($1, 0, $2)
       ON CONFLICT (key) DO UPDATE SET read_bytes = 0, total_bytes = EXCLUDED.total_bytes, updated_at = now()`,
      [key, total],
    );
  }

  /** Called as the file is read; writes now and then, never holding the reader up. */
  read(key: string, bytes: number): void {
    const last = this.lastWrite.get(key);
    if (last === undefined || Date.now() - last < WRITE_EVERY_MS) return;
    this.lastWrite.set(key, Date.now());
    this.db
      .query(`UPDATE import_progress SET read_bytes = least($2, total_bytes), updated_at = now() WHERE key = $1`, [key, bytes])
      .catch((error: Error) => this.logger.warn(`import progress not written: ${error.message}`));
  }

  async end(key: string): Promise<void> {
    this.lastWrite.delete(key);
    await this.db
      .query(`DELETE FROM import_progress WHERE key = $1`, [key])
      .catch((error: Error) => this.logger.warn(`import progress not removed: ${error.message}`));
  }

  async of(key: string): Promise<TmxImportProgress | undefined> {
    const rows: { read: string; total: string }[] = await this.db.query(`SELECT read_bytes AS read, total_bytes AS total FROM import_progress WHERE key = $1`, [
      key,
    ]);
    return rows[0] && { read: Number(rows[0].read), total: Number(rows[0].total) };
  }
}

/** An import's key: a client's token is only ever seen by its user, in its project. */
export const importKey = (projectId: string, userId: string, token: string) => `${projectId}:${userId}:${token}`;
