import { closeToken, openToken, parseToken, standaloneToken, tokenLikePattern } from './code-tokens';
import type { InlineCode } from './inline-code';

/** A piece of a block's text: plain text, or one code token (`{1}` open, `{/1}` close, `{2/}` standalone). */
export type CodeRun = { type: 'text'; text: string } | { type: 'open' | 'close' | 'standalone'; id: number; token: string };

/** A block's text as runs of text and code tokens, in order. Adjacent text is one run. */
export function tokenizeCodes(text: string): CodeRun[] {
  const runs: CodeRun[] = [];
  const pushText = (piece: string): void => {
    if (piece === '') return;
    const last = runs[runs.length - 1];
    if (last?.type === 'text') last.text += piece;
    else runs.push({ type: 'text', text: piece });
  };
  let cursor = 0;
  // Token-like `{/n/}` is matched too, so that it stays one piece of text.
  for (const match of text.matchAll(tokenLikePattern())) {
    pushText(text.slice(cursor, match.index));
    cursor = match.index + match[0].length;
    const token = match[0];
    const parsed = parseToken(token);
    if (parsed) runs.push({ ...parsed, token });
    else pushText(token);
  }
  pushText(text.slice(cursor));
  return runs;
}

/** The text without its code tokens (for word counts, titles, search). */
export function stripCodes(text: string): string {
  return tokenizeCodes(text)
    .map((run) => (run.type === 'text' ? run.text : ''))
    .join('');
}

/** Text with code tokens and the codes they stand for, as a filter builds it. */
export interface CodedText {
  text: string;
  codes: InlineCode[];
}

/**
 * Builds a block's text and codes in reading order. Text that looks like a code token is made a
 * standalone code whose data is `literal(text)`, so a block's text never needs escaping.
 */
export class CodedTextBuilder {
  private text = '';
  private readonly codes: InlineCode[] = [];

  constructor(private readonly literal: (text: string) => string = (text) => text) {}

  addText(text: string): void {
    let cursor = 0;
    for (const match of text.matchAll(tokenLikePattern())) {
      this.text += text.slice(cursor, match.index);
      this.standalone(this.literal(match[0]), `text "${match[0]}"`);
      cursor = match.index + match[0].length;
    }
    this.text += text.slice(cursor);
  }

  /** Opens a paired code; its `close` may be given now or when it closes. */
  open(open: string, title: string, close = ''): number {
    const id = this.codes.length + 1;
    this.codes.push({ id, kind: 'paired', open, close, title });
    this.text += openToken(id);
    return id;
  }

  close(id: number, close?: string): void {
    const code = this.codes[id - 1];
    if (close !== undefined) code.close = close;
    this.text += closeToken(id);
  }

  standalone(data: string, title: string): number {
    const id = this.codes.length + 1;
    this.codes.push({ id, kind: 'standalone', data, title });
    this.text += standaloneToken(id);
    return id;
  }

  build(): CodedText {
    return { text: this.text, codes: this.codes };
  }
}

/** What an export writes, in order: text, or a code's open, close or standalone markup. */
export type CodePiece = { type: 'text'; text: string } | { type: 'open' | 'close' | 'standalone'; code: InlineCode };

/**
 * A (translated) text read against its block's codes so that whatever the translator did to the tokens,
 * the pieces are balanced: every open has its close, properly nested.
 * - a token of an unknown code, or of the wrong kind, is text;
 * - a close without its open, and an open of a code already open, are dropped;
 * - a close across other open codes closes them first and opens them again after it (except codes
 *   for which `mayOverlap` is true: markup whose open and close are separate, like XLIFF <sc/>/<ec/>);
 * - codes still open at the end are closed there.
 */
export function balanceCodes(text: string, codes: InlineCode[] = [], mayOverlap: (code: InlineCode) => boolean = () => false): CodePiece[] {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const pieces: CodePiece[] = [];
  const open: InlineCode[] = [];
  const pushText = (piece: string): void => {
    const last = pieces[pieces.length - 1];
    if (last?.type === 'text') last.text += piece;
    else pieces.push({ type: 'text', text: piece });
  };
  for (const run of tokenizeCodes(text)) {
    if (run.type === 'text') {
      pushText(run.text);
      continue;
    }
    const code = byId.get(run.id);
    const expected = run.type === 'standalone' ? 'standalone' : 'paired';
    if (!code || code.kind !== expected) pushText(run.token);
    else if (run.type === 'standalone') pieces.push({ type: 'standalone', code });
    else if (run.type === 'open') {
      if (open.includes(code)) continue;
      pieces.push({ type: 'open', code });
      open.push(code);
    } else {
      const at = open.lastIndexOf(code);
      if (at < 0) continue;
      const above = open.splice(at).slice(1);
      const nested = mayOverlap(code) ? [] : above.filter((inner) => !mayOverlap(inner));
      for (const inner of [...nested].reverse()) pieces.push({ type: 'close', code: inner });
      pieces.push({ type: 'close', code });
      open.push(...above.filter((inner) => !nested.includes(inner)));
      for (const inner of nested) {
        pieces.push({ type: 'open', code: inner });
        open.push(inner);
      }
    }
  }
  for (const code of open.reverse()) pieces.push({ type: 'close', code });
  return pieces;
}

/**
 * Writes a text with its codes' markup as written in the source (Markdown, HTML): `escapeText` is
 * applied to the text pieces only.
 */
export function renderCodes(
  text: string,
  codes: InlineCode[] | undefined,
  escapeText: (text: string) => string = (t) => t,
  mayOverlap?: (code: InlineCode) => boolean,
): string {
  if (!codes || codes.length === 0) return escapeText(text);
  return balanceCodes(text, codes, mayOverlap)
    .map((piece) => {
      if (piece.type === 'text') return escapeText(piece.text);
      if (piece.type === 'open') return piece.code.open ?? '';
      if (piece.type === 'close') return piece.code.close ?? '';
      return piece.code.data ?? '';
    })
    .join('');
}
