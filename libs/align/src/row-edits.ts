// The reviewer's corrections of aligned rows, as pure functions: each returns new rows (or throws a
// RowEditError naming what is wrong). Sentences only ever move between neighbouring rows, so every
// edition keeps its order and every sentence stays in exactly one row.

export interface ReviewRow {
  /** Sentence numbers of each edition in this row. */
  sentences: number[][];
  confidence: number;
  /** Marked bad by the reviewer: not committed. */
  bad: boolean;
}

export type RowEdit =
  /** The row and the one below become one row. */
  | { action: 'merge'; row: number }
  /** The row becomes two: `at[e]` sentences of edition e stay above (default: half, rounded up). */
  | { action: 'split'; row: number; at?: number[] }
  /** The first sentence of an edition goes to the end of the row above. */
  | { action: 'move-up'; row: number; edition: number }
  /** The last sentence of an edition goes to the start of the row below. */
  | { action: 'move-down'; row: number; edition: number }
  | { action: 'mark-bad'; row: number; bad: boolean };

export class RowEditError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const isEmpty = (row: ReviewRow) => row.sentences.every((s) => s.length === 0);
/** A row a person made or corrected is sure. */
const reviewed = (sentences: number[][]): ReviewRow => ({ sentences, confidence: 1, bad: false });

export function applyRowEdit(rows: readonly ReviewRow[], edit: RowEdit): ReviewRow[] {
  const { row } = edit;
  if (!Number.isInteger(row) || row < 0 || row >= rows.length) throw new RowEditError('row', `row ${row} does not exist (0–${rows.length - 1})`);
  const current = rows[row];
  const editions = current.sentences.length;
  const out = rows.slice();
  switch (edit.action) {
    case 'merge': {
      if (row + 1 >= rows.length) throw new RowEditError('row', 'the last row has no row below to merge with');
      const below = rows[row + 1];
      out.splice(row, 2, reviewed(current.sentences.map((s, e) => [...s, ...below.sentences[e]])));
      return out;
    }
    case 'split': {
      const at = edit.at ?? current.sentences.map((s) => Math.ceil(s.length / 2));
      if (at.length !== editions || at.some((k, e) => !Number.isInteger(k) || k < 0 || k > current.sentences[e].length))
        throw new RowEditError('at', `give for each of the ${editions} editions how many of its sentences stay in the upper row`);
      const upper = current.sentences.map((s, e) => s.slice(0, at[e]));
      const lower = current.sentences.map((s, e) => s.slice(at[e]));
      if (upper.every((s) => !s.length) || lower.every((s) => !s.length)) throw new RowEditError('at', 'a split must leave sentences in both rows');
      out.splice(row, 1, reviewed(upper), reviewed(lower));
      return out;
    }
    case 'move-up':
    case 'move-down': {
      const e = edit.edition;
      if (!Number.isInteger(e) || e < 0 || e >= editions) throw new RowEditError('edition', `edition ${e} does not exist (0–${editions - 1})`);
      const up = edit.action === 'move-up';
      const target = up ? row - 1 : row + 1;
      const own = current.sentences[e];
      if (!own.length) throw new RowEditError('edition', `row ${row} has no sentence of edition ${e} to move`);
      const moved = up ? own[0] : own[own.length - 1];
      const rest = up ? own.slice(1) : own.slice(0, -1);
      const changed = { ...current, sentences: current.sentences.map((s, k) => (k === e ? rest : s)), confidence: 1 };
      if (target < 0 || target >= rows.length) {
        // past the first or last row: the sentence gets a row of its own
        const alone = reviewed(current.sentences.map((_, k) => (k === e ? [moved] : [])));
        out.splice(row, 1, ...(up ? [alone, changed] : [changed, alone]));
      } else {
        const other = rows[target];
        out[target] = reviewed(other.sentences.map((s, k) => (k !== e ? s : up ? [...s, moved] : [moved, ...s])));
        out[row] = changed;
      }
      return out.filter((r) => !isEmpty(r));
    }
    case 'mark-bad':
      out[row] = { ...current, bad: edit.bad };
      return out;
  }
}
