// Word pairs of a dictionary in dictd format, as FreeDict ships them (Debian's dict-freedict-* packages):
// an index of "headword<TAB>offset<TAB>length" lines, offset and length in base 64, into the dictionary text
// (gzip-compressed as .dict.dz; the caller decompresses it). Pure: the caller reads the files.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Number(s: string): number {
  let n = 0;
  for (const c of s) {
    const digit = B64.indexOf(c);
    if (digit < 0) return NaN;
    n = n * 64 + digit;
  }
  return n;
}

const NUMBERED = /^\s*\d+\.\s/;
/** Pronunciation, part of speech, domain, references: not part of a translation. */
const MARKUP = /<[^>]*>|\/[^/]*\/|\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g;

/**
 * (headword, translation) pairs. An entry's first line is the headword with its pronunciation and part of
 * speech; the translations are the next line and the numbered senses ("2. …"), separated by commas or
 * semicolons; other lines (definitions, examples, synonyms, notes) are left out, and so are translations
 * of more than three words. Index lines that do not parse and the 00-database entries are skipped.
 */
export function dictdPairs(index: string, dict: Uint8Array): Array<[string, string]> {
  const decoder = new TextDecoder();
  const pairs: Array<[string, string]> = [];
  for (const line of index.split('\n')) {
    const [head, offset, length] = line.split('\t');
    if (!head || !length || head.startsWith('00database') || head.startsWith('00-database')) continue;
    const start = base64Number(offset);
    const size = base64Number(length.trim());
    if (!Number.isFinite(start) || !Number.isFinite(size) || start + size > dict.length) continue;
    const body = decoder
      .decode(dict.subarray(start, start + size))
      .split('\n')
      .slice(1);
    body.forEach((text, k) => {
      if (k !== 0 && !NUMBERED.test(text)) return;
      const cleaned = text
        .replace(NUMBERED, '')
        .replace(MARKUP, ' ')
        .replace(/\s\d+\.\s*$/, '');
      for (const piece of cleaned.split(/[,;]/)) {
        const translation = piece.trim();
        if (translation && translation.split(/\s+/).length <= 3) pairs.push([head.trim(), translation]);
      }
    });
  }
  return pairs;
}
