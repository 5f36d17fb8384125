import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MemoryOrigin } from '@interlinea/shared';

/** One language of a unit: its text with inline codes as `{n}`, who wrote it and when. */
@Entity('tm_variant')
export class TmVariantEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ name: 'unit_id', type: 'integer' }) unitId: number;
  @Column({ type: 'text' }) language: string;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'word_count', type: 'integer' }) wordCount: number;
  @Column({ type: 'text' }) origin: MemoryOrigin;
  @Column({ name: 'author_name', type: 'text', nullable: true }) authorName: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  /** Source variant: hash of the neighbouring segments' sources; target variant: of the translation before it in its edition (null: not known). For context (101 %) matches. */
  @Column({ name: 'context_hash', type: 'integer', nullable: true }) contextHash: number | null;
  /** The language tag as a TMX file wrote it (`de-DE`), when the variant came from one. */
  @Column({ type: 'text', nullable: true }) locale: string | null;
  /** Native inline codes, `<prop>`, `<note>` and other attributes of a TMX variant. */
  @Column({ type: 'jsonb', nullable: true }) meta: unknown;
}
