import type { Server } from 'node:http';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { CSRF_HEADER, type SessionResponse } from '@interlinea/shared';

/** One person's browser: keeps cookies and sends the CSRF header on mutations, as the web app does. */
export class TestBrowser {
  readonly agent: TestAgent;
  csrfToken = '';
  userId = '';

  constructor(server: Server) {
    this.agent = request.agent(server);
  }

  async login(email: string, password: string): Promise<this> {
    const res = await this.agent.post('/api/auth/login').send({ email, password }).expect(200);
    this.remember(res.body as SessionResponse);
    return this;
  }

  remember(session: SessionResponse): void {
    this.csrfToken = session.csrfToken;
    this.userId = session.user.id;
  }

  get(path: string) {
    return this.agent.get(path);
  }

  post(path: string, body?: object) {
    return this.agent.post(path).set(CSRF_HEADER, this.csrfToken).send(body);
  }

  put(path: string, body?: object) {
    return this.agent.put(path).set(CSRF_HEADER, this.csrfToken).send(body);
  }

  patch(path: string, body?: object) {
    return this.agent.patch(path).set(CSRF_HEADER, this.csrfToken).send(body);
  }

  delete(path: string) {
    return this.agent.delete(path).set(CSRF_HEADER, this.csrfToken);
  }

  /** A multipart upload of `file`, with other form fields (`confirmLanguage`, `mainContentOnly`) if given. */
  upload(path: string, fileName: string, content: Buffer | string, fields: Record<string, string> = {}) {
    let request = this.agent.post(path).set(CSRF_HEADER, this.csrfToken);
    for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
    return request.attach('file', Buffer.from(content), fileName);
  }
}
