import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake DeepL received it. */
export interface DeeplRequest {
  method: string;
  path: string;
  key: string | null;
  /** Form or query parameters; `text` is in `texts`. */
  params: Record<string, string>;
  texts: string[];
  status?: number;
  /** False while held (slow, or a key that is never answered) or when the client gave up. */
  answered: boolean;
}

interface Glossary {
  id: string;
  name: string;
  source: string;
  target: string;
  entries: [string, string][];
  created: string;
}

type Injected = { status: number; body?: object } | { delayMs: number };

const LANGUAGES = [
  { language: 'DE', name: 'German', supports_formality: true },
  { language: 'EN-GB', name: 'English (British)', supports_formality: false },
  { language: 'EN-US', name: 'English (American)', supports_formality: false },
  { language: 'RU', name: 'Russian', supports_formality: true },
];

/**
 * A local server that speaks DeepL's API v2 as deepl-node uses it. It "translates" by prefixing the
 * target language (`[DE] `) and substituting glossary terms, records every request, and can be told
 * to answer the next translations with 429/5xx/456, to be slow, or to hold a key's requests forever.
 */
export class FakeDeeplServer {
  readonly requests: DeeplRequest[] = [];
  readonly glossaries = new Map<string, Glossary>();
  validKeys = new Set(['test-key', 'test-key:fx', 'second-key']);
  /** Requests with these keys are never answered (a process that died mid-request). */
  heldKeys = new Set<string>();
  /** After this many answered translations for the key, its further translate requests are held. */
  holdAfter: { key: string; answered: number } | undefined;
  characterCount = 0;
  characterLimit = 500_000;
  /** Every translate request waits this long before it is answered (a slow DeepL, to catch a job mid-way). */
  translateDelayMs = 0;
  private readonly injected: Injected[] = [];
  private readonly held: { key: string | null; res: http.ServerResponse }[] = [];
  private server: http.Server | undefined;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The next translate requests get these answers, in order, before normal service resumes. */
  failNext(...answers: Injected[]): void {
    this.injected.push(...answers);
  }

  /** Cuts the connections of the key's held requests and refuses the key from now on (403). */
  dropHeld(key: string): void {
    this.validKeys.delete(key);
    this.heldKeys.delete(key);
    if (this.holdAfter?.key === key) this.holdAfter = undefined;
    for (const { res } of this.held.filter((h) => h.key === key)) res.socket?.destroy();
  }

  translateRequests(): DeeplRequest[] {
    return this.requests.filter((r) => r.path === '/v2/translate');
  }

  /** Texts DeepL answered (and so billed), one entry per time a text was sent. */
  answeredTexts(): string[] {
    return this.translateRequests()
      .filter((r) => r.answered && r.status === 200)
      .flatMap((r) => r.texts);
  }

  reset(): void {
    this.requests.length = 0;
    this.injected.length = 0;
    this.heldKeys.clear();
    this.holdAfter = undefined;
    this.characterCount = 0;
    this.characterLimit = 500_000;
    this.translateDelayMs = 0;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    const body = await readBody(req);
    const form = new URLSearchParams(req.method === 'GET' ? url.search : body);
    const key = /^DeepL-Auth-Key (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    const record: DeeplRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      key,
      params: Object.fromEntries([...form.entries()].filter(([k]) => k !== 'text')),
      texts: form.getAll('text'),
      answered: false,
    };
    this.requests.push(record);
    const reply = (status: number, payload?: object | string, type = 'application/json') => {
      if (res.destroyed) return;
      record.status = status;
      record.answered = true;
      res.writeHead(status, { 'Content-Type': type });
      res.end(payload === undefined ? undefined : typeof payload === 'string' ? payload : JSON.stringify(payload));
    };
    if (key && this.heldKeys.has(key)) return void this.held.push({ key, res }); // never answered
    if (this.holdAfter && key === this.holdAfter.key && record.path === '/v2/translate') {
      const answered = this.translateRequests().filter((r) => r.key === key && r.answered).length;
      if (answered >= this.holdAfter.answered) return void this.held.push({ key, res });
    }
    if (!key || !this.validKeys.has(key)) return reply(403, { message: 'Wrong auth key' });
    if (record.path === '/v2/translate') {
      const injected = this.injected.shift();
      if (injected && 'delayMs' in injected) await new Promise((r) => setTimeout(r, injected.delayMs));
      else if (injected) return reply(injected.status, injected.body ?? { message: `injected ${injected.status}` });
      if (this.translateDelayMs > 0) await new Promise((r) => setTimeout(r, this.translateDelayMs));
      return this.translate(record, form, reply);
    }
    return this.route(record, form, reply);
  }

  private translate(record: DeeplRequest, form: URLSearchParams, reply: (s: number, p?: object | string) => void): void {
    const characters = record.texts.reduce((n, t) => n + t.length, 0);
    if (this.characterCount + characters > this.characterLimit) return reply(456, { message: 'Quota exceeded' });
    const target = (form.get('target_lang') ?? '').toUpperCase();
    if (!target || record.texts.length === 0 || record.texts.length > 50) return reply(400, { message: 'Bad request' });
    const glossaryId = form.get('glossary_id');
    const glossary = glossaryId ? this.glossaries.get(glossaryId) : undefined;
    if (glossaryId && !glossary) return reply(404, { message: 'Glossary not found' });
    this.characterCount += characters;
    const translations = record.texts.map((text) => {
      let translated = text;
      for (const [source, targetTerm] of glossary?.entries ?? []) translated = translated.split(source).join(targetTerm);
      return {
        detected_source_language: (form.get('source_lang') ?? 'EN').toUpperCase(),
        text: `[${target.slice(0, 2)}] ${translated}`,
        billed_characters: text.length,
      };
    });
    reply(200, { translations });
  }

  private route(record: DeeplRequest, form: URLSearchParams, reply: (s: number, p?: object | string, type?: string) => void): void {
    const { method, path } = record;
    if (path === '/v2/usage') return reply(200, { character_count: this.characterCount, character_limit: this.characterLimit });
    if (path === '/v2/languages')
      return reply(200, form.get('type') === 'target' ? LANGUAGES : LANGUAGES.map(({ language, name }) => ({ language: language.slice(0, 2), name })));
    if (path === '/v2/glossary-language-pairs') {
      const codes = ['de', 'en', 'ru'];
      return reply(200, { supported_languages: codes.flatMap((s) => codes.filter((t) => t !== s).map((t) => ({ source_lang: s, target_lang: t }))) });
    }
    if (path === '/v2/glossaries' && method === 'POST') {
      const entries = (form.get('entries') ?? '')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\t') as [string, string]);
      const glossary: Glossary = {
        id: randomUUID(),
        name: form.get('name') ?? '',
        source: form.get('source_lang') ?? '',
        target: form.get('target_lang') ?? '',
        entries,
        created: new Date().toISOString(),
      };
      this.glossaries.set(glossary.id, glossary);
      return reply(201, info(glossary));
    }
    if (path === '/v2/glossaries' && method === 'GET') return reply(200, { glossaries: [...this.glossaries.values()].map(info) });
    const match = /^\/v2\/glossaries\/([^/]+)(\/entries)?$/.exec(path);
    const glossary = match ? this.glossaries.get(match[1]) : undefined;
    if (match && !glossary) return reply(404, { message: 'Glossary not found' });
    if (glossary && match?.[2]) return reply(200, glossary.entries.map((e) => e.join('\t')).join('\n'), 'text/tab-separated-values');
    if (glossary && method === 'DELETE') {
      this.glossaries.delete(glossary.id);
      return reply(204);
    }
    if (glossary) return reply(200, info(glossary));
    reply(404, { message: `no route ${method} ${path}` });
  }
}

function info(g: Glossary) {
  return {
    glossary_id: g.id,
    name: g.name,
    ready: true,
    source_lang: g.source,
    target_lang: g.target,
    creation_time: g.created,
    entry_count: g.entries.length,
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
