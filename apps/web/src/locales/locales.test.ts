import { createI18n } from '../app/i18n';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`)));
}

/** Keys without plural suffixes, and for each plural key the categories present. */
function shape(tree: Tree): { plain: Set<string>; plurals: Map<string, Set<string>> } {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of flatten(tree)) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      plain.add(key);
      continue;
    }
    const base = key.slice(0, -match[0].length);
    plurals.set(base, (plurals.get(base) ?? new Set()).add(match[1]));
  }
  return { plain, plurals };
}

const languages = Object.keys(resources) as (keyof typeof resources)[];
const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];

describe('locales', () => {
  it.each(namespaces)('namespace "%s" has the same keys in en, ru and de', (ns) => {
    const english = shape(resources.en[ns] as Tree);
    for (const lng of languages) {
      const other = shape(resources[lng][ns] as Tree);
      expect({ lng, keys: [...other.plain].sort() }).toEqual({ lng, keys: [...english.plain].sort() });
      expect({ lng, plurals: [...other.plurals.keys()].sort() }).toEqual({ lng, plurals: [...english.plurals.keys()].sort() });
    }
  });

  it.each(languages)('every plural key in "%s" has each category the language needs', (lng) => {
    const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    for (const ns of namespaces) {
      for (const [key, categories] of shape(resources[lng][ns] as Tree).plurals) {
        expect({ key: `${ns}:${key}`, categories: needed.filter((c) => categories.has(c)) }).toEqual({ key: `${ns}:${key}`, categories: needed });
      }
    }
  });

  it('uses Russian one / few / many forms', () => {
    const { t } = createI18n('ru');
    expect([1, 3, 5, 21, 22, 111].map((count) => t('documents:segmentCount', { count }))).toEqual([
      '1 сегмент',
      '3 сегмента',
      '5 сегментов',
      '21 сегмент',
      '22 сегмента',
      '111 сегментов',
    ]);
    expect(t('common:progress.words', { done: 2, count: 5 })).toBe('2 из 5 слов');
  });

  it('formats numbers in the UI language', () => {
    expect(createI18n('de').t('documents:wordCount', { count: 12500 })).toBe('12.500 Wörter');
    expect(createI18n('en').t('documents:wordCount', { count: 1 })).toBe('1 word');
  });
});
