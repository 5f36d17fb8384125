import { Injectable } from '@nestjs/common';
import type { TmxImportProgress } from '@interlinea/shared';

/**
 * How far the TMX imports under way have read their files, by the token each client picked (and
 * the user and project it belongs to), for the client's progress bar after its upload. Kept in
 * this process: with several API instances behind a balancer, a poll that reaches another instance
 * is answered 404 and the client shows the bar without a share.
 */
@Injectable()
export class ImportProgress {
  private readonly imports = new Map<string, TmxImportProgress>();

  start(key: string, total: number): void {
    this.imports.set(key, { read: 0, total });
  }

  read(key: string, bytes: number): void {
    const progress = this.imports.get(key);
    if (progress) progress.read = Math.min(bytes, progress.total);
  }

  end(key: string): void {
    this.imports.delete(key);
  }

  of(key: string): TmxImportProgress | undefined {
    const progress = this.imports.get(key);
    return progress && { ...progress };
  }
}

/** An import's key: a client's token is only ever seen by its user, in its project. */
export const importKey = (projectId: string, userId: string, token: string) => `${projectId}\u0000${userId}\u0000${token}`;
