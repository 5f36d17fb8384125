import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|svg|json)$/;

/**
 * Build steps of the web app beyond Vite's own, once its files are written (final, with every
 * placeholder of Vite's filled in):
 * - every built JS/CSS file also as `.br` and `.gz`, compressed once here at the best level (the API
 *   sends the copy the browser accepts, so nothing is compressed per request);
 * - `assets.json`, the list of every built file, which the service worker keeps for offline use (the
 *   screens' code is split into files index.html does not name).
 */
export function interlineaBuildFiles(): Plugin {
  return {
    name: 'interlinea-build-files',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      const built = Object.keys(bundle).filter((name) => name.startsWith('assets/') && !name.endsWith('.map'));
      writeFileSync(path.join(outDir, 'assets.json'), JSON.stringify(built.map((name) => `/${name}`)));
      for (const name of built) {
        if (!COMPRESSIBLE.test(name)) continue;
        const file = bundle[name];
        const source = Buffer.from(file.type === 'chunk' ? file.code : file.source);
        if (source.length < 1024) continue;
        const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length } });
        writeFileSync(path.join(outDir, `${name}.br`), brotli);
        writeFileSync(path.join(outDir, `${name}.gz`), gzipSync(source, { level: 9 }));
      }
    },
  };
}
