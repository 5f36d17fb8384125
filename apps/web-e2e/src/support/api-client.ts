import { CSRF_HEADER, SESSION_COOKIE, type SessionResponse } from '@interlinea/shared';

/** One person talking to a running workbench over HTTP, as the web app does: session cookie and CSRF header. */
export class ApiClient {
  private cookie = '';
  private csrf = '';

  constructor(private readonly baseUrl: string) {}

  /** The one-time setup of the first administrator. */
  async setUp(email: string, password: string, displayName: string): Promise<this> {
    return this.signIn('/api/auth/setup', { email, password, displayName }, 201);
  }

  async login(email: string, password: string): Promise<this> {
    return this.signIn('/api/auth/login', { email, password }, 200);
  }

  private async signIn(path: string, body: object, status: number): Promise<this> {
    const response = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status !== status) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    const session = (await response.json()) as SessionResponse;
    this.csrf = session.csrfToken;
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    this.cookie = cookie ? cookie.split(';')[0] : '';
    return this;
  }

  /** The raw answer (any status). */
  async call(method: string, path: string, body?: object | FormData): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (method !== 'GET') headers[CSRF_HEADER] = this.csrf;
    if (body && !(body instanceof FormData)) headers['content-type'] = 'application/json';
    return fetch(`${this.baseUrl}${path}`, { method, headers, body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined });
  }

  /** The JSON answer; throws on anything but 2xx. */
  async json<T>(method: string, path: string, body?: object | FormData): Promise<T> {
    const response = await this.call(method, path, body);
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /** A multipart upload of one file in the field `file` (or `field`), with other form fields. */
  upload(path: string, fileName: string, content: string | Buffer, fields: Record<string, string> = {}, field = 'file'): Promise<Response> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append(field, new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), fileName);
    return this.call('POST', path, form);
  }
}
