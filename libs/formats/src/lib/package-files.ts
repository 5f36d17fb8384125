import { unzipSync } from 'fflate';
import { fromBase64 } from '../docx/docx-package';
import { PackageEntry } from './document';

const opened = new WeakMap<Uint8Array, Record<string, Uint8Array>>();

/**
 * The bytes of a package file the export writes as it was: from the skeleton (base64, as stored
 * before) or from the uploaded file (`kept`), which the caller passes as `original`.
 */
export function packageFile(entry: Exclude<PackageEntry, { parts: number }>, original: Uint8Array | undefined): Uint8Array {
  if ('base64' in entry) return fromBase64(entry.base64);
  if (!original) throw new Error(`The export needs the uploaded file: ${entry.path} is taken from it.`);
  let files = opened.get(original);
  if (!files) {
    files = unzipSync(original);
    opened.set(original, files);
  }
  const bytes = files[entry.path];
  if (!bytes) throw new Error(`The uploaded file has no ${entry.path}.`);
  return bytes;
}
