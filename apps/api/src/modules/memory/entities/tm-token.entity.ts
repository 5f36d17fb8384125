import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many variants hold a word id: lookups read the rarest words first. The word index itself,
 * `tm_posting` (word id, length, variant ids), has no entity: only SQL in the memory repositories reads it.
 */
@Entity('tm_token')
export class TmTokenEntity {
  @PrimaryColumn({ type: 'integer' }) token: number;
  @Column({ type: 'integer' }) frequency: number;
}
