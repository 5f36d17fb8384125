import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language, TranslationOrigin, TranslationStatus } from '@interlinea/shared';

@Entity('translation')
export class TranslationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'segment_id', type: 'uuid' }) segmentId: string;
  @Column({ type: 'text' }) language: Language;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) codes: unknown[];
  @Column({ type: 'text' }) status: TranslationStatus;
  @Column({ type: 'text' }) origin: TranslationOrigin;
  @Column({ type: 'real', nullable: true }) score: number | null;
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ name: 'review_comment', type: 'text', nullable: true }) reviewComment: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
