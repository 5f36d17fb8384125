import { checkCodes } from './check-codes';
import { checkConsistency } from './check-consistency';
import { checkEndPunctuation } from './check-end-punctuation';
import { checkLength } from './check-length';
import { checkNumbers } from './check-numbers';
import { checkSegment } from './check-segment';
import { checkSpaces } from './check-spaces';
import { checkGlossary } from './check-terms';
import { checkTypography } from './check-typography';
import { checkUnbalanced } from './check-unbalanced';
import { checkEmpty, checkUntranslated } from './check-untranslated';
import { hasSeverity, worstSeverity, type QaLanguage, type QaSegment } from './finding';
import { messageFor, messageLanguage } from './messages';

const NB = '\u00A0';
const seg = (source: string, target: string, sourceLanguage: QaLanguage = 'en', targetLanguage: QaLanguage = 'de'): QaSegment => ({
  source,
  target,
  sourceLanguage,
  targetLanguage,
});
const marked = (text: string, f: { start: number; end: number }) => text.slice(f.start, f.end);

describe('CODE_* checks', () => {
  it('points at the source token that is missing and the target token that is extra', () => {
    const target = 'Drücken Sie {2/}Speichern.';
    const found = checkCodes('Press {1}Save{/1}.', target);
    expect(found.map((f) => [f.code, f.params.token, f.severity])).toEqual([
      ['CODE_MISSING', '{1}', 'error'],
      ['CODE_MISSING', '{/1}', 'error'],
      ['CODE_EXTRA', '{2/}', 'error'],
    ]);
    expect(found[0].sourceStart).toBe(6);
    expect(marked(target, found[2])).toBe('{2/}');
  });
  it('accepts codes moved with their phrase, not crossed pairs', () => {
    expect(checkCodes('{1}Bold{/1} and {2}italic{/2}', '{2}Kursiv{/2} und {1}fett{/1}')).toEqual([]);
    expect(checkCodes('{1}a {2}b{/2}{/1}', '{1}a {2}b{/1}{/2}').map((f) => f.code)).toEqual(['CODE_ORDER']);
    expect(checkCodes('{1}a{/1} b', '{/1}a{1} b').map((f) => f.code)).toEqual(['CODE_ORDER']);
  });
});

describe('NUMBER_MISMATCH', () => {
  it.each([
    ['en', 'de', 'Total: 1,000.5 m', `Gesamt: 1.000,5${NB}m`],
    ['en', 'ru', 'Total: 1,000.5 m', `Итого: 1${NB}000,5${NB}м`],
    ['en', 'ru', 'Total: 1,000.5 m', 'Итого: 1\u2009000,5 м'],
    ['de', 'ru', 'Am 7. November', '7 ноября'],
    ['ru', 'de', '7 ноября', 'am 7. November'],
    ['ru', 'en', 'С 1 по 3 декабря', 'From 1 to 3 December'],
    ['en', 'ru', 'On the 7th of November', '7-го ноября'],
    ['en', 'de', 'Released on 2025-03-01.', 'Veröffentlicht am 01.03.2025.'],
    ['en', 'ru', 'Due 11/07/2025', 'Срок — 07.11.2025'],
    ['en', 'de', 'Due 11/07/2025', 'Fällig am 11.07.2025'],
    ['de', 'en', 'im März 2024', 'in March 2024'],
    ['ru', 'en', 'в марте 2024 года', 'in March 2024'],
    ['en', 'de', 'two or 3 times', 'zwei- oder dreimal'],
    ['ru', 'en', 'Три варианта', '3 options'],
    ['en', 'de', 'Python 3.12.1 is out', 'Python 3.12.1 ist erschienen'],
    ['en', 'ru', 'Version 2.5', 'Версия 2.5'],
    ['en', 'de', '{1}10{/1} items', '{1}10{/1} Artikel'],
    ['en', 'de', 'The shop closes at 6 p.m.', 'Das Geschäft schließt um 18 Uhr.'],
    ['en', 'ru', 'Open from 9 am to 5:30 pm.', 'Открыто с 9 до 17:30.'],
    ['de', 'en', 'Beginn um 20:15 Uhr.', 'Starts at 8:15 p.m.'],
  ] as [QaLanguage, QaLanguage, string, string][])('%s→%s: %s = %s', (from, to, source, target) => {
    expect(checkNumbers(seg(source, target, from, to))).toEqual([]);
  });

  it('reports a changed number at its place in the target, with both values', () => {
    const target = `Das Paket wiegt 3,5${NB}kg.`;
    const [found] = checkNumbers(seg('The package weighs 2.5 kg.', target));
    expect(found).toMatchObject({ code: 'NUMBER_MISMATCH', severity: 'error', params: { kind: 'changed', source: '2.5', target: '3,5' } });
    expect(marked(target, found)).toBe('3,5');
    expect(messageFor(found, 'en')).toBe('The number 2.5 of the source is 3,5 here.');
  });
  it('reads numbers in the target notation: a German 1,000 is one, not a thousand', () => {
    expect(checkNumbers(seg('1,000 visitors', '1,000 Besucher')).map((f) => f.params.kind)).toEqual(['changed']);
    expect(checkNumbers(seg('1,000 visitors', '1.000 Besucher'))).toEqual([]);
    expect(checkNumbers(seg('1,000 visitors', '1.000 посетителей', 'en', 'ru')).length).toBeGreaterThan(0);
    expect(checkNumbers(seg('3.5 hours', '3.5 часа', 'en', 'ru')).length).toBeGreaterThan(0);
  });
  it('reports a missing number with its place in the source, and an added one', () => {
    const missing = checkNumbers(seg('Call us 24 hours a day.', 'Rufen Sie uns rund um die Uhr an.'));
    expect(missing).toMatchObject([{ params: { kind: 'missing', source: '24' }, sourceStart: 8, sourceEnd: 10 }]);
    const extra = checkNumbers(seg('Call us now.', 'Rufen Sie uns jetzt an: 0800 123.'));
    expect(extra.map((f) => f.params.kind)).toEqual(['extra', 'extra']);
  });
  it('compares dates as dates: day, month and year', () => {
    expect(checkNumbers(seg('on 7 November 2025', 'am 7. November 2024'))).toHaveLength(1);
    expect(checkNumbers(seg('on 7 November', '7 октября', 'en', 'ru'))).toHaveLength(1);
    expect(checkNumbers(seg('on 1st May', 'am 1. Mai'))).toEqual([]);
  });
});

describe('SPACES', () => {
  it('finds leading, trailing and double spaces and spaces before punctuation, where they are', () => {
    const target = ' Hallo  Welt , wie geht es ? ';
    const found = checkSpaces(seg('Hello world, how are you?', target));
    expect(found.map((f) => f.params.kind)).toEqual(['leading', 'trailing', 'double', 'beforePunctuation', 'beforePunctuation']);
    expect(marked(target, found[2])).toBe('  ');
  });
  it('keeps the source’s own spacing and a space before ".NET"', () => {
    expect(checkSpaces(seg('Hello  world', 'Hallo  Welt'))).toEqual([]);
    expect(checkSpaces(seg('Built on .NET today', 'Gebaut mit .NET heute'))).toEqual([]);
    expect(checkSpaces(seg('Wait … what?', 'Warte … was?'))).toEqual([]);
  });
});

describe('END_PUNCTUATION', () => {
  it.each([
    ['He said "yes."', 'Er sagte „ja“.'],
    ['He said “yes.”', 'Он сказал «да».'],
    ['Really?!', 'Wirklich?!'],
    ['(See below.)', '(Siehe unten.)'],
    ['Click {1}here{/1}.', 'Klicken Sie {1}hier{/1}.'],
    ['Wait...', 'Warte…'],
    ['Heading', 'Überschrift'],
    ['Steps:', 'Schritte:'],
  ])('%s ≈ %s', (source, target) => {
    expect(checkEndPunctuation(seg(source, target))).toEqual([]);
  });
  it('flags a colon turned into a full stop', () => {
    expect(checkEndPunctuation(seg('Note:', 'Hinweis.'))).toHaveLength(1);
  });
  it('says which marks differ', () => {
    const [found] = checkEndPunctuation(seg('Is it ready?', 'Ist es fertig!'));
    expect(found.params).toEqual({ source: '?', target: '!' });
    expect(messageFor(found, 'de')).toBe('Der Ausgangstext endet auf „?“, die Übersetzung auf „!“.');
  });
});

describe('UNBALANCED', () => {
  it('ignores apostrophes, list labels and a source that is itself cut inside a quotation', () => {
    expect(checkUnbalanced(seg("It's the students' book.", 'Es ist das Buch der Studenten.'))).toEqual([]);
    expect(checkUnbalanced(seg('a) first b) second', 'a) erstens b) zweitens'))).toEqual([]);
    expect(checkUnbalanced(seg('1) Open the file.', '1) Откройте файл.', 'en', 'ru'))).toEqual([]);
    expect(checkUnbalanced(seg('“He said so', '„Er sagte es'))).toEqual([]);
    expect(checkUnbalanced(seg('Don’t ‘quote’ me', 'Zitieren Sie mich nicht'))).toEqual([]);
  });
  it('points at the bracket or quote left open', () => {
    const target = 'Siehe [Anhang.';
    const [found] = checkUnbalanced(seg('See [appendix].', target));
    expect(marked(target, found)).toBe('[');
    expect(checkUnbalanced(seg('He said “no”.', 'Он сказал «нет.', 'en', 'ru'))).toHaveLength(1);
    expect(checkUnbalanced(seg('He said “no”.', 'Он сказал нет».', 'en', 'ru'))).toHaveLength(1);
  });
});

describe('TYPOGRAPHY', () => {
  const typo = (target: string, language: QaLanguage) => checkTypography(seg('', target, 'en', language)).map((f) => f.params.kind);
  it.each([
    ['ru', 'Он сказал: «Мы победим».'],
    ['ru', 'Он сказал: «Фильм „Брат“ вышел давно».'],
    ['ru', '— Привет, — сказал он.'],
    ['ru', 'Москва — столица России.'],
    ['ru', 'В 1941–1945 годах.'],
    ['ru', `Вес — 5${NB}кг, длина — 10${NB}м.`],
    ['ru', `Лекцию читал проф. И.${NB}И.${NB}Иванов.`],
    ['ru', `См. §${NB}3 и №${NB}7.`],
    ['ru', 'Ну что ж… посмотрим.'],
    ['ru', 'Это было в 2025 году.'],
    ['de', 'Er sagte: „Wir werden gewinnen.“'],
    ['de', 'Er sagte: »Wir werden gewinnen.«'],
    ['de', 'Sie fragte: „Kennst du ‚Faust‘?“'],
    ['de', 'Das Ergebnis – ein Erfolg – überraschte alle.'],
    ['de', 'Das Ergebnis — ein Erfolg — überraschte alle.'],
    ['de', `Die Strecke ist 12${NB}km lang und kostet 5${NB}€.`],
    ['de', 'Die Seiten 10–20 und 5 - 3 = 2.'],
    ['de', 'Gibt’s das auch in Blau?'],
    ['de', 'Ein E-Mail-Programm für Max Müller'],
    ['en', 'He said, “We’ll win.”'],
    ['en', 'She called it ‘the best day’.'],
    ['en', 'The result—a success—surprised everyone.'],
    ['en', 'It’s the students’ book, isn’t it?'],
    ['en', 'The road is 12 km long and costs 50%.'],
    ['en', 'A 12" screen'],
    ['en', 'Well-known, state-of-the-art tools.'],
  ] as [QaLanguage, string][])('%s: %s has none', (language, target) => {
    expect(typo(target, language)).toEqual([]);
  });
  it.each([
    ['ru', 'Он сказал: "Мы победим".', ['straightQuotes', 'straightQuotes']],
    ['ru', 'Он сказал: “Мы победим”.', ['quotes', 'quotes']],
    ['ru', 'Он сказал: „Мы победим“.', ['quotes']],
    ['ru', 'Он сказал: »Мы победим«.', ['quotes', 'quotes']],
    ['ru', 'Москва - столица России.', ['hyphenAsDash']],
    ['ru', 'Москва – столица России.', ['dash']],
    ['ru', 'Москва—столица России.', ['dash']],
    ['ru', 'Вес 5 кг.', ['nbspUnit']],
    ['ru', 'Рост цен 12 %.', ['nbspUnit']],
    ['ru', 'Приказ № 15.', ['nbspSign']],
    ['ru', 'Приказ №15.', ['nbspSign']],
    ['ru', 'Стихи А. С. Пушкина.', ['nbspInitials', 'nbspInitials']],
    ['ru', 'Стихи А.С.Пушкина.', ['nbspInitials', 'nbspInitials']],
    ['ru', 'Автор — Пушкин А. С.', ['nbspInitials', 'nbspInitials']],
    ['ru', 'Ну что ж... посмотрим.', ['ellipsis']],
    ['de', 'Er sagte: "Wir gewinnen."', ['straightQuotes', 'straightQuotes']],
    ['de', 'Er sagte: “Wir gewinnen.”', ['quotes', 'quotes']],
    ['de', 'Er sagte: «Wir gewinnen.»', ['quotes', 'quotes']],
    ['de', 'Das Ergebnis - ein Erfolg - überraschte alle.', ['hyphenAsDash', 'hyphenAsDash']],
    ['de', 'Die Strecke ist 12 km lang.', ['nbspUnit']],
    ['de', 'Nach § 5 BGB.', ['nbspSign']],
    ['de', 'Moment...', ['ellipsis']],
    ['en', 'He said, "We will win."', ['straightQuotes', 'straightQuotes']],
    ['en', 'He said, „We will win.“', ['quotes', 'quotes']],
    ['en', 'He said, «We will win.»', ['quotes', 'quotes']],
    ['en', 'The result - a success - surprised everyone.', ['hyphenAsDash', 'hyphenAsDash']],
    ['en', 'The result--a success.', ['hyphenAsDash']],
    ['en', 'Wait...', ['ellipsis']],
    ['en', "She called it 'the best day'.", ['straightQuotes']],
  ] as [QaLanguage, string, string[]][])('%s: %s has %j', (language, target, kinds) => {
    expect(typo(target, language)).toEqual(kinds);
  });
  it('highlights the spot and names the right marks', () => {
    const target = 'Он сказал: "Мы победим".';
    const [first] = checkTypography(seg('', target, 'en', 'ru'));
    expect(marked(target, first)).toBe('"');
    expect(messageFor(first, 'ru')).toBe('Прямые кавычки; нужны «…» („…“).');
  });
});

describe('UNTRANSLATED and EMPTY', () => {
  it('flags a copied sentence but not names, numbers, codes or URLs', () => {
    expect(checkUntranslated(seg('Save your changes.', 'Save your changes.'))).toHaveLength(1);
    expect(checkUntranslated(seg('Сохраните изменения.', 'Сохраните изменения.', 'ru', 'en'))).toHaveLength(1);
    for (const text of [
      '2025',
      '{1}42{/1}',
      'https://interlinea.example/help',
      'Interlinea',
      'Max Mustermann',
      'iPhone 15 Pro',
      'ISO 9001:2015',
      'info@example.com',
    ]) {
      expect(checkUntranslated(seg(text, text))).toEqual([]);
    }
  });
  it('flags a target of only spaces or codes as empty, as an error', () => {
    expect(checkEmpty(seg('Hello {1/}', '{1/} '))).toMatchObject([{ code: 'EMPTY', severity: 'error' }]);
    expect(checkEmpty(seg('{1/}', ''))).toEqual([]);
    expect(checkSegment(seg('Hello.', '')).map((f) => f.code)).toEqual(['EMPTY']);
  });
});

describe('LENGTH', () => {
  it('leaves short segments and usual ratios alone', () => {
    expect(checkLength(seg('OK', 'Einverstanden'))).toEqual([]);
    expect(
      checkLength(seg('The file could not be saved because the disk is full.', 'Die Datei konnte nicht gespeichert werden, weil der Datenträger voll ist.')),
    ).toEqual([]);
    expect(
      checkLength(seg('Файл не удалось сохранить, потому что диск заполнен.', 'The file could not be saved because the disk is full.', 'ru', 'en')),
    ).toEqual([]);
  });
  it('flags a translation far too short or too long for the pair', () => {
    const [found] = checkLength(seg('The file could not be saved because the disk is full.', 'Fehler.'));
    expect(found.params.usual).toBe(120);
    expect(found.params.ratio).toBeLessThan(20);
  });
});

describe('TERM_MISSING and TERM_FORBIDDEN', () => {
  const terms = [
    { sourceTerm: 'edition', targetTerm: 'издание', forbidden: ['редакция'] },
    { sourceTerm: 'segment', targetTerm: 'Segment', forbidden: [] },
  ];
  it('accepts the approved term in any inflected form', () => {
    expect(checkGlossary(seg('Open the edition.', 'Откройте издания.', 'en', 'ru'), terms)).toEqual([]);
  });
  it('flags a missing term (warning, source position) and a forbidden variant (error, target position)', () => {
    const target = 'Откройте редакцию.';
    const found = checkGlossary(seg('Open the edition.', target, 'en', 'ru'), terms);
    expect(found.map((f) => [f.code, f.severity])).toEqual([
      ['TERM_MISSING', 'warning'],
      ['TERM_FORBIDDEN', 'error'],
    ]);
    expect(found[0].sourceStart).toBe(9);
    expect(marked(target, found[1])).toBe('редакцию');
    expect(messageFor(found[1], 'en')).toBe('Glossary: “редакцию” is a forbidden translation of “edition”; use “издание”.');
  });
});

describe('INCONSISTENT', () => {
  it('flags the same source translated two ways and two sources translated the same', () => {
    const found = checkConsistency([
      { segmentId: 'a', source: 'Save', target: 'Speichern' },
      { segmentId: 'b', source: 'Save', target: 'Sichern' },
      { segmentId: 'c', source: 'Store', target: 'Speichern' },
      { segmentId: 'd', source: 'Cancel', target: 'Abbrechen' },
      { segmentId: 'e', source: 'Cancel.', target: 'Abbrechen' },
      { segmentId: 'f', source: '2025', target: '2025' },
      { segmentId: 'g', source: 'Open', target: '' },
    ]);
    expect([...found.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(found.get('b')![0].params).toMatchObject({ kind: 'sourceTranslatedDifferently', other: 'Speichern', otherSegmentId: 'a' });
    expect(found.get('c')![0].params).toMatchObject({ kind: 'targetUsedForDifferentSources', other: 'Save' });
  });
});

describe('settings, severity and messages', () => {
  it('leaves out the checks switched off', () => {
    const segment = seg('Weighs 2.5 kg.', 'Wiegt 3,5 kg.');
    expect(checkSegment(segment).map((f) => f.code)).toEqual(['NUMBER_MISMATCH', 'TYPOGRAPHY']);
    expect(checkSegment(segment, { disabled: ['NUMBER_MISMATCH'] }).map((f) => f.code)).toEqual(['TYPOGRAPHY']);
  });
  it('tells the worst severity', () => {
    expect(worstSeverity([])).toBeNull();
    expect(worstSeverity([{ severity: 'warning' }])).toBe('warning');
    expect(worstSeverity([{ severity: 'warning' }, { severity: 'error' }])).toBe('error');
    expect(hasSeverity([{ severity: 'error' }], 'warning')).toBe(true);
    expect(hasSeverity([{ severity: 'warning' }], 'error')).toBe(false);
  });
  it('writes messages in en, ru and de, chosen from Accept-Language', () => {
    const f = { code: 'EMPTY' as const, params: {} };
    expect(messageFor(f, 'en')).toBe('The translation is empty.');
    expect(messageFor(f, 'ru')).toBe('Перевод пуст.');
    expect(messageFor(f, 'de-AT')).toBe('Die Übersetzung ist leer.');
    expect(messageFor(f, 'fr')).toBe('The translation is empty.');
    expect(messageLanguage('fr-FR,de;q=0.8,ru;q=0.9')).toBe('ru');
  });
});
