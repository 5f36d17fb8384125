import { tokenize } from './tokenize';

/**
 * How the stored source becomes the new source: `equal` text is in both, `insert` is only in the
 * new source, `delete` only in the stored one. Concatenating `equal` + `insert` gives the new
 * source; `equal` + `delete` gives the stored source. Tokens are compared as written, so a change
 * of case, punctuation, number or code shows up too.
 */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

interface Piece {
  token: string;
  /** The token with the whitespace that follows it. */
  text: string;
}

function pieces(text: string): { lead: string; pieces: Piece[] } {
  const tokens = tokenize(text);
  const lead = text.slice(0, tokens[0]?.start ?? text.length);
  return {
    lead,
    pieces: tokens.map((t, i) => ({ token: t.text, text: text.slice(t.start, tokens[i + 1]?.start ?? text.length) })),
  };
}

export function diffTexts(storedSource: string, newSource: string): DiffOp[] {
  const a = pieces(storedSource);
  const b = pieces(newSource);
  const n = a.pieces.length;
  const m = b.pieces.length;
  // LCS table from the end, so the walk goes forward.
  const width = m + 1;
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a.pieces[i].token === b.pieces[j].token ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string) => {
    if (!text) return;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  if (a.lead === b.lead) push('equal', a.lead);
  else {
    push('delete', a.lead);
    push('insert', b.lead);
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a.pieces[i].token === b.pieces[j].token) {
      const stored = a.pieces[i].text;
      const fresh = b.pieces[j].text;
      if (stored === fresh) push('equal', stored);
      else {
        // same token, other spacing after it: keep the token equal, show the new spacing
        push('equal', a.pieces[i].token);
        push('delete', stored.slice(a.pieces[i].token.length));
        push('insert', fresh.slice(b.pieces[j].token.length));
      }
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])) {
      push('insert', b.pieces[j++].text);
    } else {
      push('delete', a.pieces[i++].text);
    }
  }
  return ops;
}
