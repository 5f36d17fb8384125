import { DecodedText } from './decode-text';

/**
 * A decoded file seen two ways: `original` (byte for byte what was uploaded, BOM and CRLF included),
 * which the skeleton is cut from, and `normalized` (no BOM, every line break "\n"), which filters read.
 */
export class SourceText {
  readonly original: string;
  readonly normalized: string;
  /** The file's first line ending, used for line breaks a translation adds; "\n" if it has none. */
  readonly lineEnding: string;
  private readonly originalOffsets: Int32Array;

  constructor({ bom, text }: DecodedText) {
    this.original = bom + text;
    this.lineEnding = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
    // one pass over char codes into a typed array: megabyte files take milliseconds, not seconds
    this.normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    const offsets = new Int32Array(this.normalized.length + 1);
    let i = 0;
    for (let j = 0; j < this.normalized.length; j += 1) {
      offsets[j] = bom.length + i;
      i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    }
    offsets[this.normalized.length] = bom.length + text.length;
    this.originalOffsets = offsets;
  }

  /** The offset in `original` of an offset in `normalized`. */
  toOriginal(offset: number): number {
    return this.originalOffsets[offset];
  }

  /** The original text of a range given in `normalized` offsets (a "\n" there may be "\r\n" here). */
  originalSlice(start: number, end: number): string {
    return this.original.slice(this.toOriginal(start), this.toOriginal(end));
  }
}
