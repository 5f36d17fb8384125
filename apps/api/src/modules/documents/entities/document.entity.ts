import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentFormat } from '@interlinea/shared';
import type { Skeleton } from '@interlinea/formats';

@Entity('document')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'project_id', type: 'uuid' }) projectId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) format: DocumentFormat;
  @Column({ name: 'file_name', type: 'text' }) fileName: string;
  @Column({ type: 'bytea', select: false }) original: Buffer;
  @Column({ type: 'jsonb', select: false }) skeleton: Skeleton;
  @Column({ name: 'segment_count', type: 'integer' }) segmentCount: number;
  @Column({ name: 'word_count', type: 'integer' }) wordCount: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
