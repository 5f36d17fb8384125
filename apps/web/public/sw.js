/* global self, caches, fetch, URL, Request */
/*
 * Interlinea's service worker: keeps the app shell, and the few API answers needed to open an
 * edition, so the editor opens without a connection and its queued changes show (they wait in
 * IndexedDB and are sent by the page when the server answers again). Nothing else is cached, and
 * answers come from the network whenever it answers.
 */
const SHELL_CACHE = 'interlinea-shell-v1';
const API_CACHE = 'interlinea-api';
const SHELL_KEY = '/index.html';
/** GET answers the editor needs before it can show anything: who is signed in, the document, its project, its segments. */
const EDITOR_ANSWERS = [/^\/api\/auth\/me$/, /^\/api\/documents\/[^/]+$/, /^\/api\/documents\/[^/]+\/segments$/, /^\/api\/projects\/[^/]+$/];

/** The built files index.html loads first (hashed names under /assets/). */
function assetsOf(html) {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
}

/** Every built file (the screens' code is split into files index.html does not name), as the build lists them. */
async function builtFiles() {
  try {
    const response = await fetch('/assets.json', { cache: 'no-store', credentials: 'same-origin' });
    return response.ok ? await response.json() : [];
  } catch {
    return [];
  }
}

async function keepShell(response) {
  const cache = await caches.open(SHELL_CACHE);
  const html = await response.clone().text();
  await cache.put(SHELL_KEY, response);
  const assets = [...new Set([...assetsOf(html), ...(await builtFiles())])];
  const missing = [];
  for (const asset of assets) if (!(await cache.match(asset))) missing.push(asset);
  await cache.addAll(missing);
  // Files of older builds are no longer part of the app: drop them.
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !assets.includes(path)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch('/', { cache: 'no-store', credentials: 'same-origin' });
      if (response.ok) await keepShell(response);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('interlinea-shell') && name !== SHELL_CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** A page of the app: the network's index.html (kept as the shell, after the answer), else the kept shell. */
async function page(event) {
  try {
    const response = await fetch(event.request);
    if (response.ok && (response.headers.get('Content-Type') || '').includes('text/html')) event.waitUntil(keepShell(response.clone()));
    return response;
  } catch (error) {
    const shell = await caches.match(SHELL_KEY, { cacheName: SHELL_CACHE });
    if (shell) return shell;
    throw error;
  }
}

/** A built file: its name changes with its content, so a kept copy is always right. */
async function asset(request) {
  const kept = await caches.match(request, { cacheName: SHELL_CACHE });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(SHELL_CACHE)).put(request, response.clone());
  return response;
}

/**
 * An answer the editor opens with: the network's, kept for later; the kept one when the network fails
 * or the server says it is unavailable (503, its database away).
 */
async function editorAnswer(request) {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(API_CACHE)).put(request, response.clone());
    else if (response.status === 401) await caches.delete(API_CACHE);
    else if (response.status === 503) return (await caches.match(request, { cacheName: API_CACHE, ignoreVary: true })) || response;
    return response;
  } catch (error) {
    const kept = await caches.match(request, { cacheName: API_CACHE, ignoreVary: true });
    if (kept) return kept;
    throw error;
  }
}

/** The page took its first answers before this worker controlled it: it names them, and they are kept now. */
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'keep-answers' || !Array.isArray(data.urls)) return;
  const wanted = data.urls
    .map((u) => new URL(u, self.location.origin))
    .filter((u) => u.origin === self.location.origin && EDITOR_ANSWERS.some((p) => p.test(u.pathname)));
  event.waitUntil(
    Promise.all(
      wanted.map((u) => editorAnswer(new Request(u.href, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })).catch(() => undefined)),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && !url.pathname.startsWith('/api/')) event.respondWith(page(event));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
  else if (EDITOR_ANSWERS.some((pattern) => pattern.test(url.pathname)) && (request.headers.get('Accept') || '').includes('application/json')) {
    event.respondWith(editorAnswer(request));
  }
});
