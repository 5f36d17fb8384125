import { codeTokens, type FoundCodeToken } from '@interlinea/inline-codes';
import { finding, type QaFinding } from './finding';

/**
 * CODE_MISSING (a token of the source not in the target), CODE_EXTRA (a token the source lacks, or has
 * fewer times) and CODE_ORDER (paired codes crossed, or closed before they are opened). Codes in another
 * order than the source's are no finding: languages reorder phrases.
 */
export function checkCodes(source: string, target: string): QaFinding[] {
  const sourceTokens = codeTokens(source);
  const targetTokens = codeTokens(target);
  const findings: QaFinding[] = [];
  const unused = [...targetTokens];
  for (const token of sourceTokens) {
    const at = unused.findIndex((t) => t.token === token.token);
    if (at >= 0) unused.splice(at, 1);
    else findings.push(finding('CODE_MISSING', 'error', target.length, target.length, { token: token.token }, token));
  }
  for (const token of unused) findings.push(finding('CODE_EXTRA', 'error', token.start, token.end, { token: token.token }));
  const crossed = crossedPair(targetTokens);
  if (crossed) findings.push(finding('CODE_ORDER', 'error', crossed.start, crossed.end, { token: crossed.token }));
  return findings;
}

/** The first closing token that closes a code not open, or across another open pair; else an opening never closed. */
function crossedPair(tokens: FoundCodeToken[]): FoundCodeToken | undefined {
  const open: FoundCodeToken[] = [];
  for (const token of tokens) {
    if (token.type === 'open') open.push(token);
    else if (token.type === 'close') {
      const last = open[open.length - 1];
      if (!last || last.id !== token.id) {
        // Closed without being open here is only crossed when its opening comes later or sits deeper.
        if (open.some((o) => o.id === token.id) || tokens.some((t) => t.type === 'open' && t.id === token.id && t.start > token.start)) return token;
        continue;
      }
      open.pop();
    }
  }
  return undefined;
}
