import { FormatError, FilePosition } from './format-error';

/** A text file's content after the checks every text filter needs. */
export interface DecodedText {
  /** The UTF-8 byte order mark if the file had one (kept for a byte-identical export), else "". */
  bom: string;
  /** The content after the byte order mark. */
  text: string;
}

const UTF8_BOM = '\uFEFF';
/** Share of control characters in the first bytes above which a file is taken for binary. */
const CONTROL_SHARE_LIMIT = 0.1;
const SNIFF_LENGTH = 8192;

/**
 * Decodes an uploaded text file strictly as UTF-8, refusing what a translator cannot work on:
 * an empty file, a binary file (image, archive, office document), text in another encoding.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw emptyFile();
  refuseUtf16(bytes);
  refuseBinary(bytes);
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw invalidUtf8(bytes);
  }
  const bom = decoded.startsWith(UTF8_BOM) ? UTF8_BOM : '';
  const text = decoded.slice(bom.length);
  if (text.trim() === '') throw emptyFile();
  return { bom, text };
}

function emptyFile(): FormatError {
  return new FormatError('EMPTY_FILE', 'The file is empty: it contains no text to translate.');
}

function refuseUtf16(bytes: Uint8Array): void {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    throw new FormatError('INVALID_ENCODING', 'The file is UTF-16 text. Save it as UTF-8 (in most editors: "Save as…", encoding "UTF-8") and upload it again.');
  }
}

function refuseBinary(bytes: Uint8Array): void {
  if (bytes.includes(0)) throw binaryFile();
  const sniffed = bytes.subarray(0, SNIFF_LENGTH);
  const controls = sniffed.reduce((count, byte) => count + (isControlByte(byte) ? 1 : 0), 0);
  if (controls / sniffed.length > CONTROL_SHARE_LIMIT) throw binaryFile();
}

/** C0 controls and DEL, except tab, line feed, vertical tab, form feed, carriage return and escape. */
function isControlByte(byte: number): boolean {
  return (byte < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(byte)) || byte === 0x7f;
}

function binaryFile(): FormatError {
  return new FormatError(
    'BINARY_FILE',
    'The file is not a text file (it looks like an image, an archive or another binary file). Upload a plain-text (.txt) or Markdown (.md) file.',
  );
}

function invalidUtf8(bytes: Uint8Array): FormatError {
  const offset = firstInvalidUtf8Byte(bytes);
  const position = positionOfByte(bytes, offset);
  const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
  return new FormatError(
    'INVALID_ENCODING',
    `The file is not valid UTF-8 text: invalid byte 0x${byte} at line ${position.line}, column ${position.column}. ` +
      'It may be saved in another encoding (such as Windows-1251 or Windows-1252); save it as UTF-8 and upload it again.',
    position,
  );
}

/** Offset of the first byte that starts an ill-formed sequence (the same rules as the WHATWG decoder). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

function validSequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k < length; k += 1) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return 0;
  }
  return length;
}

/** Line and column (1-based, in characters) of a byte whose preceding bytes are valid UTF-8. */
function positionOfByte(bytes: Uint8Array, offset: number): FilePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    const isBreak = bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a);
    if (isBreak) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8', { ignoreBOM: lineStart > 0 }).decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
