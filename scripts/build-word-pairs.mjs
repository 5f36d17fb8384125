#!/usr/bin/env node
// Turns every installed FreeDict dictionary (Debian's dict-freedict-*, see README) of the app's languages
// into the compact word-pair files the aligner reads (.data/word-pairs/, not in the repository). The
// scripts also do this on first use of a pair; this does all pairs at once, e.g. after installing more.
import { loadAlign } from './support/load-align.mjs';
import { CACHE_DIR, DICTD_DIR, installedPairs, loadLexicon } from './support/word-pairs.mjs';

const align = loadAlign();
const pairs = installedPairs();
if (!pairs.length) console.log(`No FreeDict dictionary in ${DICTD_DIR}: the aligner works without (apt-get install dict-freedict-deu-fra …).`);
for (const [a, b] of pairs) {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ]) {
    const lexicon = loadLexicon(align, from, to);
    console.log(`${from}–${to}: ${lexicon ? lexicon.size.toLocaleString('en') : 0} headwords`);
  }
}
if (pairs.length) console.log(`Written to ${CACHE_DIR}`);
