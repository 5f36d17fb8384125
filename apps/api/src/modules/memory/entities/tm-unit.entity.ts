import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A translation unit: the confirmed editions of one segment, or one TMX `<tu>`. */
@Entity('tm_unit')
export class TmUnitEntity {
  @PrimaryGeneratedColumn({ type: 'integer' }) id: number;
  @Column({ name: 'project_id', type: 'uuid' }) projectId: string;
  /** Seen by every project's lookups, not only by its own project's. */
  @Column({ type: 'boolean' }) shared: boolean;
  @Column({ name: 'segment_id', type: 'uuid', nullable: true }) segmentId: string | null;
  /** TMX `tuid`, attributes, `<prop>` and `<note>` of the unit. */
  @Column({ type: 'jsonb', nullable: true }) meta: unknown;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
