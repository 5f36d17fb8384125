/** Above this many cells the exact distance is not worth the time; an upper bound is used instead. */
const MAX_CELLS = 25_000_000;

/**
 * Levenshtein distance in characters (code points) between MT output and the final text: how much
 * a person changed. Common prefix and suffix are skipped first, so a small edit of a long text is cheap.
 */
export function editDistance(from: string, to: string): number {
  const a = [...from];
  const b = [...to];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  if (x.length === 0 || y.length === 0) return Math.max(x.length, y.length);
  if (x.length * y.length > MAX_CELLS) return Math.max(x.length, y.length);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}
