import { DocumentFormat } from './document';
import { FormatError } from './format-error';

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
};

/**
 * The format of an uploaded file, by its extension (case does not matter). The content is not sniffed
 * yet; `_bytes` is there for formats that will need it (a DOCX is a zip, an XLIFF is XML).
 */
export function detectFormat(fileName: string, _bytes: Uint8Array): DocumentFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const format = extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
  if (format) return format;
  const supported = Object.keys(FORMAT_BY_EXTENSION).map((known) => `.${known}`).join(', ');
  throw new FormatError(
    'UNSUPPORTED_FORMAT',
    `"${baseName(fileName)}" cannot be imported: Interlinea reads plain text and Markdown files (${supported}).`,
  );
}

/** The file name without any folder an upload may carry. */
export function baseName(fileName: string): string {
  return fileName.split(/[/\\]/).pop() ?? fileName;
}
