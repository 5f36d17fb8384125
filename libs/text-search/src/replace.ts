import type { CompiledSearch, TextRange } from './search';

/** One replaced span: where it was in the text before and where its replacement is in the text after. */
export interface ReplacedSpan {
  before: TextRange;
  after: TextRange;
}

/** What a replacement makes of one text (the same in the preview and on the server). */
export interface Replacement {
  before: string;
  after: string;
  spans: ReplacedSpan[];
}

/**
 * The replacement text for one hit. In a regular expression, `$1`…`$99`, `$<name>`, `$&` and `$$`
 * work as in JavaScript; in plain text the replacement is taken literally.
 */
function expand(template: string, match: RegExpMatchArray, regex: boolean): string {
  if (!regex) return template;
  return template.replace(/\$(\$|&|<([^>]*)>|(\d{1,2}))/g, (whole, what: string, name: string | undefined, digits: string | undefined) => {
    if (what === '$') return '$';
    if (what === '&') return match[0];
    if (name !== undefined) return match.groups?.[name] ?? '';
    if (digits !== undefined) {
      // `$12` means group 12 when there is one, else group 1 followed by "2"
      const n = Number(digits);
      if (n > 0 && n < match.length) return match[n] ?? '';
      const one = Number(digits[0]);
      if (digits.length === 2 && one > 0 && one < match.length) return (match[one] ?? '') + digits[1];
    }
    return whole;
  });
}

/** Replaces every non-empty hit of the search in the text; answers both texts and where each change is. */
export function replaceAll(text: string, search: Extract<CompiledSearch, { ok: true }>, replacement: string): Replacement {
  const spans: ReplacedSpan[] = [];
  let after = '';
  let from = 0;
  for (const m of text.matchAll(search.pattern)) {
    if (m[0].length === 0) continue;
    const start = m.index ?? 0;
    const inserted = expand(replacement, m, search.options.regex);
    after += text.slice(from, start);
    spans.push({ before: { start, end: start + m[0].length }, after: { start: after.length, end: after.length + inserted.length } });
    after += inserted;
    from = start + m[0].length;
  }
  after += text.slice(from);
  return { before: text, after, spans };
}
