import { openToken } from './code-tokens';
import { CodeRun, tokenizeCodes } from './inline-codes';

/** A QA warning about a translation's code tokens, compared with its source. */
export interface CodeIssue {
  kind: 'missing' | 'extra' | 'order' | 'unbalanced';
  /** The token concerned, as the translator sees it ("{1}", "{/1}", "{2/}"). */
  token: string;
  message: string;
}

type CodeToken = Exclude<CodeRun, { type: 'text' }>;

const tokensOf = (text: string): CodeToken[] => tokenizeCodes(text).filter((run): run is CodeToken => run.type !== 'text');

/**
 * Compares a translation's code tokens with its source's: tokens the translation lacks (missing), tokens
 * the source does not have or has fewer times (extra), tokens in another order (order), and pairs that
 * are not properly opened, closed and nested in the translation (unbalanced). Empty when all is well.
 */
export function checkCodes(sourceText: string, targetText: string): CodeIssue[] {
  const source = tokensOf(sourceText);
  const target = tokensOf(targetText);
  const issues: CodeIssue[] = [];

  const remaining = countTokens(target);
  for (const { token } of source) {
    const left = remaining.get(token) ?? 0;
    if (left > 0) remaining.set(token, left - 1);
    else issues.push({ kind: 'missing', token, message: `The code ${token} of the source is missing.` });
  }
  const inSource = countTokens(source);
  for (const { token } of target) {
    const left = inSource.get(token) ?? 0;
    if (left > 0) inSource.set(token, left - 1);
    else issues.push({ kind: 'extra', token, message: `The code ${token} is not in the source (or is there fewer times).` });
  }

  const sourceOrder = source.map((run) => run.token);
  const common = target.map((run) => run.token).filter((token) => sourceOrder.includes(token));
  const expected = sourceOrder.filter((token) => common.includes(token));
  const moved = common.findIndex((token, i) => token !== expected[i]);
  if (moved >= 0) {
    issues.push({
      kind: 'order',
      token: common[moved],
      message: `The codes are in another order than in the source: ${common[moved]} comes where the source has ${expected[moved]}.`,
    });
  }

  issues.push(...unbalanced(target));
  return issues;
}

function countTokens(tokens: CodeToken[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { token } of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Pairs closed before they are opened, closed across another open pair, or never closed. */
function unbalanced(tokens: CodeToken[]): CodeIssue[] {
  const issues: CodeIssue[] = [];
  const open: number[] = [];
  for (const run of tokens) {
    if (run.type === 'open') open.push(run.id);
    else if (run.type === 'close') {
      const at = open.lastIndexOf(run.id);
      if (at < 0) {
        issues.push({ kind: 'unbalanced', token: run.token, message: `${run.token} closes a code that is not open.` });
      } else {
        if (at !== open.length - 1) {
          const inner = open[open.length - 1];
          issues.push({
            kind: 'unbalanced',
            token: run.token,
            message: `${run.token} closes ${openToken(run.id)} while ${openToken(inner)} inside it is still open.`,
          });
        }
        open.splice(at, 1);
      }
    }
  }
  for (const id of open) issues.push({ kind: 'unbalanced', token: openToken(id), message: `${openToken(id)} is opened but never closed.` });
  return issues;
}
