import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { interlineaBuildFiles } from './build-plugins';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react(), interlineaBuildFiles()],
  resolve: {
    alias: {
      '@interlinea/shared': fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url)),
      '@interlinea/text-search': fileURLToPath(new URL('../../libs/text-search/src/index.ts', import.meta.url)),
      // the browser-safe part of the memory library (the rest reads files)
      '@interlinea/tm/browser': fileURLToPath(new URL('../../libs/tm/src/browser.ts', import.meta.url)),
      '@interlinea/inline-codes': fileURLToPath(new URL('../../libs/inline-codes/src/index.ts', import.meta.url)),
      // The browser uses the glossary's term matcher only (through @interlinea/qa); the rest of the
      // library reads CSV and TBX files with packages that need Node's Buffer.
      '@interlinea/glossary': fileURLToPath(new URL('../../libs/glossary/src/find-terms.ts', import.meta.url)),
      '@interlinea/qa': fileURLToPath(new URL('../../libs/qa/src/index.ts', import.meta.url)),
      '@interlinea/align': fileURLToPath(new URL('../../libs/align/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // Libraries change less often than the app: a separate chunk stays cached across releases.
      output: {
        codeSplitting: {
          groups: [
            // the dashboard's chart library, loaded only with the dashboard
            { name: 'charts', test: /node_modules[\\/]uplot[\\/].*\.js$/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            // zod's no-eval setting travels with zod: it runs before any chunk that defines a contract
            { name: 'vendor', test: /node_modules|zod-without-eval/ },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
