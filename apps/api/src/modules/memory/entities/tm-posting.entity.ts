import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The word index: a word id (see libs/tm `tokenId`) → variants holding it, with their length in words. */
@Entity('tm_posting')
export class TmPostingEntity {
  @PrimaryColumn({ type: 'integer' }) token: number;
  @PrimaryColumn({ type: 'smallint' }) length: number;
  @PrimaryColumn({ name: 'variant_id', type: 'integer' }) variantId: number;
}

/** How many variants hold a word id: lookups read the rarest words first. */
@Entity('tm_token')
export class TmTokenEntity {
  @PrimaryColumn({ type: 'integer' }) token: number;
  @Column({ type: 'integer' }) frequency: number;
}
