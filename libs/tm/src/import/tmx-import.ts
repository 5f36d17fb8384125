import type { TmxImportResult } from '@interlinea/shared';
import type { NewUnit, NewVariant } from '../new-unit';
import type { TmxUnit } from '../tmx/tmx-model';
import { TmxReader } from '../tmx/tmx-reader';
import { detectXmlEncoding } from '../tmx/tmx-writer';
import { ImportEncoder, type ImportLimits, type ImportSink } from './import-encoder';

export interface TmxDestination {
  projectId: string;
  shared: boolean;
}

/**
 * Reads a TMX file chunk by chunk (saxes, never the whole file as a string) and encodes its units
 * for the sink as they are read (see `ImportEncoder`). Throws `TmxError` (line, column) on a
 * broken file; the caller's transaction then keeps nothing. `onRead` hears how many bytes are read
 * and encoded. The API runs it in a worker thread
 * (`importTmxFile`).
 */
export async function readTmx(
  chunks: AsyncIterable<Uint8Array>,
  destination: TmxDestination,
  sink: ImportSink,
  limits?: ImportLimits,
  onRead?: (bytes: number) => void,
): Promise<TmxImportResult> {
  const reader = new TmxReader();
  const encoder = new ImportEncoder(sink, limits);
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  const languages = new Set<string>();
  let bytes = 0;
  const read = function* (units: TmxUnit[]): Generator<NewUnit> {
    for (const unit of units) {
      const stored = toNewUnit(unit, destination);
      for (const v of stored.variants) languages.add(v.language);
      yield stored;
    }
  };
  for await (const chunk of chunks) {
    decoder ??= new TextDecoder(detectXmlEncoding(chunk.subarray(0, 200)), { fatal: true });
    reader.write(decoder.decode(chunk, { stream: true }));
    await encoder.add(read(reader.take()));
    bytes += chunk.length;
    onRead?.(bytes);
  }
  if (decoder) reader.write(decoder.decode());
  reader.close();
  await encoder.add(read(reader.take()));
  await encoder.finish();
  return { units: encoder.units, variants: encoder.variants, skipped: reader.skipped, languages: [...languages].sort() };
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
