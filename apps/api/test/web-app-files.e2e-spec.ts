import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';

/** The built web app as the API serves it: hashed files cached for good and sent compressed, the rest asked again. */
describe('serving the built web app', () => {
  let app: TestApp;
  let webDist: string;
  const script = `console.log(${JSON.stringify('Interlinea '.repeat(200))});`;

  beforeAll(async () => {
    webDist = mkdtempSync(path.join(tmpdir(), 'interlinea-web-'));
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Interlinea</title><script type="module" src="/assets/index-abc123.js"></script>');
    writeFileSync(path.join(webDist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(path.join(webDist, 'assets', 'index-abc123.js'), script);
    writeFileSync(path.join(webDist, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(path.join(webDist, 'assets', 'index-abc123.js.gz'), gzipSync(script));
    writeFileSync(path.join(webDist, 'assets', 'plain-def456.css'), 'body { margin: 0 }');
    app = await createTestApp({ WEB_DIST: webDist });
  });
  afterAll(async () => {
    await app.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const server = () => app.app.getHttpServer();

  it('sends a hashed file as brotli when the browser accepts it, kept for a year', async () => {
    // read raw from the socket: HTTP clients undo the compression on their own
    const listening = server().listen(0);
    const { port } = listening.address() as AddressInfo;
    const res = await new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      get({ port, path: '/assets/index-abc123.js', headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => resolve({ headers: r.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    await new Promise((closed) => listening.close(closed));
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('sends gzip to a browser without brotli, and the file itself to one that accepts neither', async () => {
    const gzip = await request(server()).get('/assets/index-abc123.js').set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toBe(script); // supertest unzips gzip
    const plain = await request(server()).get('/assets/index-abc123.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends a hashed file without a compressed copy as it is, also kept for a year', async () => {
    const res = await request(server()).get('/assets/plain-def456.css').set('Accept-Encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.text).toBe('body { margin: 0 }');
  });

  it('has the browser ask again for index.html, the app routes and the service worker', async () => {
    for (const url of ['/', '/documents/some-id/de', '/sw.js']) {
      const res = await request(server()).get(url);
      expect([url, res.status, res.headers['cache-control']]).toEqual([url, 200, 'no-cache']);
    }
    expect((await request(server()).get('/documents/some-id/de')).text).toContain('<title>Interlinea</title>');
  });

  it('answers 404 for a built file that is not there, compressed or not', async () => {
    expect((await request(server()).get('/assets/missing-000.js').set('Accept-Encoding', 'br')).status).toBe(404);
  });
});
