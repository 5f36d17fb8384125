import type { QaCode, QaFinding } from './finding';

export type QaMessageLanguage = 'en' | 'ru' | 'de';

/**
 * Finding messages per language: a template per code, or per code and `params.kind`
 * (`NUMBER_MISMATCH.changed`). `{{name}}` is replaced by the finding's param. The web app's `qa`
 * namespace holds the same templates under `finding.*` (a test keeps them equal).
 */
export const QA_MESSAGES: Record<QaMessageLanguage, Record<string, string>> = {
  en: {
    CODE_MISSING: 'The code {{token}} of the source is missing.',
    CODE_EXTRA: 'The code {{token}} is not in the source (or is there fewer times).',
    CODE_ORDER: 'The paired codes are crossed: {{token}} closes a code that is not open at that point.',
    'NUMBER_MISMATCH.changed': 'The number {{source}} of the source is {{target}} here.',
    'NUMBER_MISMATCH.missing': 'The number {{source}} of the source is missing.',
    'NUMBER_MISMATCH.extra': 'The number {{target}} is not in the source.',
    'SPACES.leading': 'A space at the start.',
    'SPACES.trailing': 'A space at the end.',
    'SPACES.double': 'Two spaces in a row.',
    'SPACES.beforePunctuation': 'A space before “{{mark}}”.',
    END_PUNCTUATION: 'The source ends with “{{source}}”, the translation with “{{target}}”.',
    UNBALANCED: '“{{mark}}” is not closed or not opened.',
    'TYPOGRAPHY.straightQuotes': 'Straight quotation marks; use {{expected}}.',
    'TYPOGRAPHY.quotes': 'Quotation marks of the wrong kind; use {{expected}}.',
    'TYPOGRAPHY.hyphenAsDash': 'A hyphen used as a dash; use “{{expected}}”.',
    'TYPOGRAPHY.dash': 'Use a dash spaced like this: “{{expected}}”.',
    'TYPOGRAPHY.nbspUnit': 'Use a no-break space between the number and the unit.',
    'TYPOGRAPHY.nbspSign': 'Use a no-break space after № or §.',
    'TYPOGRAPHY.nbspInitials': 'Use no-break spaces between initials and the surname.',
    'TYPOGRAPHY.ellipsis': 'Three dots; use the ellipsis “…”.',
    UNTRANSLATED: 'The translation is the same as the source.',
    EMPTY: 'The translation is empty.',
    LENGTH: 'The translation is {{ratio}} % of the source’s length; {{usual}} % is usual for these languages.',
    TERM_MISSING: 'Glossary: “{{found}}” should be translated as “{{targetTerm}}”.',
    TERM_FORBIDDEN: 'Glossary: “{{variant}}” is a forbidden translation of “{{sourceTerm}}”; use “{{targetTerm}}”.',
    'INCONSISTENT.sourceTranslatedDifferently': 'The same source is translated differently elsewhere: “{{other}}”.',
    'INCONSISTENT.targetUsedForDifferentSources': 'The same translation is used for another source: “{{other}}”.',
  },
  ru: {
    CODE_MISSING: 'Нет кода {{token}} из оригинала.',
    CODE_EXTRA: 'Кода {{token}} нет в оригинале (или он там встречается реже).',
    CODE_ORDER: 'Парные коды перекрещиваются: {{token}} закрывает код, который здесь не открыт.',
    'NUMBER_MISMATCH.changed': 'Число {{source}} из оригинала здесь стало {{target}}.',
    'NUMBER_MISMATCH.missing': 'Нет числа {{source}} из оригинала.',
    'NUMBER_MISMATCH.extra': 'Числа {{target}} нет в оригинале.',
    'SPACES.leading': 'Пробел в начале.',
    'SPACES.trailing': 'Пробел в конце.',
    'SPACES.double': 'Два пробела подряд.',
    'SPACES.beforePunctuation': 'Пробел перед «{{mark}}».',
    END_PUNCTUATION: 'Оригинал кончается на «{{source}}», перевод — на «{{target}}».',
    UNBALANCED: '«{{mark}}»: скобка или кавычка не закрыта либо не открыта.',
    'TYPOGRAPHY.straightQuotes': 'Прямые кавычки; нужны {{expected}}.',
    'TYPOGRAPHY.quotes': 'Кавычки не того вида; нужны {{expected}}.',
    'TYPOGRAPHY.hyphenAsDash': 'Дефис вместо тире; нужно «{{expected}}».',
    'TYPOGRAPHY.dash': 'Тире ставится так: «{{expected}}».',
    'TYPOGRAPHY.nbspUnit': 'Между числом и единицей нужен неразрывный пробел.',
    'TYPOGRAPHY.nbspSign': 'После № или § нужен неразрывный пробел.',
    'TYPOGRAPHY.nbspInitials': 'Между инициалами и фамилией нужны неразрывные пробелы.',
    'TYPOGRAPHY.ellipsis': 'Три точки; нужно многоточие «…».',
    UNTRANSLATED: 'Перевод совпадает с оригиналом.',
    EMPTY: 'Перевод пуст.',
    LENGTH: 'Длина перевода — {{ratio}} % от оригинала; для этой пары языков обычно {{usual}} %.',
    TERM_MISSING: 'Глоссарий: «{{found}}» переводится как «{{targetTerm}}».',
    TERM_FORBIDDEN: 'Глоссарий: «{{variant}}» — запрещённый перевод «{{sourceTerm}}»; нужно «{{targetTerm}}».',
    'INCONSISTENT.sourceTranslatedDifferently': 'Тот же оригинал в другом месте переведён иначе: «{{other}}».',
    'INCONSISTENT.targetUsedForDifferentSources': 'Тот же перевод стоит у другого оригинала: «{{other}}».',
  },
  de: {
    CODE_MISSING: 'Der Code {{token}} des Ausgangstexts fehlt.',
    CODE_EXTRA: 'Der Code {{token}} steht nicht im Ausgangstext (oder dort seltener).',
    CODE_ORDER: 'Die Code-Paare überkreuzen sich: {{token}} schließt einen Code, der an dieser Stelle nicht offen ist.',
    'NUMBER_MISMATCH.changed': 'Aus der Zahl {{source}} des Ausgangstexts ist hier {{target}} geworden.',
    'NUMBER_MISMATCH.missing': 'Die Zahl {{source}} des Ausgangstexts fehlt.',
    'NUMBER_MISMATCH.extra': 'Die Zahl {{target}} steht nicht im Ausgangstext.',
    'SPACES.leading': 'Leerzeichen am Anfang.',
    'SPACES.trailing': 'Leerzeichen am Ende.',
    'SPACES.double': 'Zwei Leerzeichen hintereinander.',
    'SPACES.beforePunctuation': 'Leerzeichen vor „{{mark}}“.',
    END_PUNCTUATION: 'Der Ausgangstext endet auf „{{source}}“, die Übersetzung auf „{{target}}“.',
    UNBALANCED: '„{{mark}}“: Klammer oder Anführungszeichen nicht geschlossen oder nicht geöffnet.',
    'TYPOGRAPHY.straightQuotes': 'Gerade Anführungszeichen; richtig sind {{expected}}.',
    'TYPOGRAPHY.quotes': 'Anführungszeichen der falschen Art; richtig sind {{expected}}.',
    'TYPOGRAPHY.hyphenAsDash': 'Bindestrich statt Gedankenstrich; richtig ist „{{expected}}“.',
    'TYPOGRAPHY.dash': 'Gedankenstrich mit Leerzeichen setzen: „{{expected}}“.',
    'TYPOGRAPHY.nbspUnit': 'Zwischen Zahl und Einheit gehört ein geschütztes Leerzeichen.',
    'TYPOGRAPHY.nbspSign': 'Nach № oder § gehört ein geschütztes Leerzeichen.',
    'TYPOGRAPHY.nbspInitials': 'Zwischen Initialen und Nachnamen gehören geschützte Leerzeichen.',
    'TYPOGRAPHY.ellipsis': 'Drei Punkte; richtig ist die Auslassung „…“.',
    UNTRANSLATED: 'Die Übersetzung ist gleich dem Ausgangstext.',
    EMPTY: 'Die Übersetzung ist leer.',
    LENGTH: 'Die Übersetzung hat {{ratio}} % der Länge des Ausgangstexts; üblich sind {{usual}} % für dieses Sprachpaar.',
    TERM_MISSING: 'Glossar: „{{found}}“ wird mit „{{targetTerm}}“ übersetzt.',
    TERM_FORBIDDEN: 'Glossar: „{{variant}}“ ist eine verbotene Übersetzung von „{{sourceTerm}}“; richtig ist „{{targetTerm}}“.',
    'INCONSISTENT.sourceTranslatedDifferently': 'Derselbe Ausgangstext ist an anderer Stelle anders übersetzt: „{{other}}“.',
    'INCONSISTENT.targetUsedForDifferentSources': 'Dieselbe Übersetzung steht bei einem anderen Ausgangstext: „{{other}}“.',
  },
};

/** The template key of a finding: `CODE.kind` when the code has kinds, else `CODE`. */
export function messageKey(finding: Pick<QaFinding, 'code' | 'params'>): string {
  const kind = finding.params.kind;
  const keyed = kind !== undefined ? `${finding.code}.${kind}` : finding.code;
  return keyed in QA_MESSAGES.en ? keyed : finding.code;
}

/** Picks en, ru or de from a language tag or an Accept-Language header ("de-DE,de;q=0.9,en;q=0.8"); English otherwise. */
export function messageLanguage(header: string | null | undefined): QaMessageLanguage {
  const tags = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.map((r) => /^q=([\d.]+)$/.exec(r.trim())).find(Boolean);
      return { tag: tag.toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return (tags.find((t) => t.tag === 'en' || t.tag === 'ru' || t.tag === 'de')?.tag as QaMessageLanguage | undefined) ?? 'en';
}

/** The finding's message in `language` (en, ru, de; anything else reads English). */
export function messageFor(finding: Pick<QaFinding, 'code' | 'params'>, language: string): string {
  const table = QA_MESSAGES[messageLanguage(language)];
  const template = table[messageKey(finding)] ?? QA_MESSAGES.en[messageKey(finding)] ?? (finding.code as QaCode);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(finding.params[name] ?? ''));
}
