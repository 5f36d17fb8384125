import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One JSON document of preferences per person. */
@Injectable()
export class PreferencesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(userId: string): Promise<unknown> {
    const rows: { preferences: unknown }[] = await this.db.query('SELECT preferences FROM user_preference WHERE user_id = $1', [userId]);
    return rows[0]?.preferences ?? null;
  }

  async save(userId: string, preferences: object): Promise<void> {
    await this.db.query(
      `INSERT INTO user_preference (user_id, preferences) VALUES ($1, $2::jsonb)
       ON CONFLICT (user_id) DO UPDATE SET preferences = EXCLUDED.preferences, updated_at = now()`,
      [userId, JSON.stringify(preferences)],
    );
  }
}
