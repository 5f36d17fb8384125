import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Language, Revision } from '@interlinea/shared';

/** Reading a translation's history (its writes belong to the ledger). */
@Injectable()
export class TranslationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async revisions(segmentId: string, language: Language): Promise<Revision[]> {
    const rows: Revision[] = await this.db.query(
      `SELECT r.version, r.text, r.status, r.origin, u.display_name AS "authorName", r.created_at AS "createdAt", r.comment
         FROM translation_revision r JOIN translation t ON t.id = r.translation_id LEFT JOIN "user" u ON u.id = r.author_id
        WHERE t.segment_id = $1 AND t.language = $2 ORDER BY r.version DESC`,
      [segmentId, language],
    );
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
  }
}
