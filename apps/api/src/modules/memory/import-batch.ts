import { SHARED_SCOPE, TokenIdPrefixes, indexUnit, type IndexedVariant, type PostingSink } from '@interlinea/tm';
import { copyText, json } from './copy-rows';
import type { IdPool } from './id-pool';
import type { NewUnit } from './memory-index.repository';

/** A batch of units as COPY text rows for `tm_unit` and `tm_variant`, ready to send. */
export interface PreparedBatch {
  unitRows: string[];
  variantRows: string[];
}

/**
 * Turns units into COPY rows with ids from the pools, and their postings into `postings`: the
 * JavaScript half of storing a batch, done while PostgreSQL is still busy with the one before.
 * `now` stands in for a variant without a date. Appends to `into` (a batch prepared in slices).
 */
export function prepareBatch(units: NewUnit[], ids: { units: IdPool; variants: IdPool }, postings: PostingSink, prefixes: TokenIdPrefixes, now: string, into: PreparedBatch = { unitRows: [], variantRows: [] }): PreparedBatch {
  const { unitRows, variantRows } = into;
  for (const unit of units) {
    const unitId = ids.units.take();
    unitRows.push(`${unitId}\t${unit.projectId}\t${unit.shared ? 't' : 'f'}\t${unit.segmentId ?? '\\N'}\t${copyText(json(unit.meta))}\n`);
    const indexed = unit.variants.map((variant): IndexedVariant => ({ id: ids.variants.take(), language: variant.language, text: variant.text }));
    const words = indexUnit(unit.shared ? SHARED_SCOPE : unit.projectId, indexed, postings, prefixes);
    unit.variants.forEach((variant, j) => {
      variantRows.push(
        `${indexed[j].id}\t${unitId}\t${copyText(variant.language)}\t${copyText(variant.text)}\t${words[j]}\t${variant.origin}\t${copyText(variant.authorName)}\t` +
          `${variant.updatedAt ? variant.updatedAt.toISOString() : now}\t${variant.contextHash ?? '\\N'}\t${copyText(variant.locale ?? null)}\t${copyText(json(variant.meta))}\n`,
      );
    });
  }
  return into;
}
