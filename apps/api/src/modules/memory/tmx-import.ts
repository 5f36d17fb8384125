import { TextDecoder } from 'node:util';
import type { TmxImportResult } from '@interlinea/shared';
import { TmxReader, detectXmlEncoding, type TmxUnit } from '@interlinea/tm';
import type { MemoryIndexRepository, NewUnit } from './memory-index.repository';

export interface TmxDestination {
  projectId: string;
  shared: boolean;
}

/** Units stored per bulk insert: big enough to amortise round trips, small enough to keep memory flat. */
export const IMPORT_BATCH = 2000;

type Store = Pick<MemoryIndexRepository, 'store'>;
type Manager = Parameters<MemoryIndexRepository['store']>[1];

/**
 * Reads a TMX file chunk by chunk (saxes, never the whole file as a string) and stores its units
 * in batches through the caller's transaction: if the file turns out broken, nothing is kept.
 */
export async function importTmx(chunks: AsyncIterable<Uint8Array>, destination: TmxDestination, index: Store, manager: Manager): Promise<TmxImportResult> {
  const reader = new TmxReader();
  let decoder: TextDecoder | null = null;
  let pending: NewUnit[] = [];
  const languages = new Set<string>();
  let units = 0;
  let variants = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const stored = await index.store(pending, manager);
    units += stored.units;
    variants += stored.variants;
    pending = [];
  };
  const collect = async () => {
    for (const unit of reader.take()) {
      const stored = toNewUnit(unit, destination);
      stored.variants.forEach((v) => languages.add(v.language));
      pending.push(stored);
    }
    if (pending.length >= IMPORT_BATCH) await flush();
  };
  for await (const chunk of chunks) {
    decoder ??= new TextDecoder(detectXmlEncoding(chunk.subarray(0, 200)), { fatal: true });
    reader.write(decoder.decode(chunk, { stream: true }));
    await collect();
  }
  if (decoder) reader.write(decoder.decode());
  reader.close();
  await collect();
  await flush();
  return { units, variants, skipped: reader.skipped, languages: [...languages].sort() };
}

function toNewUnit(unit: TmxUnit, destination: TmxDestination): NewUnit {
  const unitAuthor = unit.attributes.changeid ?? unit.attributes.creationid ?? null;
  const unitDate = unit.attributes.changedate ?? unit.attributes.creationdate;
  return {
    projectId: destination.projectId,
    shared: destination.shared,
    segmentId: null,
    meta: { tuid: unit.tuid, attributes: unit.attributes, props: unit.props, notes: unit.notes },
    variants: unit.variants
      .filter((v) => v.text.trim() !== '')
      .map((v) => ({
        language: v.language,
        text: v.text,
        origin: 'tmx' as const,
        authorName: v.attributes.changeid ?? v.attributes.creationid ?? unitAuthor,
        updatedAt: tmxDate(v.attributes.changedate ?? v.attributes.creationdate ?? unitDate),
        contextHash: null,
        meta: { locale: v.locale, codes: v.codes, props: v.props, notes: v.notes, attributes: v.attributes },
      })),
  };
}

/** TMX dates are `YYYYMMDDThhmmssZ`. */
export function tmxDate(value: string | undefined): Date | null {
  const m = value?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}
