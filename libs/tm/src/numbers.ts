import { tokenize } from './tokenize';

/**
 * When a stored source differs from the new one only in numbers, its target can take the new
 * numbers: each number of the stored source that appears in the target is replaced by the number
 * at the same place in the new source. Null when a changed number does not appear in the target
 * (the translation spells it differently), so the match is offered unchanged.
 */
export function replaceNumbers(target: string, changes: { stored: string; replacement: string }[]): string | null {
  if (changes.length === 0) return null;
  const replacements = new Map<string, string>();
  for (const change of changes) {
    const known = replacements.get(change.stored);
    if (known !== undefined && known !== change.replacement) return null;
    replacements.set(change.stored, change.replacement);
  }
  const numbers = tokenize(target).filter((t) => t.kind === 'number');
  if ([...replacements.keys()].some((stored) => !numbers.some((n) => n.text === stored))) return null;
  let result = '';
  let at = 0;
  for (const n of numbers) {
    const replacement = replacements.get(n.text);
    if (replacement === undefined) continue;
    result += target.slice(at, n.start) + replacement;
    at = n.end;
  }
  return result + target.slice(at);
}
