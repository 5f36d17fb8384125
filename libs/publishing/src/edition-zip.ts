import { zipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/**
 * Files in one ZIP archive, in the order given; a name given twice gets “ (2)” before its extension.
 * `modified` dates every entry (the same bytes for the same files and date).
 */
export function zipFiles(entries: ZipEntry[], modified: Date = new Date()): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) files[uniqueName(entry.name.replace(/[\\/]/g, '_'), files)] = entry.bytes;
  return zipSync(files, { level: 6, mtime: modified });
}

function uniqueName(name: string, taken: Record<string, unknown>): string {
  if (!(name in taken)) return name;
  const dot = name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) if (!(`${base} (${n})${extension}` in taken)) return `${base} (${n})${extension}`;
}
