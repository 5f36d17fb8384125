import { alignByDp, Bead, DEFAULT_SHAPES, Shape } from './dp';
import { EncodedSide, encodeSides, extendSides, sharedWeight } from './feature-index';
import { RawFeature, sentenceFeatures } from './features';
import { galeChurchCost } from './length-cost';
import { Link } from './links';
import { latinKey } from './normalize';
import { learnLexicon, stems } from './lexicon';
import { anchorGuide, linkGuide } from './guide';
import { BilingualLexicon } from './bilingual';

/** A glossary entry: a term of the left edition and its rendering in the right one. */
export interface DictionaryEntry {
  left: string;
  right: string;
}

export interface PairOptions {
  /** Glossary or dictionary: a sentence pair that contains both sides of an entry shares an anchor. */
  dictionary?: readonly DictionaryEntry[];
  /**
   * Machine translation of the left sentences into the right edition's language (Bleualign's idea):
   * its words are compared with the right sentences as well as the left sentence's own anchors.
   */
  leftTranslated?: readonly string[];
  /**
   * Bilingual dictionary from the left edition's language into the right one's (hunalign's idea): a word
   * whose dictionary translation occurs in a right sentence is an anchor of the two.
   */
  bilingual?: BilingualLexicon;
  /** Shapes of link allowed (default 1:1, 1:0, 0:1, 2:1, 1:2, 2:2, 3:1, 1:3). */
  shapes?: readonly Shape[];
  /** Learn word pairs from a first alignment and realign with them (default true). */
  learnLexicon?: boolean;
  /**
   * Tuning knobs. Defaults chosen on MS Docs en–de–ru (clean and perturbed), Text+Berg test0, 2, 4, 6 and
   * the dev file, checked on test1, 3, 5 and the hand-made leaflets of gold/ (see scripts/bench-alignment.mjs).
   */
  weights?: Partial<AlignWeights>;
}

export interface AlignWeights {
  /** Weight of the lexical similarity (anchors, cognates) against the length cost. */
  similarity: number;
  /** Cost of leaving one sentence unaligned. */
  skip: number;
  /** 1: reward each sentence by how much of it the other side matches; 0: Dice of the whole link. */
  coverage: number;
  /** Coverage counted for a sentence without any anchor or word. */
  neutral: number;
  /** A skipped sentence costs more the longer it is, up to this many times the mean length. */
  skipLengthCap: number;
  /** Share of the skip cost that even the shortest sentence pays. */
  skipBase: number;
  /** Cost of leaving out a line that holds no word (scanning debris). */
  junkSkip: number;
  /** Coverage expected by chance: a sentence matched less than this counts against its link. */
  expected: number;
  /** Cost of a 2:1 or 1:2 link. */
  merge: number;
  /** Cost of a 2:2 link. */
  merge22: number;
  /** Cost of a 3:1 or 1:3 link. */
  merge31: number;
  /** Links at least this sure teach the lexicon. */
  lexiconConfidence: number;
  /** Least Dice coefficient of a learned word pair. */
  lexiconDice: number;
  /** Strength of a learned word pair as an anchor. */
  lexiconBoost: number;
  /** Strength of a dictionary word pair as an anchor. */
  bilingualBoost: number;
  /**
   * Share of a dictionary anchor's weight left out of its sentence's total: a translation found is evidence
   * for a link, one not found (the translator chose another word) little against it.
   */
  bilingualBonus: number;
  /** The same for the word pairs learned from the first pass. */
  lexiconBonus: number;
  /** The same for cognate keys (word prefixes and consonant skeletons). */
  cognateBonus: number;
  /**
   * Discount on joining two sentences of one edition where the first ends with ; : or , or the second starts
   * in lower case: sentence splitters cut there in one language and not in the other.
   */
  weakJoin: number;
}

export const DEFAULT_WEIGHTS: AlignWeights = {
  similarity: 5,
  coverage: 1,
  neutral: 0,
  expected: 0.06,
  skip: 4.3,
  skipBase: 0.5,
  skipLengthCap: 1.3,
  junkSkip: 1.5,
  merge: 2.6,
  merge22: 5.7,
  merge31: 6,
  lexiconConfidence: 0.3,
  lexiconDice: 0.3,
  lexiconBoost: 1,
  bilingualBoost: 1,
  bilingualBonus: 0.8,
  lexiconBonus: 0,
  cognateBonus: 0.3,
  weakJoin: 0.5,
};

const REAL_WORD = /\p{L}{3,}|\p{N}/u;

/** A line without any word of three letters or a number: scanning debris, a stray initial, a rule. */
export function isJunk(s: string): boolean {
  return !REAL_WORD.test(s);
}

function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Characters that carry meaning (whitespace runs counted as one space, none at the ends); at least one. */
function charLength(s: string): number {
  let n = 0;
  let pendingSpace = false;
  for (let k = 0; k < s.length; k++) {
    if (isSpace(s.charCodeAt(k))) {
      if (n > 0) pendingSpace = true;
    } else {
      if (pendingSpace) n++;
      pendingSpace = false;
      n++;
    }
  }
  return Math.max(1, n);
}

function prefixSums(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) out[k + 1] = out[k] + values[k];
  return out;
}

function dictionaryAnchors(sentences: readonly string[], terms: readonly string[]): string[][] {
  const keys = terms.map((t) => latinKey(t).trim()).filter((t) => t.length >= 2);
  return sentences.map((s) => {
    const text = ` ${latinKey(s)} `;
    const found: string[] = [];
    keys.forEach((key, k) => {
      if (text.includes(key)) found.push(`d${k}`);
    });
    return found;
  });
}

/**
 * Aligns two editions, one sentence an entry, returning links in order that cover every sentence once.
 * Cost of a link = Gale–Church length cost + cost of its shape − similarity × (share of anchors and
 * cognates the two sides have in common) × sentences linked.
 */
export function alignSentences(left: readonly string[], right: readonly string[], options: PairOptions = {}): Link[] {
  const n = left.length;
  const m = right.length;
  if (n === 0 || m === 0) {
    return [...left.map((_, i) => ({ left: [i], right: [], confidence: 0 })), ...right.map((_, j) => ({ left: [], right: [j], confidence: 0 }))];
  }
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const dict = options.dictionary ?? [];
  const leftDict = dict.length
    ? dictionaryAnchors(
        left,
        dict.map((d) => d.left),
      )
    : undefined;
  const rightDict = dict.length
    ? dictionaryAnchors(
        right,
        dict.map((d) => d.right),
      )
    : undefined;
  const leftRaw: RawFeature[][] = left.map((s, i) => {
    const own = sentenceFeatures(s, leftDict?.[i], weights.cognateBonus);
    const mt = options.leftTranslated?.[i];
    return mt ? [...own, ...sentenceFeatures(mt).map((f) => ({ key: `m${f.key}`, boost: f.boost }))] : own;
  });
  const rightRaw: RawFeature[][] = right.map((s, j) => {
    const own = sentenceFeatures(s, rightDict?.[j], weights.cognateBonus);
    return options.leftTranslated ? [...own, ...sentenceFeatures(s).map((f) => ({ key: `m${f.key}`, boost: f.boost }))] : own;
  });
  if (options.bilingual?.size) {
    const [extraLeft, extraRight] = options.bilingual.features(left, right, weights.bilingualBoost, weights.bilingualBonus);
    extraLeft.forEach((fs, i) => leftRaw[i].push(...fs));
    extraRight.forEach((fs, j) => rightRaw[j].push(...fs));
  }
  const shapes = options.shapes ?? DEFAULT_SHAPES;
  const sides = encodeSides(leftRaw, rightRaw);
  const first = runPass(
    left,
    right,
    sides,
    weights,
    shapes.filter(([a, b]) => a + b <= 3),
  );
  // Second pass: the length ratio measured on the first pass's one-to-one links (the ratio of the
  // totals is off when one edition dropped or added much), and the word pairs those links teach.
  const ratio = linkedRatio(left, right, first);
  if (options.learnLexicon === false) return runPass(left, right, sides, weights, shapes, linkGuide(first, n, m), ratio, true);
  const lexicon = learnLexicon(left.map(stems), right.map(stems), first, weights.lexiconConfidence, weights.lexiconDice);
  const asFeatures = (keys: string[][]) => keys.map((ks) => ks.map((key) => ({ key, boost: weights.lexiconBoost, bonus: weights.lexiconBonus })));
  const learned = extendSides(sides, asFeatures(lexicon.left), asFeatures(lexicon.right));
  return runPass(left, right, learned, weights, shapes, linkGuide(first, n, m), ratio, true);
}

/** Right characters per left character over the sure one-to-one links (undefined when there are too few). */
function linkedRatio(left: readonly string[], right: readonly string[], links: readonly Link[]): number | undefined {
  let l = 0;
  let r = 0;
  let count = 0;
  for (const link of links) {
    if (link.left.length !== 1 || link.right.length !== 1 || link.confidence < 0.5) continue;
    l += charLength(left[link.left[0]]);
    r += charLength(right[link.right[0]]);
    count++;
  }
  return count >= 3 && l > 0 ? r / l : undefined;
}

function runPass(
  left: readonly string[],
  right: readonly string[],
  [a, b]: readonly [EncodedSide, EncodedSide],
  weights: AlignWeights,
  shapes: readonly Shape[],
  guide?: Float64Array,
  ratio?: number,
  final = false,
): Link[] {
  const scorer = new PairScorer(left, right, a, b, weights, ratio);
  const beads = alignByDp(left.length, right.length, scorer.cost, { shapes, guide: guide ?? anchorGuide(a, b) });
  return beads.map((bead) => (final ? scorer.toFinalLink(bead) : scorer.toLink(bead)));
}

const WEAK_END = /[;:,]\s*$/;
const LOWER_START = /^\s*\p{Ll}/u;

/** 1 after each sentence that the next one probably continues (see AlignWeights.weakJoin). */
function weakBoundaries(sentences: readonly string[]): Uint8Array {
  return Uint8Array.from(sentences, (s, k) => (k + 1 < sentences.length && (WEAK_END.test(s) || LOWER_START.test(sentences[k + 1])) ? 1 : 0));
}

/** Cost of candidate links, with the pairwise shared weights cached. */
class PairScorer {
  private readonly leftLen: Float64Array;
  private readonly rightLen: Float64Array;
  private readonly leftTotal: Float64Array;
  private readonly rightTotal: Float64Array;
  private readonly ratio: number;
  private readonly cache: Float32Array | Map<number, number>;
  private readonly m: number;
  private readonly meanLength: number;
  private readonly leftJunk: Uint8Array;
  private readonly rightJunk: Uint8Array;
  private readonly leftWeak: Uint8Array;
  private readonly rightWeak: Uint8Array;

  constructor(
    left: readonly string[],
    right: readonly string[],
    private readonly a: EncodedSide,
    private readonly b: EncodedSide,
    private readonly w: AlignWeights,
    ratio?: number,
  ) {
    this.leftLen = prefixSums(left.map(charLength));
    this.rightLen = prefixSums(right.map(charLength));
    this.leftTotal = prefixSums(Array.from(a.totals));
    this.rightTotal = prefixSums(Array.from(b.totals));
    this.ratio = ratio ?? this.rightLen[right.length] / this.leftLen[left.length];
    this.m = right.length;
    this.leftJunk = Uint8Array.from(left, (s) => (isJunk(s) ? 1 : 0));
    this.rightJunk = Uint8Array.from(right, (s) => (isJunk(s) ? 1 : 0));
    this.meanLength = this.leftLen[left.length] / left.length;
    this.leftWeak = weakBoundaries(left);
    this.rightWeak = weakBoundaries(right);
    const cells = left.length * right.length;
    this.cache = cells <= 8_000_000 ? new Float32Array(cells).fill(-1) : new Map();
  }

  private shared(i: number, j: number): number {
    const k = i * this.m + j;
    if (this.cache instanceof Float32Array) {
      let v = this.cache[k];
      if (v < 0) this.cache[k] = v = sharedWeight(this.a, i, this.b, j);
      return v;
    }
    let v = this.cache.get(k);
    if (v === undefined) this.cache.set(k, (v = sharedWeight(this.a, i, this.b, j)));
    return v;
  }

  /** Share of the anchor weight of both sides that the other side matches (0 … 1). */
  similarity(i: number, a: number, j: number, b: number): number {
    const totalA = this.leftTotal[i + a] - this.leftTotal[i];
    const totalB = this.rightTotal[j + b] - this.rightTotal[j];
    if (totalA + totalB === 0) return 0;
    let shared = 0;
    for (let x = i; x < i + a; x++) for (let y = j; y < j + b; y++) shared += this.shared(x, y);
    shared = Math.min(shared, totalA, totalB);
    return (2 * shared) / (totalA + totalB);
  }

  /** coverage() of a one-to-one link, the commonest candidate by far. */
  private coverage11(i: number, j: number): number {
    const { neutral, expected } = this.w;
    const shared = this.shared(i, j);
    const ta = this.a.totals[i];
    const tb = this.b.totals[j];
    const left = ta === 0 ? (this.a.rawCounts[i] ? -expected : neutral) : Math.min(1, shared / ta) - expected;
    const right = tb === 0 ? (this.b.rawCounts[j] ? -expected : neutral) : Math.min(1, shared / tb) - expected;
    return (left + right) / 2;
  }

  /**
   * Sum over the sentences of the link of the share of each one's anchor weight that the other side
   * matches: a sentence added to a link earns only as much as it is matched.
   */
  coverage(i: number, a: number, j: number, b: number): number {
    if (a === 1 && b === 1) return this.coverage11(i, j);
    let sum = 0;
    const { neutral, expected } = this.w;
    for (let x = i; x < i + a; x++) {
      const total = this.a.totals[x];
      if (total === 0) {
        sum += this.a.rawCounts[x] ? -expected : neutral;
        continue;
      }
      let shared = 0;
      for (let y = j; y < j + b; y++) shared += this.shared(x, y);
      sum += Math.min(1, shared / total) - expected;
    }
    for (let y = j; y < j + b; y++) {
      const total = this.b.totals[y];
      if (total === 0) {
        sum += this.b.rawCounts[y] ? -expected : neutral;
        continue;
      }
      let shared = 0;
      for (let x = i; x < i + a; x++) shared += this.shared(x, y);
      sum += Math.min(1, shared / total) - expected;
    }
    return sum / 2;
  }

  readonly cost = (i: number, a: number, j: number, b: number): number => {
    if (a === 0 || b === 0) {
      const len = a ? this.leftLen[i + a] - this.leftLen[i] : (this.rightLen[j + b] - this.rightLen[j]) / this.ratio;
      const junk = a ? this.leftJunk[i] : this.rightJunk[j];
      if (junk) return this.w.junkSkip;
      const base = this.w.skipBase;
      return this.w.skip * (a + b) * (base + (1 - base) * Math.min(this.w.skipLengthCap, len / this.meanLength));
    }
    const lenA = this.leftLen[i + a] - this.leftLen[i];
    const lenB = this.rightLen[j + b] - this.rightLen[j];
    const length = galeChurchCost(lenA, lenB, this.ratio);
    let shape = a + b === 2 ? 0 : a + b === 3 ? this.w.merge : a === 2 && b === 2 ? this.w.merge22 : this.w.merge31;
    for (let x = i; x < i + a - 1; x++) if (this.leftWeak[x]) shape -= this.w.weakJoin;
    for (let y = j; y < j + b - 1; y++) if (this.rightWeak[y]) shape -= this.w.weakJoin;
    if (this.w.coverage) return length + shape - this.w.similarity * this.coverage(i, a, j, b);
    return length + shape - this.w.similarity * this.similarity(i, a, j, b) * ((a + b) / 2);
  };

  /**
   * The link with the confidence shown to reviewers: the probability that it is right, from its cost per
   * sentence (logistic fit on Text+Berg and MS Docs: links costing −0.6 a sentence were right 94 % of the
   * time, +0.6 82 %, +1.8 about half). Skips keep 0.2: whether a sentence really has no counterpart is for
   * the reviewer to see.
   */
  toFinalLink(bead: Bead): Link {
    const link = this.toLink(bead);
    if (bead.a === 0 || bead.b === 0) return link;
    const perSentence = bead.cost / (bead.a + bead.b);
    const confidence = 1 / (1 + Math.exp(1.2 * perSentence - 2.1));
    return { ...link, confidence: Math.round(confidence * 100) / 100 };
  }

  /** The link with the confidence the second pass learns from (anchors matched, lengths that fit). */
  toLink(bead: Bead): Link {
    const left = Array.from({ length: bead.a }, (_, k) => bead.i + k);
    const right = Array.from({ length: bead.b }, (_, k) => bead.j + k);
    if (bead.a === 0 || bead.b === 0) return { left, right, confidence: 0.2 };
    const lenA = this.leftLen[bead.i + bead.a] - this.leftLen[bead.i];
    const lenB = this.rightLen[bead.j + bead.b] - this.rightLen[bead.j];
    const length = galeChurchCost(lenA, lenB, this.ratio);
    const sim = this.w.coverage ? (2 * this.coverage(bead.i, bead.a, bead.j, bead.b)) / (bead.a + bead.b) : this.similarity(bead.i, bead.a, bead.j, bead.b);
    const confidence = Math.exp(-length / 3) * (0.45 + 0.55 * Math.min(1, sim / 0.3));
    return { left, right, confidence: Math.round(confidence * 100) / 100 };
  }
}
