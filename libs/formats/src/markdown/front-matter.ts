/**
 * Length of a YAML ("---") or TOML ("+++") front matter block at the very start of a Markdown text,
 * closing line and its line break included; 0 if there is none. marked does not know front matter
 * (it would read YAML as a rule and a setext heading), so the filter keeps it in the skeleton before lexing.
 */
export function frontMatterLength(text: string): number {
  const opening = /^(---|\+\+\+)[ \t]*\n/.exec(text);
  if (!opening) return 0;
  const fence = opening[1];
  const closing = fence === '---' ? /^(?:---|\.\.\.)[ \t]*(?:\n|$)/gm : /^\+\+\+[ \t]*(?:\n|$)/gm;
  closing.lastIndex = opening[0].length;
  const match = closing.exec(text);
  return match ? match.index + match[0].length : 0;
}
