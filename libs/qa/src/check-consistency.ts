import { finding, type QaFinding } from './finding';
import { hasLetters, visibleText } from './masked-text';

/** One translated segment of a project (or document), as the consistency check compares them. */
export interface TranslatedSegment {
  segmentId: string;
  source: string;
  target: string;
}

const sameSource = (text: string): string => visibleText(text);
/** Sources that differ only in case, spaces or punctuation are the same sentence. */
const looseText = (text: string): string =>
  visibleText(text)
    .toLowerCase()
    .replace(/[\p{P}\p{Z}]+/gu, '');

/**
 * INCONSISTENT (a warning), for a set of translations of one language: the same source translated in
 * different ways, or different sources translated identically. Each segment concerned gets one finding
 * naming another segment and its text. Empty targets and texts without letters are left out.
 */
export function checkConsistency(segments: readonly TranslatedSegment[]): Map<string, QaFinding[]> {
  const result = new Map<string, QaFinding[]>();
  const add = (segment: TranslatedSegment, other: TranslatedSegment, kind: 'sourceTranslatedDifferently' | 'targetUsedForDifferentSources') => {
    if (result.get(segment.segmentId)?.some((f) => f.params.kind === kind)) return;
    const text = kind === 'sourceTranslatedDifferently' ? visibleText(other.target) : visibleText(other.source);
    const list = result.get(segment.segmentId) ?? [];
    list.push(finding('INCONSISTENT', 'warning', 0, segment.target.length, { kind, other: text, otherSegmentId: other.segmentId }));
    result.set(segment.segmentId, list);
  };
  const translated = segments.filter((s) => hasLetters(visibleText(s.target)) && hasLetters(visibleText(s.source)));
  for (const group of groupBy(translated, (s) => sameSource(s.source)).values()) {
    const targets = new Set(group.map((s) => visibleText(s.target)));
    if (targets.size < 2) continue;
    for (const s of group)
      add(
        s,
        group.find((o) => visibleText(o.target) !== visibleText(s.target))!,
        'sourceTranslatedDifferently',
      );
  }
  for (const group of groupBy(translated, (s) => visibleText(s.target)).values()) {
    const sources = new Set(group.map((s) => looseText(s.source)));
    if (sources.size < 2) continue;
    for (const s of group)
      add(
        s,
        group.find((o) => looseText(o.source) !== looseText(s.source))!,
        'targetUsedForDifferentSources',
      );
  }
  return result;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
