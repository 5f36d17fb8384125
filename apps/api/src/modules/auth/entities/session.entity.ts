import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A login. The id is the SHA-256 of the cookie token, so a leaked table does not leak sessions. */
@Entity('session')
export class SessionEntity {
  @PrimaryColumn({ type: 'text' }) id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'csrf_token', type: 'text' }) csrfToken: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
