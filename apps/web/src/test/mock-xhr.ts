/** One request sent through the fake XMLHttpRequest. */
export interface XhrCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type XhrHandler = (call: XhrCall) => { status: number; body: unknown };

/**
 * Replaces XMLHttpRequest (used for uploads, which report progress) with a fake that answers from
 * `handler` after reporting the upload at 50 % and 100 %. Records every request.
 */
export function mockXhr(handler: XhrHandler): { calls: XhrCall[]; restore: () => void } {
  const calls: XhrCall[] = [];
  const original = window.XMLHttpRequest;

  class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    withCredentials = false;
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private method = 'GET';
    private url = '';
    private readonly headers: Record<string, string> = {};

    open(method: string, url: string): void {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string): void {
      this.headers[name] = value;
    }
    abort(): void {
      this.onabort?.();
    }
    send(body: unknown): void {
      const call = { method: this.method, url: this.url, headers: this.headers, body };
      calls.push(call);
      setTimeout(() => {
        for (const loaded of [50, 100]) this.upload.onprogress?.({ lengthComputable: true, loaded, total: 100 } as ProgressEvent);
        const answer = handler(call);
        this.status = answer.status;
        this.responseText = JSON.stringify(answer.body);
        this.onload?.();
      }, 0);
    }
  }

  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  return { calls, restore: () => (window.XMLHttpRequest = original) };
}
