#!/usr/bin/env node
// Sentence alignment of pre-segmented editions (one sentence a line), printed in vecalign's notation.
//   node scripts/align.mjs LEFT.txt RIGHT.txt          links left–right, one a line: [i, j]:[k], [i]:[], []:[k]
//   node scripts/align.mjs LEFT.txt RIGHT.txt THIRD.txt three editions aligned consistently: the links of
//                                                       left–right, left–third, right–third, separated by a blank line
// Line numbers are 0-based; every line of every file is in exactly one link of each pair it belongs to.
import { readFileSync } from 'node:fs';
import { loadAlign } from './support/load-align.mjs';

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

const { alignEditions, formatLink } = loadAlign();
const editions = files.map((file) => ({ sentences: readLines(file) }));
const { pairs } = alignEditions(editions);
process.stdout.write(pairs.map((links) => links.map((l) => `${formatLink(l)}\n`).join('')).join('\n'));
