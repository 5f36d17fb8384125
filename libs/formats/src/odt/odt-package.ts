import { zipSync, type Zippable } from 'fflate';
import { FormatError } from '../lib/format-error';
import { unzipWithinLimits } from '../lib/limits';

export const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** The OpenDocument namespaces the filter reads, matched by URI whatever prefix a file gives them. */
export const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  draw: 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  xlink: 'http://www.w3.org/1999/xlink',
} as const;

/** Reads an ODT's zip, refusing what is not an OpenDocument text. */
export function unzipOdt(bytes: Uint8Array): Record<string, Uint8Array> {
  const files = unzipWithinLimits(
    bytes,
    (reason) =>
      new FormatError(
        'INVALID_ODT',
        `The file is not an OpenDocument text: it is not a readable zip archive (${reason}). Save it again as .odt in LibreOffice and upload it again.`,
      ),
  );
  if (!files['content.xml']) {
    throw new FormatError(
      'INVALID_ODT',
      'The file is not an OpenDocument text: the archive has no content.xml. Save it as .odt in LibreOffice and upload it again.',
    );
  }
  const mimetype = files['mimetype'] && new TextDecoder().decode(files['mimetype']).trim();
  if (mimetype && mimetype !== ODT_MIMETYPE) {
    throw new FormatError(
      'INVALID_ODT',
      `The file is an OpenDocument file of another kind (${mimetype}), not a text document. Interlinea reads OpenDocument text (.odt).`,
    );
  }
  return files;
}

/** The XML parts whose paragraphs are translated: the body, then the headers and footers of the page styles. */
export const ODT_TEXT_PARTS = ['content.xml', 'styles.xml'];

/** Zips an ODT as the format requires: `mimetype` first and stored uncompressed, so that tools can sniff it. */
export function zipOdt(files: Array<[string, Uint8Array]>): Uint8Array {
  const zippable: Zippable = {};
  const mimetype = files.find(([path]) => path === 'mimetype');
  if (mimetype) zippable['mimetype'] = [mimetype[1], { level: 0 }];
  for (const [path, bytes] of files) if (path !== 'mimetype') zippable[path] = bytes;
  return zipSync(zippable);
}
