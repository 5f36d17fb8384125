#!/usr/bin/env node
// Sentence alignment of pre-segmented editions (one sentence a line), printed in vecalign's notation.
//   node scripts/align.mjs LEFT.txt RIGHT.txt          links left–right, one a line: [i, j]:[k], [i]:[], []:[k]
//   node scripts/align.mjs LEFT.txt RIGHT.txt THIRD.txt three editions aligned consistently: the links of
//                                                       left–right, left–third, right–third, separated by a blank line
// Line numbers are 0-based; every line of every file is in exactly one link of each pair it belongs to.
// The language of each file is guessed from its commonest words (ALIGN_LANGUAGES=de,fr,… names them); when a
// FreeDict dictionary of a pair is installed (apt-get install dict-freedict-deu-fra …), its word pairs
// help (scripts/support/word-pairs.mjs); ALIGN_NO_DICT=1 leaves them out.
import { readFileSync } from 'node:fs';
import { loadAlign } from './support/load-align.mjs';
import { loadLexicon } from './support/word-pairs.mjs';

const files = process.argv.slice(2);
if (files.length < 2 || files.length > 3) {
  console.error('usage: node scripts/align.mjs LEFT.txt RIGHT.txt [THIRD.txt]');
  process.exit(2);
}

function readLines(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`cannot read ${file}: ${error.message}`);
    process.exit(2);
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const align = loadAlign();
const { alignEditions, formatLink, guessLanguage } = align;
const editions = files.map((file) => ({ sentences: readLines(file) }));
const named = process.env.ALIGN_LANGUAGES?.split(',').map((l) => l.trim().toLowerCase());
const languages = editions.map((e, k) => named?.[k] || guessLanguage(e.sentences));
const pairOptions = (x, y) => {
  if (process.env.ALIGN_NO_DICT) return {};
  try {
    const bilingual = loadLexicon(align, languages[x], languages[y]);
    return bilingual ? { bilingual } : {};
  } catch (error) {
    console.error(`dictionary ${languages[x]}–${languages[y]} not used: ${error.message}`);
    return {};
  }
};
const { pairs } = alignEditions(editions, { pairOptions });
process.stdout.write(pairs.map((links) => links.map((l) => `${formatLink(l)}\n`).join('')).join('\n'));
