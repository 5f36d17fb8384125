import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { InlineCode } from '@interlinea/inline-codes';

/** One sentence of a block. `spaceBefore`/`spaceAfter` keep the whitespace around it to rebuild the block. */
@Entity('segment')
export class SegmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'document_id', type: 'uuid' }) documentId: string;
  @Column({ type: 'integer' }) index: number;
  @Column({ name: 'block_index', type: 'integer' }) blockIndex: number;
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) codes: InlineCode[];
  @Column({ name: 'source_hash', type: 'text' }) sourceHash: string;
  @Column({ name: 'word_count', type: 'integer' }) wordCount: number;
  @Column({ name: 'space_before', type: 'text', default: '' }) spaceBefore: string;
  @Column({ name: 'space_after', type: 'text', default: '' }) spaceAfter: string;
  /** False for site furniture (search box, share buttons): kept in the document, not translated or counted. */
  @Column({ type: 'boolean', default: true }) translatable: boolean;
}
