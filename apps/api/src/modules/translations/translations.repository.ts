import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Language, Revision, TranslationStatus } from '@interlinea/shared';

/** Reading a translation's history (its writes belong to the ledger). */
@Injectable()
export class TranslationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async revisions(segmentId: string, language: Language): Promise<Revision[]> {
    const rows: Revision[] = await this.db.query(
      `SELECT r.version, r.text, r.status, r.origin, u.display_name AS "authorName", r.created_at AS "createdAt", r.comment,
              r.kind, r.score, r.engine, r.from_language AS "fromLanguage", r.from_version AS "fromVersion"
         FROM translation_revision r JOIN translation t ON t.id = r.translation_id LEFT JOIN "user" u ON u.id = r.author_id
        WHERE t.segment_id = $1 AND t.language = $2 ORDER BY r.version DESC`,
      [segmentId, language],
    );
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
  }

  /** Whether the segment has a translation with some text in this edition (a pivot to work from). */
  async hasText(segmentId: string, language: Language): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM translation WHERE segment_id = $1 AND language = $2 AND text <> ''`, [segmentId, language]);
    return rows.length > 0;
  }

  /** One revision's text and status (null: the translation has no such version). */
  async revision(segmentId: string, language: Language, version: number): Promise<{ text: string; status: TranslationStatus } | null> {
    const rows: { text: string; status: TranslationStatus }[] = await this.db.query(
      `SELECT r.text, r.status FROM translation_revision r JOIN translation t ON t.id = r.translation_id
        WHERE t.segment_id = $1 AND t.language = $2 AND r.version = $3`,
      [segmentId, language, version],
    );
    return rows[0] ?? null;
  }
}
