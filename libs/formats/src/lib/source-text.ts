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
    const offsets: number[] = [];
    let normalized = '';
    let i = 0;
    while (i < text.length) {
      offsets.push(bom.length + i);
      if (text[i] === '\r') {
        normalized += '\n';
        i += text[i + 1] === '\n' ? 2 : 1;
      } else {
        normalized += text[i];
        i += 1;
      }
    }
    offsets.push(bom.length + text.length);
    this.normalized = normalized;
    this.originalOffsets = Int32Array.from(offsets);
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
