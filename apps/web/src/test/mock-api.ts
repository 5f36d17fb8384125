/** One recorded call to the mocked API. */
export interface ApiCall {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

type Handler = (call: ApiCall) => Response | Promise<Response>;

/** A JSON response like the API's. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/**
 * Replaces `fetch` with a table of `"METHOD /path"` handlers (query strings ignored) and records
 * every call. Anything not in the table answers 404, so a forgotten route shows up in the test.
 */
export function mockApi(routes: Record<string, Handler>): { calls: ApiCall[]; restore: () => void } {
  const calls: ApiCall[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const raw = init?.body;
    const call: ApiCall = {
      method,
      path: url.pathname + url.search,
      body: typeof raw === 'string' ? JSON.parse(raw) : raw,
      headers: (init?.headers ?? {}) as Record<string, string>,
    };
    calls.push(call);
    const handler = routes[`${method} ${url.pathname}`];
    return handler ? handler(call) : jsonResponse(404, { code: 'NOT_FOUND', message: `no mock for ${method} ${url.pathname}` });
  }) as typeof fetch;
  return { calls, restore: () => (globalThis.fetch = original) };
}
