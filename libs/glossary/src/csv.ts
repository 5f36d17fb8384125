import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** One term pair as exchanged in files. */
export interface GlossaryEntry {
  sourceTerm: string;
  targetTerm: string;
  note: string | null;
  forbidden: string[];
}

export class GlossaryFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    /** A stable code for what is wrong, when there is one (`NESTING_TOO_DEEP`). */
    readonly reason?: string,
  ) {
    super(message);
  }
}

const HEADER_WORDS = new Set(['source', 'source term', 'term', 'target', 'target term', 'translation', 'ru', 'en', 'de']);
const FORBIDDEN_SEPARATOR = '|';

/**
 * Glossary CSV: `source, target, note, forbidden` (forbidden variants separated by `|`). A header row
 * is recognised and skipped; `,`, `;` and tab delimiters are accepted; empty rows are ignored.
 */
export function parseGlossaryCsv(text: string): GlossaryEntry[] {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { delimiter: [',', ';', '\t'], relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    const e = error as { message: string; lines?: number };
    throw new GlossaryFileError(`The CSV file could not be read: ${e.message}`, e.lines);
  }
  if (rows.length > 0 && HEADER_WORDS.has((rows[0][0] ?? '').toLowerCase()) && HEADER_WORDS.has((rows[0][1] ?? '').toLowerCase())) rows = rows.slice(1);
  return rows.map((row, i) => {
    const [sourceTerm = '', targetTerm = '', note = '', forbidden = ''] = row;
    if (!sourceTerm || !targetTerm) throw new GlossaryFileError(`Row ${i + 1}: a term pair needs a source and a target term`, i + 1);
    return {
      sourceTerm,
      targetTerm,
      note: note || null,
      forbidden: forbidden
        .split(FORBIDDEN_SEPARATOR)
        .map((f) => f.trim())
        .filter(Boolean),
    };
  });
}

export function writeGlossaryCsv(entries: GlossaryEntry[], languages: { source: string; target: string }): string {
  const rows = entries.map((e) => [e.sourceTerm, e.targetTerm, e.note ?? '', e.forbidden.join(FORBIDDEN_SEPARATOR)]);
  return stringify([[languages.source, languages.target, 'note', 'forbidden'], ...rows]);
}
