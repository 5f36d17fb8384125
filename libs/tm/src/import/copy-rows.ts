/**
 * UTF-8 into a buffer at an offset. Buffer's own `utf8Write` skips the argument handling of
 * `write` (a third of the time of a short text); `write` where it is missing.
 */
const utf8Write: (bytes: Buffer, text: string, at: number) => number =
  typeof (Buffer.prototype as { utf8Write?: unknown }).utf8Write === 'function'
    ? (bytes, text, at) => (bytes as Buffer & { utf8Write(text: string, at: number): number }).utf8Write(text, at)
    : (bytes, text, at) => bytes.write(text, at);

const TAB = 9;
const NEWLINE = 10;
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Rows in COPY's text format, written field by field straight into bytes: no string per row and
 * no joining, so a batch of thousands of rows leaves next to nothing for the garbage collector.
 * Each field is followed by a tab, or by a line break when it ends the row.
 */
export class CopyTextRows {
  private bytes: Buffer;
  private at = 0;
  rows = 0;

  constructor(capacity = 1 << 16) {
    this.bytes = Buffer.allocUnsafe(capacity);
  }

  /** Text (escaped as COPY wants it), or `\N` for null. */
  text(value: string | null, last = false): this {
    if (value === null) return this.ascii('\\N', last);
    const escaped = NEEDS_ESCAPE.test(value) ? value.replace(ESCAPES, (c) => COPY_ESCAPES[c]) : value;
    this.room(escaped.length * 3 + 1);
    this.at += utf8Write(this.bytes, escaped, this.at);
    return this.end(last);
  }

  /** An integer, or `\N` for null. */
  int(value: number | null, last = false): this {
    if (value === null) return this.ascii('\\N', last);
    if (value < -0x7fffffff || value > 0x7fffffff || !Number.isInteger(value)) return this.ascii(String(value), last);
    this.room(12);
    if (value < 0) {
      this.bytes[this.at++] = 0x2d; // -
      value = -value;
    }
    // digits written backwards from the end of their place
    let digits = 1;
    for (let v = value; v >= 10; v = (v / 10) | 0) digits++;
    let v = value;
    for (let i = this.at + digits - 1; i >= this.at; i--) {
      const tenth = (v / 10) | 0;
      this.bytes[i] = 48 + v - tenth * 10;
      v = tenth;
    }
    this.at += digits;
    return this.end(last);
  }

  /** A short value known to be ASCII and to need no escaping: a uuid, a date in ISO form, `t`/`f`, a code. */
  ascii(value: string, last = false): this {
    this.room(value.length + 1);
    const bytes = this.bytes;
    let at = this.at;
    for (let i = 0; i < value.length; i++) bytes[at++] = value.charCodeAt(i);
    this.at = at;
    return this.end(last);
  }

  /** The rows so far (a view of the buffer: read it before writing more). */
  get content(): Buffer {
    return this.bytes.subarray(0, this.at);
  }

  get byteLength(): number {
    return this.at;
  }

  private end(last: boolean): this {
    this.bytes[this.at++] = last ? NEWLINE : TAB;
    if (last) this.rows++;
    return this;
  }

  private room(bytes: number): void {
    if (this.at + bytes < this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + bytes + 1));
    this.bytes.copy(grown, 0, 0, this.at);
    this.bytes = grown;
  }
}

/** A JSON column's value, or null. */
export function jsonColumn(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
