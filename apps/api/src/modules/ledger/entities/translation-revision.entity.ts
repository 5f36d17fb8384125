import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TranslationOrigin, TranslationStatus } from '@interlinea/shared';

/** Every saved state of a translation, kept forever: the segment's history. */
@Entity('translation_revision')
export class TranslationRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'translation_id', type: 'uuid' }) translationId: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text' }) status: TranslationStatus;
  @Column({ type: 'text' }) origin: TranslationOrigin;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  /** What kind of change made this revision (see `TranslationChange`). */
  @Column({ type: 'text', default: 'typed' }) kind: string;
  /** The memory match score the text came with, if it came from the memory. */
  @Column({ type: 'real', nullable: true }) score: number | null;
  /** The machine-translation engine the text came from, if any. */
  @Column({ type: 'text', nullable: true }) engine: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
