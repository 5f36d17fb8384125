import { TextDecoder } from 'node:util';
import type { TmxImportResult } from '@interlinea/shared';
import { TmxReader, detectXmlEncoding, type TmxUnit } from '@interlinea/tm';
import type { EntityManager } from 'typeorm';
import { ImportWriter, type ImportLimits } from './import-writer';
import type { NewUnit, NewVariant } from './memory-index.repository';

export interface TmxDestination {
  projectId: string;
  shared: boolean;
}

type Store = ConstructorParameters<typeof ImportWriter>[0];

/**
 * Reads a TMX file chunk by chunk (saxes, never the whole file as a string) and stores its units
 * through the caller's transaction as they are read (see `ImportWriter`): if the file turns out
 * broken, nothing is kept.
 */
export async function importTmx(chunks: AsyncIterable<Uint8Array>, destination: TmxDestination, store: Store, manager: EntityManager, limits?: ImportLimits): Promise<TmxImportResult> {
  const reader = new TmxReader();
  const writer = new ImportWriter(store, manager, limits);
  let decoder: TextDecoder | null = null;
  const languages = new Set<string>();
  const read = function* (units: TmxUnit[]): Generator<NewUnit> {
    for (const unit of units) {
      const stored = toNewUnit(unit, destination);
      for (const v of stored.variants) languages.add(v.language);
      yield stored;
    }
  };
  try {
    for await (const chunk of chunks) {
      decoder ??= new TextDecoder(detectXmlEncoding(chunk.subarray(0, 200)), { fatal: true });
      reader.write(decoder.decode(chunk, { stream: true }));
      await writer.add(read(reader.take()));
    }
    if (decoder) reader.write(decoder.decode());
    reader.close();
    await writer.add(read(reader.take()));
    await writer.finish();
  } catch (error) {
    await writer.abandon();
    throw error;
  }
  return { units: writer.units, variants: writer.variants, skipped: reader.skipped, languages: [...languages].sort() };
}

function toNewUnit(unit: TmxUnit, destination: TmxDestination): NewUnit {
  const unitAuthor = unit.attributes.changeid ?? unit.attributes.creationid ?? null;
  const unitDate = unit.attributes.changedate ?? unit.attributes.creationdate;
  const variants: NewVariant[] = [];
  for (const v of unit.variants) {
    if (v.text.trim() === '') continue;
    variants.push({
      language: v.language,
      text: v.text,
      origin: 'tmx',
      authorName: v.attributes.changeid ?? v.attributes.creationid ?? unitAuthor,
      updatedAt: tmxDate(v.attributes.changedate ?? v.attributes.creationdate ?? unitDate),
      contextHash: null,
      locale: v.locale,
      meta: orNull(kept({}, v)),
    });
  }
  const meta = kept(unit.tuid === null ? {} : { tuid: unit.tuid }, unit);
  return { projectId: destination.projectId, shared: destination.shared, segmentId: null, meta: orNull(meta), variants };
}

const orNull = (meta: Record<string, unknown>) => {
  for (const _ in meta) return meta;
  return null;
};

/** What export needs besides the text: the lists and attributes that are not empty (export reads a missing one as empty). */
function kept(meta: Record<string, unknown>, from: Pick<TmxUnit, 'attributes' | 'props' | 'notes'> & { codes?: unknown[] }): Record<string, unknown> {
  if (from.codes?.length) meta.codes = from.codes;
  if (from.props.length > 0) meta.props = from.props;
  if (from.notes.length > 0) meta.notes = from.notes;
  for (const _ in from.attributes) {
    meta.attributes = from.attributes;
    break;
  }
  return meta;
}

/** TMX dates are `YYYYMMDDThhmmssZ`. */
export function tmxDate(value: string | undefined): Date | null {
  const m = value?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}
