import { finding, type QaFinding, type QaSegment } from './finding';
import { maskCodes } from './masked-text';

/** Spaces that count as white space between words (no-break and thin ones too). */
const SPACE = /[ \t\u00A0\u2009\u202F]/;

/**
 * SPACES: a leading or trailing space the source does not have, two spaces in a row (more often than in
 * the source), a space before a comma, full stop, colon, semicolon, question or exclamation mark.
 */
export function checkSpaces({ source, target }: QaSegment): QaFinding[] {
  if (target.trim() === '') return [];
  const findings: QaFinding[] = [];
  const leading = /^\s+/.exec(target);
  if (leading && !/^\s/.test(source)) findings.push(finding('SPACES', 'warning', 0, leading[0].length, { kind: 'leading' }));
  const trailing = /\s+$/.exec(target);
  if (trailing && !/\s$/.test(source)) findings.push(finding('SPACES', 'warning', trailing.index, target.length, { kind: 'trailing' }));

  const body = { start: leading?.[0].length ?? 0, end: trailing?.index ?? target.length };
  const doubles = [...target.matchAll(/[ \u00A0\u2009\u202F]{2,}/g)].filter((m) => m.index > body.start && m.index < body.end);
  const sourceDoubles = (source.match(/[ \u00A0\u2009\u202F]{2,}/g) ?? []).length;
  if (doubles.length > sourceDoubles) {
    for (const m of doubles) findings.push(finding('SPACES', 'warning', m.index, m.index + m[0].length, { kind: 'double' }));
  }

  const masked = maskCodes(target);
  for (const m of masked.matchAll(/(?<=[\p{L}\p{N}\u00BB\u201C\u201D"')\]])[ \u00A0](?=[,.;:!?](?:[\s"'\u00AB\u00BB\u201C\u201D\u201E)\]]|$))/gu)) {
    if (m.index > body.start && m.index < body.end && !SPACE.test(masked[m.index - 1] ?? '')) {
      findings.push(finding('SPACES', 'warning', m.index, m.index + 2, { kind: 'beforePunctuation', mark: masked[m.index + 1] }));
    }
  }
  return findings;
}
