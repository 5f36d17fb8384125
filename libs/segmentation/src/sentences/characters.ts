// Character classes the sentence rules talk about. Single-character tests, no allocation.

/** Marks that may close a quotation or a parenthesis after the sentence-final punctuation. */
export function isClosingMark(ch: string): boolean {
  return (
    ch === '»' ||
    ch === '"' ||
    ch === '”' ||
    ch === '’' ||
    ch === "'" ||
    ch === ')' ||
    ch === ']' ||
    ch === '“' ||
    ch === '›' ||
    ch === '«' || // »German reversed guillemets«
    ch === '」' ||
    ch === '』' ||
    ch === '}'
  );
}

/** Marks that may open a quotation or a parenthesis before the first word of a sentence. */
export function isOpeningMark(ch: string): boolean {
  return (
    ch === '«' ||
    ch === '„' ||
    ch === '“' ||
    ch === '"' ||
    ch === '‘' ||
    ch === "'" ||
    ch === '(' ||
    ch === '[' ||
    ch === '‹' ||
    ch === '»' ||
    ch === '¿' ||
    ch === '¡' ||
    ch === '‚' ||
    ch === '「' ||
    ch === '『'
  );
}

/** List bullets (not dashes: a dash inside a line is punctuation, not a list item). */
export function isBullet(ch: string): boolean {
  return ch === '•' || ch === '⁃' || ch === '▪' || ch === '◦' || ch === '‣' || ch === '●' || ch === '■' || ch === '□' || ch === '➢' || ch === '►';
}

export function isWhitespace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isLineBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' || ch === '\x0b' || ch === '\f' || ch === '\x85';
}

export function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c > 0x7f && /\p{Nd}/u.test(ch));
}

export function isUpperCase(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return ch !== ch.toLowerCase();
}

export function isLowerCase(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return ch !== ch.toUpperCase();
}

export function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /\p{L}/u.test(ch);
}
