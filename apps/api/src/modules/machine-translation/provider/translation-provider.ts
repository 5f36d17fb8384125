import type { Language } from '@interlinea/shared';

export interface TranslateOptions {
  /** Sent only when the target language supports it. */
  formality?: 'more' | 'less';
  glossaryId?: string;
  /** Text around the segment that helps the engine but is not translated (and not billed). */
  context?: string;
  /** The texts are XML (inline codes as tags). */
  tagHandling?: 'xml';
  /** Someone waits for it (a suggestion): the short timeout and few attempts, not the job's. */
  interactive?: boolean;
}

export interface ProviderLanguage {
  code: string;
  name: string;
  supportsFormality?: boolean;
}

export interface ProviderUsage {
  characterCount: number;
  characterLimit: number;
}

/** An MT engine. Small on purpose: another engine would implement the same three calls. */
export interface MachineTranslationProvider {
  readonly engine: 'DeepL';
  /** One result per text, in order. */
  translate(texts: string[], source: Language, target: Language, options: TranslateOptions): Promise<string[]>;
  usage(): Promise<ProviderUsage>;
  languages(): Promise<{ source: ProviderLanguage[]; target: ProviderLanguage[] }>;
}

/** An engine that keeps glossaries on its side (DeepL does), by id. */
export interface GlossaryProvider {
  createGlossary(name: string, source: Language, target: Language, entries: Record<string, string>): Promise<string>;
  deleteGlossary(id: string): Promise<void>;
}

/**
 * What went wrong, in terms a job or an editor can act on:
 * auth (the key is refused), quota (used up), timeout, rate (still 429 after retries),
 * unavailable (5xx or connection refused after retries), rejected (the engine refused the request).
 */
export type MtFailure = 'auth' | 'quota' | 'timeout' | 'rate' | 'unavailable' | 'rejected';

export class MtError extends Error {
  constructor(
    readonly failure: MtFailure,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }

  /** Waiting and trying again may help. */
  get transient(): boolean {
    return this.failure === 'rate' || this.failure === 'unavailable';
  }
}

export const MT_PROVIDER = Symbol('MT_PROVIDER');
