import type { MemoryUnitOrigin } from '@interlinea/shared';
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
  @Column({ type: 'text' }) origin: MemoryUnitOrigin;
  /** The TMX import it came from. */
  @Column({ name: 'import_id', type: 'integer', nullable: true }) importId: number | null;
  /** People stand behind it: no origin penalty. */
  @Column({ type: 'boolean' }) trusted: boolean;
  @Column({ name: 'vouched_by', type: 'text', nullable: true }) vouchedBy: string | null;
  @Column({ name: 'vouched_at', type: 'timestamptz', nullable: true }) vouchedAt: Date | null;
  /** Retired units match nothing until restored. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt: Date | null;
  @Column({ name: 'retired_by', type: 'text', nullable: true }) retiredBy: string | null;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}
