import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { UiLanguage } from '@interlinea/shared';

@Entity('user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) email: string;
  @Column({ name: 'display_name', type: 'text' }) displayName: string;
  @Column({ name: 'password_hash', type: 'text', select: false }) passwordHash: string;
  @Column({ name: 'ui_language', type: 'text' }) uiLanguage: UiLanguage;
  /** The person chose `uiLanguage` (else it is the default, and the browser's language counts). */
  @Column({ name: 'ui_language_chosen', type: 'boolean', default: false }) uiLanguageChosen: boolean;
  @Column({ name: 'is_admin', type: 'boolean' }) isAdmin: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
