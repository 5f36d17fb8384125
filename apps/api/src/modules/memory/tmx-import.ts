import { TextDecoder } from 'node:util';
import type { TmxImportResult } from '@interlinea/shared';
import { TmxReader, detectXmlEncoding, type TmxUnit } from '@interlinea/tm';
import { PostingBuffer, type FrequencyTally, type MemoryIndexRepository, type NewUnit } from './memory-index.repository';

export interface TmxDestination {
  projectId: string;
  shared: boolean;
}

/** Units stored per COPY: big enough to amortise round trips, small enough to keep memory flat. */
export const IMPORT_BATCH = 2000;
/** Distinct word ids counted before `tm_token` is updated (and at the end). */
const TALLY_LIMIT = 100_000;

type Store = Pick<MemoryIndexRepository, 'copy' | 'addTally' | 'writePostings'>;
type Manager = Parameters<MemoryIndexRepository['copy']>[1];

/**
 * Reads a TMX file chunk by chunk (saxes, never the whole file as a string) and stores its units
 * in batches through the caller's transaction: if the file turns out broken, nothing is kept.
 * One batch is written (COPY) while the next one is read, so parsing and PostgreSQL work at once;
 * at most two batches are in memory. Their postings are gathered (up to 4M, ~10 bytes each) and
 * written sorted in one binary COPY, one pass over the index instead of one per batch.
 */
export async function importTmx(chunks: AsyncIterable<Uint8Array>, destination: TmxDestination, index: Store, manager: Manager): Promise<TmxImportResult> {
  const reader = new TmxReader();
  let decoder: TextDecoder | null = null;
  let pending: NewUnit[] = [];
  const languages = new Set<string>();
  const tally: FrequencyTally = new Map();
  const postings = new PostingBuffer();
  let units = 0;
  let variants = 0;
  let writing: Promise<void> | null = null;
  const flush = async () => {
    if (writing) await writing;
    writing = null;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    writing = (async () => {
      const stored = await index.copy(batch, manager, tally, postings);
      units += stored.units;
      variants += stored.variants;
      if (postings.full) await index.writePostings(postings, manager);
      if (tally.size >= TALLY_LIMIT) await index.addTally(tally, manager);
    })();
    writing.catch(() => undefined); // awaited by the next flush, or on the way out
  };
  const collect = async () => {
    for (const unit of reader.take()) {
      const stored = toNewUnit(unit, destination);
      stored.variants.forEach((v) => languages.add(v.language));
      pending.push(stored);
    }
    if (pending.length >= IMPORT_BATCH) await flush();
  };
  try {
    for await (const chunk of chunks) {
      decoder ??= new TextDecoder(detectXmlEncoding(chunk.subarray(0, 200)), { fatal: true });
      reader.write(decoder.decode(chunk, { stream: true }));
      await collect();
    }
    if (decoder) reader.write(decoder.decode());
    reader.close();
    await collect();
    await flush();
    await flush();
    await index.writePostings(postings, manager);
    await index.addTally(tally, manager);
  } catch (error) {
    // a broken file: let the batch being written finish (or fail) before the transaction rolls back
    await (writing as Promise<void> | null)?.catch(() => undefined);
    throw error;
  }
  return { units, variants, skipped: reader.skipped, languages: [...languages].sort() };
}

function toNewUnit(unit: TmxUnit, destination: TmxDestination): NewUnit {
  const unitAuthor = unit.attributes.changeid ?? unit.attributes.creationid ?? null;
  const unitDate = unit.attributes.changedate ?? unit.attributes.creationdate;
  return {
    projectId: destination.projectId,
    shared: destination.shared,
    segmentId: null,
    meta: compact({ tuid: unit.tuid, attributes: unit.attributes, props: unit.props, notes: unit.notes }),
    variants: unit.variants
      .filter((v) => v.text.trim() !== '')
      .map((v) => ({
        language: v.language,
        text: v.text,
        origin: 'tmx' as const,
        authorName: v.attributes.changeid ?? v.attributes.creationid ?? unitAuthor,
        updatedAt: tmxDate(v.attributes.changedate ?? v.attributes.creationdate ?? unitDate),
        contextHash: null,
        meta: compact({ locale: v.locale, codes: v.codes, props: v.props, notes: v.notes, attributes: v.attributes }),
      })),
  };
}

/** Meta without its empty lists and maps (export reads a missing one as empty): less to parse and store per unit. */
function compact(meta: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    kept[key] = value;
  }
  return kept;
}

/** TMX dates are `YYYYMMDDThhmmssZ`. */
export function tmxDate(value: string | undefined): Date | null {
  const m = value?.match(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}
