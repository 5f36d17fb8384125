import * as deepl from 'deepl-node';
import type { Language } from '@interlinea/shared';
import type { MachineTranslationConfig } from '../../../config/app-config';
import {
  MtError,
  type GlossaryProvider,
  type MachineTranslationProvider,
  type ProviderLanguage,
  type ProviderUsage,
  type TranslateOptions,
} from './translation-provider';

/** DeepL through deepl-node: free keys (`:fx`) go to api-free.deepl.com, others to api.deepl.com, unless a server URL is set. */
export class DeeplProvider implements MachineTranslationProvider, GlossaryProvider {
  readonly engine = 'DeepL' as const;
  private readonly translator: deepl.Translator;
  /** For suggestions someone waits for: MT_SUGGESTION_TIMEOUT_MS and MT_SUGGESTION_RETRIES instead of the job's budget. */
  private readonly interactive: deepl.Translator;

  constructor(private readonly config: MachineTranslationConfig & { deeplAuthKey: string }) {
    const options = (maxRetries: number, minTimeout: number): deepl.TranslatorOptions => ({
      serverUrl: config.deeplServerUrl,
      maxRetries,
      minTimeout,
      appInfo: { appName: 'Interlinea', appVersion: '0.1.0' },
      sendPlatformInfo: false,
    });
    this.translator = new deepl.Translator(config.deeplAuthKey, options(config.maxRetries, config.timeoutMs));
    this.interactive = new deepl.Translator(config.deeplAuthKey, options(config.suggestionRetries, config.suggestionTimeoutMs));
  }

  async translate(texts: string[], source: Language, target: Language, options: TranslateOptions): Promise<string[]> {
    const translator = options.interactive ? this.interactive : this.translator;
    const results = await this.call(() =>
      translator.translateText(texts, source as deepl.SourceLanguageCode, this.targetCode(target), {
        formality: options.formality,
        glossary: options.glossaryId,
        context: options.context,
        tagHandling: options.tagHandling,
      }),
    );
    return results.map((r) => r.text);
  }

  async usage(): Promise<ProviderUsage> {
    const usage = await this.call(() => this.translator.getUsage());
    return { characterCount: usage.character?.count ?? 0, characterLimit: usage.character?.limit ?? 0 };
  }

  async languages(): Promise<{ source: ProviderLanguage[]; target: ProviderLanguage[] }> {
    const [source, target] = await this.call(() => Promise.all([this.translator.getSourceLanguages(), this.translator.getTargetLanguages()]));
    return { source: [...source], target: [...target] };
  }

  async createGlossary(name: string, source: Language, target: Language, entries: Record<string, string>): Promise<string> {
    const info = await this.call(() => this.translator.createGlossary(name, source, target, new deepl.GlossaryEntries({ entries })));
    return info.glossaryId;
  }

  async deleteGlossary(id: string): Promise<void> {
    try {
      await this.call(() => this.translator.deleteGlossary(id));
    } catch (error) {
      if (!(error instanceof MtError && error.cause instanceof deepl.GlossaryNotFoundError)) throw error;
    }
  }

  /** DeepL wants a variant for English targets. */
  targetCode(target: Language): deepl.TargetLanguageCode {
    return (target === 'en' ? this.config.englishVariant : target) as deepl.TargetLanguageCode;
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw toMtError(error);
    }
  }
}

const HOW_TO_FIX_KEY = 'check DEEPL_AUTH_KEY (DeepL account → API keys; free keys end in ":fx") and restart the server';

export function toMtError(error: unknown): MtError {
  if (error instanceof MtError) return error;
  if (error instanceof deepl.AuthorizationError) return new MtError('auth', `DeepL refused the API key: ${HOW_TO_FIX_KEY}.`, error);
  if (error instanceof deepl.QuotaExceededError) {
    return new MtError(
      'quota',
      'The DeepL character quota for this billing period is used up: raise the limit in the DeepL account or wait for the next period.',
      error,
    );
  }
  if (error instanceof deepl.TooManyRequestsError)
    return new MtError('rate', 'DeepL is receiving too many requests; tried several times. Try again in a minute.', error);
  if (error instanceof deepl.ConnectionError) {
    const timedOut = /timeout|ECONNABORTED|ETIMEDOUT/i.test(`${error.message} ${(error.error as { code?: string } | undefined)?.code ?? ''}`);
    return timedOut
      ? new MtError('timeout', 'DeepL did not answer in time (tried several times). Try again later.', error)
      : new MtError('unavailable', `DeepL could not be reached: ${error.message}`, error);
  }
  if (error instanceof deepl.GlossaryNotFoundError) return new MtError('rejected', 'The DeepL glossary was not found.', error);
  if (error instanceof deepl.DeepLError) {
    return /Service unavailable|status code: 5\d\d/.test(error.message)
      ? new MtError('unavailable', 'DeepL is unavailable right now (tried several times). Try again later.', error)
      : new MtError('rejected', `DeepL refused the request: ${error.message}`, error);
  }
  return new MtError('unavailable', `Machine translation failed: ${(error as Error)?.message ?? String(error)}`, error);
}
