import type { CodeRun } from '@interlinea/inline-codes';

/** A code token of a text: the runs `tokenizeCodes` gives that are not text. */
export type CodeToken = Exclude<CodeRun, { type: 'text' }>;

/** Colours cycle through this many hues; a pair's open and close share one. */
const HUES = 6;

/** How a token looks as a chip: the short label (`1`, `/1`, `2`) and its CSS classes. */
export function chipLook(token: CodeToken): { label: string; className: string } {
  const label = token.type === 'close' ? `/${token.id}` : String(token.id);
  const className = `code-chip code-chip--${token.type} code-chip--hue${(token.id - 1) % HUES}`;
  return { label, className };
}
