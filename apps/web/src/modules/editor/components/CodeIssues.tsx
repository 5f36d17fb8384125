import type { InlineCodeInfo } from '@interlinea/shared';
import { checkCodes, tokenizeCodes, type CodeIssue } from '@interlinea/inline-codes';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { CodeChip, useChipTitle } from '../../code-chips';

/** Warnings shown on one line: all missing codes together, all extra codes together, the others one by one. */
interface IssueLine {
  kind: CodeIssue['kind'];
  tokens: string[];
}

function linesOf(issues: CodeIssue[]): IssueLine[] {
  const lines: IssueLine[] = [];
  for (const issue of issues) {
    const grouped = issue.kind === 'missing' || issue.kind === 'extra' ? lines.find((l) => l.kind === issue.kind) : undefined;
    if (grouped) grouped.tokens.push(issue.token);
    else lines.push({ kind: issue.kind, tokens: [issue.token] });
  }
  return lines;
}

/** QA of the active translation's codes against the source: missing, extra, out of order, unbalanced. */
export function CodeIssues({ source, text, codes }: { source: string; text: string; codes: readonly InlineCodeInfo[] }) {
  const { t } = useTranslation();
  const titleOf = useChipTitle(codes);
  const lines = useMemo(() => linesOf(checkCodes(source, text)), [source, text]);
  if (lines.length === 0) return null;
  return (
    <ul className="code-issues" aria-label={t('editor:qa.label')} data-testid="code-issues">
      {lines.map((line) => {
        const chips = (
          <span className="code-issue__chips">
            {line.tokens.map((token, i) => {
              const [run] = tokenizeCodes(token);
              return run && run.type !== 'text' ? <CodeChip key={i} token={run} title={titleOf(run)} /> : <code key={i}>{token}</code>;
            })}
          </span>
        );
        return (
          <li key={`${line.kind}-${line.tokens.join()}`} className="code-issue" data-kind={line.kind} data-testid="code-issue">
            <span className="code-issue__icon" aria-hidden="true">
              ⚠
            </span>
            <span>
              <Trans t={t} i18nKey={`editor:qa.${line.kind}`} count={line.tokens.length} components={{ chip: chips }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
