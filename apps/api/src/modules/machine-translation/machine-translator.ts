import { createHash } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Formality, Language } from '@interlinea/shared';
import { hasCodeTokens } from '@interlinea/inline-codes';
import { GlossaryRepository } from '../glossary/glossary.repository';
import { codesToXml, xmlToCodes } from './inline-codes';
import { MachineTranslationRepository } from './machine-translation.repository';
import { MtCacheRepository } from './mt-cache.repository';
import {
  MT_PROVIDER,
  MtError,
  type GlossaryProvider,
  type MachineTranslationProvider,
  type ProviderLanguage,
  type TranslateOptions,
} from './provider/translation-provider';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export interface MachineTranslationRequest {
  projectId: string;
  source: Language;
  target: Language;
  /** Segment texts, inline codes as `{1}…{/1}` / `{2/}`. */
  texts: string[];
  formality: Formality;
  context?: string;
  /** Someone waits for the answer (a suggestion): short timeout, few attempts. */
  interactive?: boolean;
}

export interface MachineTranslationResult {
  texts: string[];
  cached: boolean[];
  /** The formality actually sent (default when the target does not support one). */
  formality: Formality;
  glossaryApplied: boolean;
}

type Provider = MachineTranslationProvider & Partial<GlossaryProvider>;

const LANGUAGES_TTL_MS = 60 * 60 * 1000;

/**
 * Every MT call of the application goes through here: results are cached in PostgreSQL by everything
 * that shapes them (so nothing is paid for twice), the project glossary for the pair is synced to the
 * engine and sent along, formality is sent where the target supports it, inline codes travel as XML.
 */
@Injectable()
export class MachineTranslator {
  private languagesCache: { at: number; target: ProviderLanguage[]; source: ProviderLanguage[] } | undefined;

  constructor(
    @Optional() @Inject(MT_PROVIDER) private readonly provider: Provider | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: MtCacheRepository,
    private readonly repository: MachineTranslationRepository,
    private readonly glossary: GlossaryRepository,
  ) {}

  get enabled(): boolean {
    return !!this.provider;
  }

  get engine(): 'DeepL' {
    return 'DeepL';
  }

  /** Callers check `enabled` first; this guards against forgetting. */
  requireProvider(): Provider {
    if (!this.provider) throw new MtError('auth', 'Machine translation is off: DEEPL_AUTH_KEY is not set.');
    return this.provider;
  }

  async usage() {
    return this.requireProvider().usage();
  }

  async translate(request: MachineTranslationRequest): Promise<MachineTranslationResult> {
    const provider = this.requireProvider();
    const formality = await this.effectiveFormality(request.target, request.formality);
    const glossary = await this.syncGlossary(request.projectId, request.source, request.target);
    const payloads = request.texts.map((text) => (hasCodeTokens(text) ? { body: codesToXml(text), xml: true } : { body: text, xml: false }));
    const keys = payloads.map((p) =>
      cacheKey([provider.engine, request.source, request.target, formality, glossary?.entriesHash ?? '', request.context ?? '', p.xml ? 'xml' : '', p.body]),
    );
    const hits = await this.cache.find(keys);
    const missing = [...new Map(keys.map((key, i) => [key, i] as const).filter(([key]) => !hits.has(key))).values()];
    for (const group of [missing.filter((i) => payloads[i].xml), missing.filter((i) => !payloads[i].xml)]) {
      for (let start = 0; start < group.length; start += this.config.machineTranslation.batchSize) {
        const batch = group.slice(start, start + this.config.machineTranslation.batchSize);
        const options: TranslateOptions = {
          formality: formality === 'default' ? undefined : formality,
          glossaryId: glossary?.glossaryId,
          context: request.context || undefined,
          tagHandling: payloads[batch[0]].xml ? 'xml' : undefined,
          interactive: request.interactive,
        };
        const translated = await provider.translate(
          batch.map((i) => payloads[i].body),
          request.source,
          request.target,
          options,
        );
        const entries = batch.map((i, k) => ({
          cacheKey: keys[i],
          engine: provider.engine,
          sourceLanguage: request.source,
          targetLanguage: request.target,
          sourceText: payloads[i].body,
          translatedText: translated[k],
          characters: payloads[i].body.length,
        }));
        await this.cache.store(entries);
        for (const e of entries) hits.set(e.cacheKey, e.translatedText);
      }
    }
    const missed = new Set(missing.map((i) => keys[i]));
    return {
      texts: keys.map((key, i) => (payloads[i].xml ? xmlToCodes(hits.get(key) ?? '') : (hits.get(key) ?? ''))),
      cached: keys.map((key) => !missed.has(key)),
      formality,
      glossaryApplied: !!glossary,
    };
  }

  /** Formality goes to DeepL only for targets that support it (German, Russian; not English). */
  private async effectiveFormality(target: Language, setting: Formality): Promise<Formality> {
    if (setting === 'default') return 'default';
    const languages = await this.languages();
    const code = target === 'en' ? this.config.machineTranslation.englishVariant : target;
    const entry = languages.target.find((l) => l.code.toLowerCase() === code.toLowerCase());
    return entry?.supportsFormality ? setting : 'default';
  }

  /** Supported languages, read from the engine and kept for an hour. */
  async languages(): Promise<{ source: ProviderLanguage[]; target: ProviderLanguage[] }> {
    if (this.languagesCache && Date.now() - this.languagesCache.at < LANGUAGES_TTL_MS) return this.languagesCache;
    const languages = await this.requireProvider().languages();
    this.languagesCache = { at: Date.now(), ...languages };
    return languages;
  }

  /**
   * The engine's copy of the project glossary for a pair, created or replaced when the terms changed
   * (a DeepL glossary cannot be edited). Null when the pair has no terms.
   */
  private async syncGlossary(projectId: string, source: Language, target: Language): Promise<{ glossaryId: string; entriesHash: string } | null> {
    const provider = this.requireProvider();
    if (!provider.createGlossary || !provider.deleteGlossary) return null;
    const terms = await this.glossary.list(projectId, source, target);
    const current = await this.repository.deeplGlossary(projectId, source, target);
    if (terms.length === 0) {
      if (current) {
        await provider.deleteGlossary(current.glossaryId).catch(() => undefined);
        await this.repository.forgetDeeplGlossary(projectId, source, target);
      }
      return null;
    }
    const entries = Object.fromEntries(terms.map((t) => [t.sourceTerm, t.targetTerm]));
    const entriesHash = cacheKey(
      Object.entries(entries)
        .sort(([a], [b]) => a.localeCompare(b))
        .flat(),
    );
    if (current?.entriesHash === entriesHash) return current;
    const glossaryId = await provider.createGlossary(`interlinea ${projectId} ${source}-${target}`, source, target, entries);
    await this.repository.saveDeeplGlossary(projectId, source, target, { glossaryId, entriesHash });
    if (current) await provider.deleteGlossary(current.glossaryId).catch(() => undefined);
    return { glossaryId, entriesHash };
  }
}

function cacheKey(parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
