import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitation links are credentials: like session tokens, they are stored only as their SHA-256 (hex),
 * so a copy of the database does not hand out working links. Existing links keep working. The login
 * log is read by account and address together, for the throttle of password checks.
 */
export class HashedInvitations1764000012000 implements MigrationInterface {
  name = 'HashedInvitations1764000012000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE invitation RENAME COLUMN token TO token_hash;
      UPDATE invitation SET token_hash = encode(sha256(convert_to(token_hash, 'UTF8')), 'hex');
      UPDATE login_attempt SET email = lower(email) WHERE email <> lower(email);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // the links cannot be recovered from their hashes: open invitations are withdrawn
    await q.query(`
      DELETE FROM invitation WHERE accepted_at IS NULL;
      ALTER TABLE invitation RENAME COLUMN token_hash TO token;
    `);
  }
}
