import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface CachedTranslation {
  cacheKey: string;
  engine: string;
  sourceLanguage: string;
  targetLanguage: string;
  sourceText: string;
  translatedText: string;
  characters: number;
}

/** Every MT result ever paid for, by a key of everything that shaped it (text, languages, options, glossary). */
@Injectable()
export class MtCacheRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(keys: string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows: { key: string; text: string }[] = await this.db.query(
      'SELECT cache_key AS key, translated_text AS text FROM mt_cache WHERE cache_key = ANY($1)',
      [keys],
    );
    return new Map(rows.map((r) => [r.key, r.text]));
  }

  async store(entries: CachedTranslation[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db.query(
      `INSERT INTO mt_cache (cache_key, engine, source_language, target_language, source_text, translated_text, characters)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
       ON CONFLICT (cache_key) DO NOTHING`,
      [
        entries.map((e) => e.cacheKey),
        entries.map((e) => e.engine),
        entries.map((e) => e.sourceLanguage),
        entries.map((e) => e.targetLanguage),
        entries.map((e) => e.sourceText),
        entries.map((e) => e.translatedText),
        entries.map((e) => e.characters),
      ],
    );
  }
}
