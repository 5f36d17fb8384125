import { FormatError } from '../lib/format-error';
import { unzipWithinLimits } from '../lib/limits';

/** Reads a DOCX's zip, refusing what is not a Word document. */
export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  const files = unzipWithinLimits(
    bytes,
    (reason) =>
      new FormatError(
        'INVALID_DOCX',
        `The file is not a Word document: it is not a readable zip archive (${reason}). Save it again as .docx in Word or LibreOffice and upload it again.`,
      ),
  );
  if (!files['word/document.xml']) {
    throw new FormatError(
      'INVALID_DOCX',
      'The file is not a Word document: the archive has no word/document.xml. Save it as .docx (Word 2007 or later) and upload it again.',
    );
  }
  return files;
}

/** The parts whose paragraphs are translated, in the order a translator reads them. */
export function translatableParts(paths: string[]): string[] {
  const rank = (path: string): number => {
    if (path === 'word/document.xml') return 0;
    if (/^word\/header\d*\.xml$/.test(path)) return 1;
    if (/^word\/footer\d*\.xml$/.test(path)) return 2;
    if (path === 'word/footnotes.xml') return 3;
    if (path === 'word/endnotes.xml') return 4;
    return -1;
  };
  return paths.filter((path) => rank(path) >= 0).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

/** Targets of a part's relationships (hyperlink ids → URLs), from its _rels file. */
export function relationshipTargets(files: Record<string, Uint8Array>, partPath: string): Map<string, string> {
  const slash = partPath.lastIndexOf('/');
  const rels = files[`${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`];
  const targets = new Map<string, string>();
  if (!rels) return targets;
  const text = new TextDecoder().decode(rels);
  for (const match of text.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.replace(/&amp;/g, '&'));
  }
  return targets;
}

/** Bytes from base64 (package files of skeletons stored before they were taken from the upload). */
export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
