import type { AppConfig } from '../../config/app-config';
import type { GlossaryRepository } from '../glossary/glossary.repository';
import type { MachineTranslationRepository } from './machine-translation.repository';
import { MachineTranslator } from './machine-translator';
import type { MtCacheRepository } from './mt-cache.repository';
import type { MachineTranslationProvider, TranslateOptions } from './provider/translation-provider';

function setUp(batchSize = 50) {
  const stored = new Map<string, string>();
  const cache = {
    find: jest.fn(async (keys: string[]) => new Map(keys.filter((k) => stored.has(k)).map((k) => [k, stored.get(k)!]))),
    store: jest.fn(async (entries: { cacheKey: string; translatedText: string }[]) => entries.forEach((e) => stored.set(e.cacheKey, e.translatedText))),
  };
  const provider = {
    engine: 'DeepL' as const,
    translate: jest.fn(async (texts: string[], _source: string, _target: string, _options: TranslateOptions) => texts.map((t) => `[DE] ${t}`)),
    usage: jest.fn(),
    languages: jest.fn(async () => ({
      source: [],
      target: [
        { code: 'de', name: 'German', supportsFormality: true },
        { code: 'en-GB', name: 'English', supportsFormality: false },
      ],
    })),
  } satisfies MachineTranslationProvider;
  const config = { machineTranslation: { batchSize, englishVariant: 'en-GB' } } as AppConfig;
  const glossary = { list: jest.fn().mockResolvedValue([]) } as unknown as GlossaryRepository;
  const repository = { deeplGlossary: jest.fn().mockResolvedValue(null) } as unknown as MachineTranslationRepository;
  const translator = new MachineTranslator(provider, config, cache as unknown as MtCacheRepository, repository, glossary);
  return { translator, provider };
}

const request = (texts: string[], extra = {}) => ({
  projectId: 'p',
  source: 'en' as const,
  target: 'de' as const,
  texts,
  formality: 'default' as const,
  ...extra,
});

describe('MachineTranslator', () => {
  it('never pays twice for the same text: repeats in one call and later calls come from the cache', async () => {
    const { translator, provider } = setUp();
    const first = await translator.translate(request(['Unite!', 'Strike!', 'Unite!']));
    expect(first).toMatchObject({ texts: ['[DE] Unite!', '[DE] Strike!', '[DE] Unite!'], cached: [false, false, false] });
    expect(provider.translate).toHaveBeenCalledTimes(1);
    expect(provider.translate.mock.calls[0][0]).toEqual(['Unite!', 'Strike!']);
    const second = await translator.translate(request(['Strike!']));
    expect(second.cached).toEqual([true]);
    expect(provider.translate).toHaveBeenCalledTimes(1);
  });

  it('treats another formality or context as another request', async () => {
    const { translator, provider } = setUp();
    await translator.translate(request(['Unite!']));
    await translator.translate(request(['Unite!'], { formality: 'more' }));
    await translator.translate(request(['Unite!'], { context: 'Workers of the world' }));
    expect(provider.translate).toHaveBeenCalledTimes(3);
    expect(provider.translate.mock.calls[1][3]).toMatchObject({ formality: 'more' });
  });

  it('sends no formality to a target that does not support it', async () => {
    const { translator, provider } = setUp();
    const result = await translator.translate({ ...request(['Vereinigt euch!'], { formality: 'less' }), source: 'de', target: 'en' });
    expect(result.formality).toBe('default');
    expect(provider.translate.mock.calls[0][3].formality).toBeUndefined();
  });

  it('splits large requests into batches and sends texts with codes as XML apart from plain ones', async () => {
    const { translator, provider } = setUp(2);
    const result = await translator.translate(request(['a', 'b', 'c', '{1}d{/1}']));
    expect(provider.translate.mock.calls.map((c) => c[0])).toEqual([['<g id="1">d</g>'], ['a', 'b'], ['c']]);
    expect(provider.translate.mock.calls[0][3].tagHandling).toBe('xml');
    expect(result.texts[3]).toBe('[DE] {1}d{/1}');
  });
});
