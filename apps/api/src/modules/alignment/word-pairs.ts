import { Injectable, Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { BilingualLexicon } from '@interlinea/align';
import type { Language } from '@interlinea/shared';

/** Same name and format as scripts/support/word-pairs.mjs writes (`npm run build:word-pairs`). */
const CACHE_FORMAT = 'stem6';

/**
 * Bilingual word pairs for the aligner, from the FreeDict dictionaries Debian installs (GPL/CC-BY-SA data,
 * never in the repository): `npm run build:word-pairs` turns the installed ones into compact files (CI and
 * the Dockerfile do), which this reads once per language pair from WORD_PAIRS_DIR (default
 * .data/word-pairs under the working directory). Reading the dictionaries themselves takes seconds of CPU,
 * too long for a request; without the files the aligner works as before.
 */
@Injectable()
export class WordPairs {
  private readonly logger = new Logger(WordPairs.name);
  private readonly loaded = new Map<string, Promise<BilingualLexicon | undefined>>();
  private readonly dir = path.resolve(process.env.WORD_PAIRS_DIR || '.data/word-pairs');

  /** The lexicon from `from` into `to`, or undefined when none was built for the pair. */
  lexicon(from: Language, to: Language): Promise<BilingualLexicon | undefined> {
    const key = `${from}-${to}`;
    let promise = this.loaded.get(key);
    if (!promise) {
      promise = this.load(key).catch((error: Error) => {
        this.logger.warn(`alignment without the ${key} dictionary: ${error.message}`);
        return undefined;
      });
      this.loaded.set(key, promise);
    }
    return promise;
  }

  private async load(key: string): Promise<BilingualLexicon | undefined> {
    const file = path.join(this.dir, `${key}.${CACHE_FORMAT}.tsv`);
    if (!existsSync(file)) return undefined;
    const lexicon = BilingualLexicon.fromLines(await readFile(file, 'utf8'));
    this.logger.log(`dictionary ${key}: ${lexicon.size} headwords`);
    return lexicon.size ? lexicon : undefined;
  }
}
