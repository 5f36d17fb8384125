import { isBullet, isWhitespace } from './characters';

// A block that opens with a list marker (`1.`, `1)`, `1.)`, `a.`) and runs its items together on
// one line ("1. The first item 2. The second item"): each next marker in sequence opens a segment.
const FIRST_MARKER = /^([•⁃▪◦‣●■]?\s*)(\d{1,2}|[a-z])(\.\)|\.|\))\s/;

/** Positions inside `block` where a new list item begins (before its bullet or marker). */
export function listItemStarts(block: string): number[] {
  const starts: number[] = [];
  for (let i = 1; i < block.length; i++) {
    if (isBullet(block[i]) && isWhitespace(block[i - 1])) starts.push(i);
  }
  const first = FIRST_MARKER.exec(block);
  if (first === null || first[1].trim() !== '') return starts; // bulleted items are cut at their bullets
  const style = first[3];
  let label = first[2];
  let from = first[0].length;
  for (;;) {
    const next = nextLabel(label);
    const at = findMarker(block, next + style, from);
    if (at < 0) break;
    if (!starts.includes(at)) starts.push(at);
    label = next;
    from = at + next.length + style.length;
  }
  return starts.sort((a, b) => a - b);
}

function nextLabel(label: string): string {
  if (/^\d+$/.test(label)) return String(Number(label) + 1);
  return String.fromCharCode(label.charCodeAt(0) + 1);
}

/** The marker must follow whitespace and be followed by whitespace. */
function findMarker(block: string, marker: string, from: number): number {
  let at = block.indexOf(marker, from);
  while (at >= 0) {
    const after = block[at + marker.length];
    if (at > 0 && isWhitespace(block[at - 1]) && after !== undefined && isWhitespace(after)) return at;
    at = block.indexOf(marker, at + 1);
  }
  return -1;
}
