import { messageKey, type QaFinding } from '@interlinea/qa';
import type { TFunction } from 'i18next';

/** A finding's message in the UI language, from the `qa` namespace (`qa:finding.NUMBER_MISMATCH.changed`). */
export function findingMessage(t: TFunction, finding: Pick<QaFinding, 'code' | 'params'>): string {
  return t(`qa:finding.${messageKey(finding)}`, { ...finding.params });
}

/** The part of the text a finding points at, with a little context on each side, for highlighting. */
export interface Excerpt {
  before: string;
  spot: string;
  after: string;
}

const CONTEXT = 24;

/** Null when the finding points at nothing in the text (a missing number, an empty translation). */
export function excerptOf(text: string, start: number, end: number): Excerpt | null {
  if (end <= start || start < 0 || end > text.length) return null;
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    spot: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}

/** Spaces made visible in a highlighted spot, so a double or no-break space can be seen. */
export function visibleSpaces(spot: string): string {
  return spot.replace(/\u00A0/g, '⍽').replace(/ /g, '·');
}
