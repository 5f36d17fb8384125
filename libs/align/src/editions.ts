import { Link } from './links';
import { alignSentences, PairOptions } from './pair-aligner';

/** One row of the aligned editions: the sentences of each edition (0-based, maybe none) that say the same. */
export interface Row {
  sentences: number[][];
  confidence: number;
}

export interface EditionsAlignment {
  rows: Row[];
  /** Links of each pair of editions, refining the rows: [0–1] for two editions, [0–1, 0–2, 1–2] for three. */
  pairs: Link[][];
}

export interface EditionInput {
  sentences: readonly string[];
  /** Sentence numbers at which a paragraph starts (0 included or not). */
  paragraphStarts?: readonly number[];
}

export interface EditionsOptions {
  /** Options of the pair aligner for editions x and y (glossary, machine translation of x into y's language). */
  pairOptions?: (x: number, y: number) => PairOptions;
}

/**
 * Aligns two or three editions of one text into rows, one row per unit of meaning across all editions.
 * Paragraphs are aligned first when every edition has the same paragraphs (a paragraph alignment that
 * links them one to one); sentences are then aligned inside each paragraph. Three editions: the first is
 * the pivot, its links with the second and third are merged into rows that contain whole links of both;
 * sentences the pivot lacks are aligned between the other two directly.
 */
export function alignEditions(editions: readonly EditionInput[], options: EditionsOptions = {}): EditionsAlignment {
  if (editions.length < 2 || editions.length > 3) throw new Error(`align 2 or 3 editions, not ${editions.length}`);
  const pairOptions = options.pairOptions ?? (() => ({}));
  const chunks = paragraphChunks(editions, pairOptions);
  const result: EditionsAlignment = { rows: [], pairs: editions.length === 2 ? [[]] : [[], [], []] };
  for (const chunk of chunks) {
    const texts = editions.map((e, k) => e.sentences.slice(chunk[k][0], chunk[k][1]));
    const part = texts.length === 2 ? alignTwo(texts[0], texts[1], pairOptions) : alignThree(texts[0], texts[1], texts[2], pairOptions);
    const shift = (k: number) => (i: number) => i + chunk[k][0];
    for (const row of part.rows) result.rows.push({ confidence: row.confidence, sentences: row.sentences.map((s, k) => s.map(shift(k))) });
    const pairEditions =
      editions.length === 2
        ? [[0, 1]]
        : [
            [0, 1],
            [0, 2],
            [1, 2],
          ];
    part.pairs.forEach((links, p) => {
      const [x, y] = pairEditions[p];
      for (const l of links) result.pairs[p].push({ left: l.left.map(shift(x)), right: l.right.map(shift(y)), confidence: l.confidence });
    });
  }
  return result;
}

/** [start, end) of each chunk per edition: one chunk per paragraph when paragraphs correspond, else one. */
function paragraphChunks(editions: readonly EditionInput[], pairOptions: (x: number, y: number) => PairOptions): Array<Array<[number, number]>> {
  const whole = [editions.map((e) => [0, e.sentences.length] as [number, number])];
  const bounds = editions.map((e) => {
    const starts = [...new Set([0, ...(e.paragraphStarts ?? [])])].filter((s) => s >= 0 && s < e.sentences.length).sort((a, b) => a - b);
    return starts.map((s, k) => [s, starts[k + 1] ?? e.sentences.length] as [number, number]);
  });
  const count = bounds[0].length;
  if (count < 2 || bounds.some((b) => b.length !== count)) return whole;
  const paragraphText = (k: number) => bounds[k].map(([s, e]) => editions[k].sentences.slice(s, e).join(' '));
  for (let k = 1; k < editions.length; k++) {
    const links = alignSentences(paragraphText(0), paragraphText(k), { ...pairOptions(0, k), learnLexicon: false });
    if (links.some((l, p) => l.left.length !== 1 || l.right.length !== 1 || l.left[0] !== p)) return whole;
  }
  return bounds[0].map((_, p) => bounds.map((b) => b[p]));
}

function alignTwo(a: readonly string[], b: readonly string[], pairOptions: (x: number, y: number) => PairOptions): EditionsAlignment {
  const links = alignSentences(a, b, pairOptions(0, 1));
  return { rows: links.map((l) => ({ sentences: [l.left, l.right], confidence: l.confidence })), pairs: [links] };
}

function alignThree(a: readonly string[], b: readonly string[], c: readonly string[], pairOptions: (x: number, y: number) => PairOptions): EditionsAlignment {
  const ab = alignSentences(a, b, pairOptions(0, 1));
  const ac = alignSentences(a, c, pairOptions(0, 2));
  // Group the pivot's sentences: two are in one row when one link of either pair holds both.
  const groupEnd = new Int32Array(a.length).map((_, i) => i);
  for (const links of [ab, ac]) for (const l of links) for (const i of l.left) groupEnd[l.left[0]] = Math.max(groupEnd[l.left[0]], i);
  const rowOfPivot = new Int32Array(a.length);
  const pivotRows: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < a.length;) {
    let end = groupEnd[i];
    for (let k = i; k <= end; k++) end = Math.max(end, groupEnd[k]);
    for (let k = i; k <= end; k++) rowOfPivot[k] = pivotRows.length;
    pivotRows.push({ start: i, end });
    i = end + 1;
  }
  // Sentences of b and c in each pivot row, and those the pivot lacks, by the pivot row they precede.
  const inRow = [pivotRows.map(() => [] as number[]), pivotRows.map(() => [] as number[])];
  const confidence = pivotRows.map(() => 1);
  const gaps = [new Map<number, number[]>(), new Map<number, number[]>()];
  [ab, ac].forEach((links, side) => {
    // Row of the next link that has pivot sentences, for each link (pivotRows.length past the last).
    const nextPivotRow = new Int32Array(links.length + 1).fill(pivotRows.length);
    for (let t = links.length - 1; t >= 0; t--) nextPivotRow[t] = links[t].left.length ? rowOfPivot[links[t].left[0]] : nextPivotRow[t + 1];
    let previousRow = -1;
    links.forEach((l, t) => {
      if (l.left.length) {
        const row = rowOfPivot[l.left[0]];
        inRow[side][row].push(...l.right);
        confidence[row] = Math.min(confidence[row], l.confidence);
        previousRow = row;
      } else if (previousRow >= 0 && nextPivotRow[t + 1] === previousRow) {
        inRow[side][previousRow].push(...l.right); // inside a row that a link of the other pair spans
      } else {
        const list = gaps[side].get(previousRow + 1) ?? [];
        list.push(...l.right);
        gaps[side].set(previousRow + 1, list);
      }
    });
  });
  const rows: Row[] = [];
  const bc: Link[] = [];
  const emitGap = (position: number) => {
    const gb = gaps[0].get(position) ?? [];
    const gc = gaps[1].get(position) ?? [];
    for (const l of alignSubsets(b, c, gb, gc, pairOptions(1, 2))) {
      rows.push({ sentences: [[], l.left, l.right], confidence: l.confidence });
      bc.push(l);
    }
  };
  pivotRows.forEach((r, k) => {
    emitGap(k);
    const left = Array.from({ length: r.end - r.start + 1 }, (_, x) => r.start + x);
    rows.push({ sentences: [left, inRow[0][k], inRow[1][k]], confidence: confidence[k] });
    bc.push(...alignSubsets(b, c, inRow[0][k], inRow[1][k], pairOptions(1, 2)));
  });
  emitGap(pivotRows.length);
  return { rows, pairs: [ab, ac, bc] };
}

/** Links between some consecutive sentences of b and of c, numbered as in the whole editions. */
function alignSubsets(b: readonly string[], c: readonly string[], bs: number[], cs: number[], options: PairOptions): Link[] {
  if (!bs.length && !cs.length) return [];
  if (bs.length <= 1 && cs.length <= 1) return [{ left: bs, right: cs, confidence: bs.length && cs.length ? 0.8 : 0.2 }];
  const links = alignSentences(
    bs.map((i) => b[i]),
    cs.map((j) => c[j]),
    { ...options, learnLexicon: false },
  );
  return links.map((l) => ({ left: l.left.map((i) => bs[i]), right: l.right.map((j) => cs[j]), confidence: l.confidence }));
}
