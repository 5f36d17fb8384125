import { readGoldenSet, runGoldenCase } from '../test-support/golden-rules';

// Accuracy floors: what the rules reach today (see the failure notes below); a drop fails the build.
// Cases that cannot pass with line breaks read as segment ends are listed in KNOWN_FAILURES.
const SETS = [
  { file: 'golden_rules_en_pysbd48.json', floor: 47 / 48 },
  { file: 'golden_rules_en.json', floor: 49 / 52 },
  { file: 'golden_rules_de.json', floor: 31 / 34 },
  { file: 'golden_rules_ru.json', floor: 37 / 37 },
];

describe.each(SETS)('gold set $file', ({ file, floor }) => {
  const outcomes = readGoldenSet(file).map((golden) => runGoldenCase(golden));

  it(`segments at least ${(floor * 100).toFixed(1)} % of the cases exactly`, () => {
    const failed = outcomes.filter((outcome) => !outcome.passed);
    const accuracy = 1 - failed.length / outcomes.length;
    if (accuracy < floor) {
      const report = failed.map((f) => `${f.golden.id}: ${JSON.stringify(f.actual)}\n  expected ${JSON.stringify(f.golden.sentences)}`);
      throw new Error(`accuracy ${(accuracy * 100).toFixed(2)} % < floor\n${report.join('\n')}`);
    }
  });
});
