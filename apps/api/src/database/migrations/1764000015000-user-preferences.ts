import { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's workbench preferences (which editions the grid shows per project), one JSON document each. */
export class UserPreferences1764000015000 implements MigrationInterface {
  name = 'UserPreferences1764000015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_preference (
        user_id uuid PRIMARY KEY REFERENCES "user"(id) ON DELETE CASCADE,
        preferences jsonb NOT NULL DEFAULT '{}'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE user_preference');
  }
}
