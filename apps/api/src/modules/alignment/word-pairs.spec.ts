import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BilingualLexicon } from '@interlinea/align';
import { WordPairs } from './word-pairs';

describe('WordPairs', () => {
  let dir: string;
  const saved = process.env.WORD_PAIRS_DIR;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'word-pairs-'));
    process.env.WORD_PAIRS_DIR = dir;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.WORD_PAIRS_DIR;
    else process.env.WORD_PAIRS_DIR = saved;
  });

  it('reads the word pairs built for a language pair once, and answers undefined for a pair without', async () => {
    const built = new BilingualLexicon([
      ['Vorstand', 'board'],
      ['Kasse', 'treasury'],
    ]);
    writeFileSync(path.join(dir, 'de-en.stem6.tsv'), built.toLines());
    const pairs = new WordPairs();
    const lexicon = await pairs.lexicon('de', 'en');
    expect(lexicon?.size).toBe(2);
    expect(await pairs.lexicon('de', 'en')).toBe(lexicon);
    expect(await pairs.lexicon('de', 'ru')).toBeUndefined();
  });
});
