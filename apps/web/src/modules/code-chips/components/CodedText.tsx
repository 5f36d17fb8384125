import type { InlineCodeInfo } from '@interlinea/shared';
import { tokenizeCodes } from '@interlinea/inline-codes';
import { Fragment, useMemo } from 'react';
import { useChipTitle } from '../hooks/use-chip-title';
import { CodeChip } from './CodeChip';

/** A segment's text with its code tokens shown as chips (read-only: source, saved translations, history). */
export function CodedText({ text, codes }: { text: string; codes: readonly InlineCodeInfo[] }) {
  const titleOf = useChipTitle(codes);
  const runs = useMemo(() => tokenizeCodes(text), [text]);
  return <>{runs.map((run, i) => (run.type === 'text' ? <Fragment key={i}>{run.text}</Fragment> : <CodeChip key={i} token={run} title={titleOf(run)} />))}</>;
}
