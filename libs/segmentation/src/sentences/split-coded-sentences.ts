import { codeTokens } from '@interlinea/inline-codes';
import { splitSentences } from './split-sentences';
import { SegmentationLanguage, SentenceSpan, SplitOptions } from './segmentation-language';

/** An inline-code token in a block's text: `{1}` opens, `{/1}` closes, `{2/}` stands alone. */
interface Token {
  start: number;
  end: number;
  kind: 'open' | 'close' | 'standalone';
}

/**
 * Splits a text that carries inline-code tokens. Sentences are found in the text without its tokens,
 * so `{1}Bold.{/1} Next` splits like `Bold. Next`; then each sentence takes the closing and standalone
 * tokens right after its end and the opening and standalone tokens right before its start. Tokens
 * standing alone between sentences stay in the whitespace between them.
 */
export function splitCodedSentences(text: string, language: SegmentationLanguage, options: SplitOptions = {}): SentenceSpan[] {
  const tokens: Token[] = codeTokens(text).map(({ start, end, type }) => ({ start, end, kind: type }));
  if (tokens.length === 0) return splitSentences(text, language, options);

  // plain[i] is text[original[i]]; tokens are left out.
  let plain = '';
  const original: number[] = [];
  let cursor = 0;
  for (const token of [...tokens, { start: text.length, end: text.length, kind: 'open' as const }]) {
    for (let i = cursor; i < token.start; i++) {
      plain += text[i];
      original.push(i);
    }
    cursor = token.end;
  }
  const tokenAt = new Map(tokens.map((t) => [t.start, t]));
  const tokenEndingAt = new Map(tokens.map((t) => [t.end, t]));

  return splitSentences(plain, language, options).map((span) => {
    let start = original[span.start];
    let end = original[span.end - 1] + 1;
    for (let t = tokenEndingAt.get(start); t && t.kind !== 'close'; t = tokenEndingAt.get(start)) start = t.start;
    for (let t = tokenAt.get(end); t && t.kind !== 'open'; t = tokenAt.get(end)) end = t.end;
    return { start, end, text: text.slice(start, end) };
  });
}
