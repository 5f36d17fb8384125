// Segmentation benchmark: gold-set accuracy per language and throughput on a large text.
// Run: npm run bench:segmentation  (builds libs/segmentation to dist first)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '../../shared');
const segmentation = require('../libs/segmentation/dist/index.js');
const { splitSentences } = segmentation;

/** Shared gold sets, and Interlinea's own cases (libs/segmentation/gold/interlinea_*.json). */
const readJson = (file) =>
  JSON.parse(
    readFileSync(file.startsWith('interlinea_') ? path.join(here, '../libs/segmentation/gold', file) : path.join(shared, 'corpus/segmentation', file), 'utf8'),
  );
const normalise = (s) => s.replace(/\s+/g, ' ').trim();
const pct = (n, d) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(2).padStart(6)} %`);

/** Text extracted from PDF or hard-wrapped: the gold expects wrapped lines joined. */
const isWrappedText = (c) => /doc_type='pdf'/.test(c.pysbd_options ?? '') || /errant newline/i.test(c.rule ?? '');

function passes(c, split) {
  const actual = split(c.text, c.lang, c).map((s) => normalise(s.text));
  const expected = c.sentences.map(normalise);
  return actual.length === expected.length && actual.every((s, i) => s === expected[i]);
}

const defaultSplit = (text, lang) => splitSentences(text, lang);
const segmentSplit = (text, lang) => splitSentences(text, lang, { lineBreaks: 'segment' });
const documentAwareSplit = (text, lang, c) => splitSentences(text, lang, { lineBreaks: isWrappedText(c) ? 'soft' : 'segment' });

const SETS = [
  ['en (52 golden rules)', 'golden_rules_en.json'],
  ['en (pySBD 48 rules)', 'golden_rules_en_pysbd48.json'],
  ['de', 'golden_rules_de.json'],
  ['ru', 'golden_rules_ru.json'],
  ['ru (Interlinea)', 'interlinea_ru.json'],
  ['de (Interlinea)', 'interlinea_de.json'],
  ['en (Interlinea)', 'interlinea_en.json'],
];

console.log('Accuracy: share of gold cases segmented exactly (whitespace collapsed)');
console.log(
  '  set                     cases   default (breaks by content)   line break = segment   wrapped-text cases soft   with pysbd_options   failing (default)',
);
for (const [label, file] of SETS) {
  const cases = readJson(file);
  const ok = cases.filter((c) => passes(c, defaultSplit));
  const okSegment = cases.filter((c) => passes(c, segmentSplit));
  const okAware = cases.filter((c) => passes(c, documentAwareSplit));
  const withOptions = cases.filter((c) => c.pysbd_options);
  const okOptions = withOptions.filter((c) => passes(c, defaultSplit));
  const failing = cases.filter((c) => !passes(c, defaultSplit)).map((c) => c.id);
  console.log(
    `  ${label.padEnd(22)} ${String(cases.length).padStart(5)}   ${pct(ok.length, cases.length)} (${ok.length}/${cases.length})` +
      `              ${pct(okSegment.length, cases.length)} (${okSegment.length}/${cases.length})` +
      `       ${pct(okAware.length, cases.length)} (${okAware.length}/${cases.length})` +
      `      ${withOptions.length ? `${pct(okOptions.length, withOptions.length)} (${okOptions.length}/${withOptions.length})` : '   n/a        '}` +
      `   ${failing.join(', ') || '-'}`,
  );
}

// Throughput: real text repeated to at least 20 MB per language.
const TARGET_BYTES = 20 * 1000 * 1000;
const leaflet = readFileSync(path.join(shared, 'samples/rabochaya-vlast-1992.txt'), 'utf8');
const goldText = (file) =>
  readJson(file)
    .map((c) => c.text)
    .join('\n\n');
const sources = {
  en: leaflet + '\n\n' + goldText('golden_rules_en.json'),
  de: goldText('golden_rules_de.json'),
  ru: goldText('golden_rules_ru.json'),
};

console.log('\nThroughput (splitSentences, default options; MB = 10^6 bytes of UTF-8)');
for (const [lang, source] of Object.entries(sources)) {
  const unit = source + '\n\n';
  const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(unit, 'utf8'));
  const big = unit.repeat(copies);
  const bytes = Buffer.byteLength(big, 'utf8');
  splitSentences(big.slice(0, 200000), lang); // warm-up
  const runs = [];
  let segments = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    segments = splitSentences(big, lang).length;
    runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const best = Math.min(...runs);
  console.log(
    `  ${lang}: ${(bytes / 1e6).toFixed(1)} MB (${(big.length / 1e6).toFixed(1)} M chars), ${segments} segments, best of 3: ${best.toFixed(2)} s → ${(bytes / 1e6 / best).toFixed(1)} MB/s`,
  );
}

// For comparison: the SRX engine with LanguageTool's and OmegaT's rule files.
console.log('\nSRX engine (SrxRules) with third-party rule files (their own rules for line breaks)');
for (const file of ['languagetool_segment.srx', 'omegat_defaultRules.srx']) {
  const t0 = process.hrtime.bigint();
  const rules = segmentation.SrxRules.parse(readFileSync(path.join(shared, 'corpus/segmentation/srx', file), 'utf8'));
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const srxSplit = (text, lang) => rules.split(text, lang);
  const accuracy = SETS.map(([label, f]) => {
    const cases = readJson(f);
    const ok = cases.filter((c) => passes(c, srxSplit)).length;
    return `${label.split(' ')[0]}${label.includes('48') ? '48' : label.includes('52') ? '52' : label.includes('Interlinea') ? '-own' : ''} ${pct(ok, cases.length).trim()}`;
  });
  const sample = sources.en.repeat(Math.ceil(2e6 / Buffer.byteLength(sources.en)));
  const t1 = process.hrtime.bigint();
  rules.split(sample, 'en');
  const s = Number(process.hrtime.bigint() - t1) / 1e9;
  console.log(
    `  ${file}: loaded in ${loadMs.toFixed(0)} ms, ${rules.problems.filter((p) => p.severity === 'skipped').length} rules skipped; accuracy ${accuracy.join(', ')}; en ${(Buffer.byteLength(sample) / 1e6 / s).toFixed(2)} MB/s`,
  );
}
