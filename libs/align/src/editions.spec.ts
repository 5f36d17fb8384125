import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { alignEditions } from './editions';
import { applyRowEdit, RowEditError, type ReviewRow } from './row-edits';

const EN = ['The meeting starts at 18:00 in room 204.', 'Please bring your membership card.', 'Coffee and tea are free.', 'See you on Tuesday!'];
const DE = ['Die Sitzung beginnt um 18:00 Uhr in Raum 204.', 'Bitte bringen Sie Ihren Mitgliedsausweis mit; Kaffee und Tee sind kostenlos.', 'Bis Dienstag!'];
const RU = ['Заседание начинается в 18:00 в комнате 204.', 'Пожалуйста, возьмите членский билет.', 'Кофе и чай бесплатно.', 'До вторника!'];

describe('alignEditions', () => {
  it('makes one row per unit of meaning across three editions, and pair links inside the rows', () => {
    const { rows, pairs } = alignEditions([{ sentences: EN }, { sentences: DE }, { sentences: RU }]);
    expect(rows.map((r) => r.sentences)).toEqual([
      [[0], [0], [0]],
      [[1, 2], [1], [1, 2]],
      [[3], [2], [3]],
    ]);
    // English–Russian keeps its finer one-to-one links inside the merged row
    expect(pairs[1].map((l) => [l.left, l.right])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
    expect(pairs[2].map((l) => [l.left, l.right])).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
    ]);
  });

  it('aligns paragraphs first when the editions have the same paragraphs', () => {
    const left = { sentences: ['A 1.', 'B 2.', 'C 3.', 'D 4.'], paragraphStarts: [0, 2] };
    const right = { sentences: ['A 1.', 'B 2. C 3.', 'D 4.'], paragraphStarts: [0, 1] };
    const { rows } = alignEditions([left, right]);
    // the paragraph boundary keeps "C 3." out of the first paragraph's rows
    expect(rows.every((r) => !(r.sentences[0].includes(1) && r.sentences[0].includes(2)) || r.sentences[1].includes(1))).toBe(true);
    expect(rows.flatMap((r) => r.sentences[0])).toEqual([0, 1, 2, 3]);
  });

  it('refuses one edition or four', () => {
    expect(() => alignEditions([{ sentences: EN }])).toThrow('align 2 or 3 editions');
  });
});

describe('applyRowEdit', () => {
  const rows: ReviewRow[] = [
    { sentences: [[0], [0]], confidence: 0.9, bad: false },
    { sentences: [[1, 2], [1]], confidence: 0.4, bad: false },
    { sentences: [[3], [2]], confidence: 0.8, bad: false },
  ];

  it('merges, splits, moves sentences between neighbouring rows and marks rows bad', () => {
    expect(applyRowEdit(rows, { action: 'merge', row: 0 }).map((r) => r.sentences)).toEqual([
      [
        [0, 1, 2],
        [0, 1],
      ],
      [[3], [2]],
    ]);
    expect(applyRowEdit(rows, { action: 'split', row: 1 }).map((r) => r.sentences)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[3], [2]],
    ]);
    expect(applyRowEdit(rows, { action: 'move-up', row: 1, edition: 0 }).map((r) => r.sentences)).toEqual([
      [[0, 1], [0]],
      [[2], [1]],
      [[3], [2]],
    ]);
    expect(applyRowEdit(rows, { action: 'move-down', row: 1, edition: 0 }).map((r) => r.sentences)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2, 3], [2]],
    ]);
    expect(applyRowEdit(rows, { action: 'mark-bad', row: 2, bad: true })[2].bad).toBe(true);
  });

  it('drops a row its last sentence leaves, and gives a sentence moved past the end a row of its own', () => {
    const moved = applyRowEdit(rows, { action: 'move-up', row: 2, edition: 1 });
    expect(moved.map((r) => r.sentences)).toEqual([
      [[0], [0]],
      [
        [1, 2],
        [1, 2],
      ],
      [[3], []],
    ]);
    expect(applyRowEdit(rows, { action: 'move-down', row: 2, edition: 0 }).map((r) => r.sentences)).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[], [2]],
      [[3], []],
    ]);
  });

  it('names what is wrong with an impossible edit', () => {
    expect(() => applyRowEdit(rows, { action: 'merge', row: 2 })).toThrow(RowEditError);
    expect(() => applyRowEdit(rows, { action: 'move-up', row: 7, edition: 0 })).toThrow('row 7 does not exist');
    expect(() => applyRowEdit(rows, { action: 'split', row: 0 })).toThrow('both rows');
  });
});

describe('scripts/align.mjs', () => {
  const root = path.resolve(__dirname, '../../..');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'align-'));
  const file = (name: string, lines: string[]) => {
    writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
    return path.join(dir, name);
  };
  const run = (...files: string[]) => execFileSync(process.execPath, [path.join(root, 'scripts/align.mjs'), ...files], { cwd: root, encoding: 'utf8' });

  it("prints one link a line in vecalign's notation, every line of both files once", () => {
    expect(run(file('en.txt', EN), file('de.txt', DE))).toBe('[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n');
  }, 60_000);

  it('prints the three pairs of three editions, separated by a blank line', () => {
    const out = run(file('en.txt', EN), file('de.txt', DE), file('ru.txt', RU));
    expect(out.split('\n\n')).toEqual(['[0]:[0]\n[1, 2]:[1]\n[3]:[2]', '[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]', '[0]:[0]\n[1]:[1, 2]\n[2]:[3]\n']);
  }, 60_000);
});
