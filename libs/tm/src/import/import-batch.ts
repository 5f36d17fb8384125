import type { NewUnit } from '../new-unit';
import { TokenIdPrefixes, indexUnit, type IndexedVariant, type PostingSink } from '../postings';
import { SHARED_SCOPE } from '../token-ids';
import { CopyTextRows, jsonColumn } from './copy-rows';
import type { IdPool } from './id-pool';

/**
 * A batch of a bulk import as COPY rows for `tm_unit` and `tm_variant`, encoded unit by unit as the
 * file is read, with ids from the pools; the units' postings go to `postings`. The JavaScript half
 * of storing a batch, done while PostgreSQL is still busy with the one before.
 */
export class ImportBatch {
  readonly units = new CopyTextRows(1 << 17);
  readonly variants = new CopyTextRows(1 << 20);
  variantCount = 0;

  constructor(
    private readonly ids: { units: IdPool; variants: IdPool },
    private readonly postings: PostingSink,
    private readonly prefixes: TokenIdPrefixes,
    /** Stands in for a variant without a date: the transaction's time. */
    private readonly now: string,
  ) {}

  get size(): number {
    return this.units.rows;
  }

  add(unit: NewUnit): void {
    const unitId = this.ids.units.take();
    this.units
      .int(unitId)
      .ascii(unit.projectId)
      .ascii(unit.shared ? 't' : 'f')
      .text(unit.segmentId)
      .text(jsonColumn(unit.meta), true);
    const indexed = unit.variants.map((variant): IndexedVariant => ({ id: this.ids.variants.take(), language: variant.language, text: variant.text }));
    const words = indexUnit(unit.shared ? SHARED_SCOPE : unit.projectId, indexed, this.postings, this.prefixes);
    for (let j = 0; j < indexed.length; j++) {
      const variant = unit.variants[j];
      this.variants
        .int(indexed[j].id)
        .int(unitId)
        .text(variant.language)
        .text(variant.text)
        .int(words[j])
        .ascii(variant.origin)
        .text(variant.authorName)
        .ascii(variant.updatedAt ? variant.updatedAt.toISOString() : this.now)
        .int(variant.contextHash)
        .text(variant.locale ?? null)
        .text(jsonColumn(variant.meta), true);
    }
    this.variantCount += indexed.length;
  }
}
