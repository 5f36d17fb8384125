import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Built files carry a hash of their content in their name: a browser may keep them for good. */
const FOREVER = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, assets.json) is asked again each time (a 304 when unchanged). */
const ASK_AGAIN = 'no-cache';
const BUILT_FILE = /^\/assets\/[\w.-]+$/;
/** Compressed copies written next to each built file by the web build (`.br`, `.gz`), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * The built React app: hashed files under /assets/ kept by browsers for a year and sent compressed
 * (brotli or gzip, compressed once at build time, as the browser accepts), every other file asked
 * again each time, and client-side routes falling back to index.html (not a missing built file: 404).
 */
export function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return;
  app.use(precompressed(webDist));
  app.useStaticAssets(webDist, {
    index: false,
    setHeaders: (res: Response, file: string) => {
      const built = path.relative(webDist, file).startsWith(`assets${path.sep}`);
      res.setHeader('Cache-Control', built ? FOREVER : ASK_AGAIN);
      if (built) res.setHeader('Vary', 'Accept-Encoding');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    // a built file of another build (an old tab asking for a screen's code) is not the app's page
    if (req.path.startsWith('/assets/')) return res.status(404).end();
    res.setHeader('Cache-Control', ASK_AGAIN);
    res.sendFile(index);
  });
}

/** A built file's compressed copy, when the browser accepts its encoding and the build wrote one. */
function precompressed(webDist: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !BUILT_FILE.test(req.path)) return next();
    // our order, not the header's: browsers list gzip before br, yet br is smaller
    const encoding = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name);
    const file = encoding && path.join(webDist, req.path + encoding.suffix);
    if (!encoding || !file || !fs.existsSync(file)) return next();
    res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Cache-Control', FOREVER);
    res.type(path.extname(req.path));
    res.sendFile(file, { cacheControl: false }, (error) => error && next(error));
  };
}
