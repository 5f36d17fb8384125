import { unzipSync } from 'fflate';
import { DocumentFormat } from './document';
import { FormatError } from './format-error';

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  odt: 'odt',
  pdf: 'pdf',
  xlf: 'xliff',
  xliff: 'xliff',
  sdlxliff: 'xliff',
};

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  txt: 'plain text',
  md: 'Markdown',
  html: 'HTML',
  docx: 'Word',
  odt: 'OpenDocument text',
  pdf: 'PDF',
  xliff: 'XLIFF',
};

/** XML vocabularies a translator may upload by mistake, by root element. */
const OTHER_XML: Record<string, string> = { tmx: 'a TMX translation memory', martif: 'a TBX termbase', tbx: 'a TBX termbase' };

const SNIFF_LENGTH = 4096;

/**
 * The format of an uploaded file: by its extension (case does not matter) when it is one Interlinea
 * reads; otherwise by content: a zip holding word/document.xml is a Word document, one holding
 * content.xml an OpenDocument text, a file with %PDF- in its first kilobyte a PDF, XML whose root is
 * <xliff> is XLIFF, text starting with <!DOCTYPE html> or <html> is HTML.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): DocumentFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const format = extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
  if (format) return format;
  const sniffed = formatByContent(bytes);
  if (sniffed) return sniffed;
  const root = xmlRoot(bytes);
  const other = root === undefined ? undefined : OTHER_XML[root.toLowerCase()];
  const what = other ? ` it is ${other} (root element <${root}>), not a document to translate, and` : '';
  throw new FormatError('UNSUPPORTED_FORMAT', `"${baseName(fileName)}" cannot be imported:${what} Interlinea reads ${supportedFormats()}.`);
}

/** "plain text (.txt, .text), Markdown (.md, .markdown), … and XLIFF (.xlf, .xliff, .sdlxliff) files" */
function supportedFormats(): string {
  const byFormat = new Map<DocumentFormat, string[]>();
  for (const [extension, format] of Object.entries(FORMAT_BY_EXTENSION)) byFormat.set(format, [...(byFormat.get(format) ?? []), `.${extension}`]);
  const names = [...byFormat].map(([format, extensions]) => `${FORMAT_NAMES[format]} (${extensions.join(', ')})`);
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} files`;
}

function formatByContent(bytes: Uint8Array): DocumentFormat | undefined {
  if (isZip(bytes)) return zipHas(bytes, 'word/document.xml') ? 'docx' : zipHas(bytes, 'content.xml') ? 'odt' : undefined;
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (xmlRoot(bytes) === 'xliff') return 'xliff';
  const head = sniffText(bytes).replace(/^(\s|<!--[\s\S]*?-->)*/, '');
  if (/^<!doctype\s+html[\s>]/i.test(head) || /^<html[\s>]/i.test(head)) return 'html';
  return undefined;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function zipHas(bytes: Uint8Array, path: string): boolean {
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (file.name === path) found = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}

function sniffText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_LENGTH)).replace(/^\uFEFF/, '');
}

/** The local name of an XML file's root element, from its first bytes; undefined if it does not look like XML. */
function xmlRoot(bytes: Uint8Array): string | undefined {
  const head = sniffText(bytes).replace(/^(\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/, '');
  return /^<(?:[\w.-]+:)?([\w.-]+)[\s/>]/.exec(head)?.[1];
}

/** The file name without any folder an upload may carry. */
export function baseName(fileName: string): string {
  return fileName.split(/[/\\]/).pop() ?? fileName;
}
