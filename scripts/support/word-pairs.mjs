// Bilingual word pairs for the aligner, from the FreeDict dictionaries Debian installs (dict-freedict-*,
// dictd format: a .index of "headword<TAB>offset<TAB>length" in base 64 and a .dict.dz, gzip with random
// access, which zlib reads whole). The dictionaries are GPL/CC-BY-SA data and are not in the repository: CI
// and the Dockerfile install them, and the aligner works without them (cognates, anchors and the lexicon
// it learns from the text itself).
//
// The first use of a language pair turns its dictionaries (both directions when installed) into a compact
// file of word stems under .data/word-pairs/ or WORD_PAIRS_DIR (`npm run build:word-pairs` does all pairs at
// once; the API reads the same files); later uses read that file.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DICTD_DIR = process.env.DICTD_DIR ?? '/usr/share/dictd';
export const CACHE_DIR = process.env.WORD_PAIRS_DIR ? path.resolve(process.env.WORD_PAIRS_DIR) : path.join(root, '.data/word-pairs');
/** Changes when libs/align's word stems change, so that an old cache is not read. */
const CACHE_FORMAT = 'stem6';

/** FreeDict's ISO 639-3 codes for the ISO 639-1 codes the app uses. */
const CODE3 = { en: 'eng', de: 'deu', fr: 'fra', ru: 'rus', es: 'spa', it: 'ita', nl: 'nld', pt: 'por', pl: 'pol' };

/** (headword, translation) pairs of one installed dictd dictionary (the parsing is libs/align's dictdPairs). */
function readDictd(dictdPairs, base) {
  return dictdPairs(readFileSync(`${base}.index`, 'utf8'), gunzipSync(readFileSync(`${base}.dict.dz`)));
}

const dictdBase = (from, to) => path.join(DICTD_DIR, `freedict-${CODE3[from]}-${CODE3[to]}`);
const installed = (from, to) => CODE3[from] && CODE3[to] && existsSync(`${dictdBase(from, to)}.index`) && existsSync(`${dictdBase(from, to)}.dict.dz`);

/** Language pairs (ISO 639-1) with a FreeDict dictionary installed in either direction. */
export function installedPairs() {
  if (!existsSync(DICTD_DIR)) return [];
  const byCode = Object.fromEntries(Object.entries(CODE3).map(([two, three]) => [three, two]));
  const pairs = new Set();
  for (const name of readdirSync(DICTD_DIR)) {
    const m = /^freedict-([a-z]{3})-([a-z]{3})\.index$/.exec(name);
    if (m && byCode[m[1]] && byCode[m[2]]) pairs.add([byCode[m[1]], byCode[m[2]]].sort().join('-'));
  }
  return [...pairs].map((p) => p.split('-'));
}

/**
 * The BilingualLexicon from `from` into `to` (libs/align, as loadAlign() gives it, is passed in), or undefined when no
 * dictionary of the pair is installed or cached.
 */
export function loadLexicon({ BilingualLexicon, dictdPairs }, from, to) {
  if (!from || !to || from === to) return undefined;
  const cache = path.join(CACHE_DIR, `${from}-${to}.${CACHE_FORMAT}.tsv`);
  const sources = [installed(from, to) && dictdBase(from, to), installed(to, from) && dictdBase(to, from)].filter(Boolean);
  const newestSource = Math.max(0, ...sources.map((s) => statSync(`${s}.index`).mtimeMs));
  if (existsSync(cache) && statSync(cache).mtimeMs >= newestSource) {
    const lexicon = BilingualLexicon.fromLines(readFileSync(cache, 'utf8'));
    return lexicon.size ? lexicon : undefined;
  }
  if (!sources.length) return undefined;
  let lexicon = new BilingualLexicon();
  if (installed(from, to)) lexicon = lexicon.merge(new BilingualLexicon(readDictd(dictdPairs, dictdBase(from, to))));
  if (installed(to, from)) lexicon = lexicon.merge(new BilingualLexicon(readDictd(dictdPairs, dictdBase(to, from))).reversed());
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cache, lexicon.toLines());
  } catch {
    // a read-only checkout: use the dictionaries without caching them
  }
  return lexicon.size ? lexicon : undefined;
}
