import { checkSegment } from './check-segment';
import type { QaCode, QaLanguage } from './finding';

/**
 * The gold set: real sentences in the three languages, translated right (no finding) and wrong (the
 * findings named). Every case asserts the exact set of codes, so a false positive fails as surely as a
 * missed problem.
 */
type Case = [from: QaLanguage, to: QaLanguage, source: string, target: string, codes: QaCode[]];

const NB = '\u00A0';
const NNB = '\u202F';
const THIN = '\u2009';

const right: Case[] = [
  // en → de
  ['en', 'de', 'The package weighs 2.5 kg.', `Das Paket wiegt 2,5${NB}kg.`, []],
  ['en', 'de', 'Revenue grew to 1,250,000 euros in 2024.', `Der Umsatz stieg 2024 auf 1.250.000${NB}Euro.`, []],
  ['en', 'de', 'The meeting is on 7 November 2025.', 'Die Sitzung findet am 7. November 2025 statt.', []],
  ['en', 'de', 'The meeting is on November 7, 2025.', 'Die Sitzung ist am 07.11.2025.', []],
  ['en', 'de', 'She finished 1st in the race.', 'Sie wurde 1. im Rennen.', []],
  ['en', 'de', 'Press {1}Save{/1} to keep your changes.', 'Drücken Sie {1}Speichern{/1}, um Ihre Änderungen zu behalten.', []],
  ['en', 'de', 'He said: “We will win.”', 'Er sagte: „Wir werden gewinnen.“', []],
  ['en', 'de', 'He said: “We will win.”', 'Er sagte: »Wir werden gewinnen.«', []],
  ['en', 'de', 'The store opens at 10:30 a.m.', 'Das Geschäft öffnet um 10:30 Uhr.', []],
  ['en', 'de', 'Do you need help?', 'Brauchen Sie Hilfe?', []],
  ['en', 'de', 'The result was clear – nobody had expected it.', 'Das Ergebnis war eindeutig – niemand hatte es erwartet.', []],
  ['en', 'de', 'Prices rose by 3.7% last year.', `Die Preise stiegen im letzten Jahr um 3,7${NB}%.`, []],
  ['en', 'de', 'See section 5 for details.', `Einzelheiten siehe §${NB}5.`, []],
  ['en', 'de', 'Three people attended the course.', 'Drei Personen nahmen an dem Kurs teil.', []],
  ['en', 'de', 'The course lasts 3 days.', 'Der Kurs dauert drei Tage.', []],
  ['en', 'de', 'Wait for it…', 'Warten Sie ab…', []],
  ['en', 'de', 'Install version 2.5 of the app.', 'Installieren Sie Version 2.5 der App.', []],
  ['en', 'de', 'Microsoft Office', 'Microsoft Office', []],
  ['en', 'de', 'https://example.com/docs', 'https://example.com/docs', []],
  ['en', 'de', 'Chapter 12 (pages 40–52) explains the method.', 'Kapitel 12 (Seiten 40–52) erläutert die Methode.', []],
  // en → ru
  ['en', 'ru', 'The package weighs 2.5 kg.', `Посылка весит 2,5${NB}кг.`, []],
  ['en', 'ru', 'The city has 1,000,000 inhabitants.', `В городе 1${NB}000${NB}000 жителей.`, []],
  ['en', 'ru', 'The city has 12,500 inhabitants.', `В городе 12${THIN}500 жителей.`, []],
  ['en', 'ru', 'The city has 12,500 inhabitants.', `В городе 12${NNB}500 жителей.`, []],
  ['en', 'ru', 'The city has 12,500 inhabitants.', 'В городе 12 500 жителей.', []],
  ['en', 'ru', 'The meeting is on 7 November 2025.', 'Встреча состоится 7 ноября 2025 года.', []],
  ['en', 'ru', 'He was born on May 3, 1990.', 'Он родился 3 мая 1990 года.', []],
  ['en', 'ru', 'She came 2nd.', 'Она заняла 2-е место.', []],
  ['en', 'ru', 'He said: “We will win.”', 'Он сказал: «Мы победим».', []],
  ['en', 'ru', 'The sign read “No ‘free’ parking”.', 'На табличке было написано: «Никакой „бесплатной“ парковки».', []],
  ['en', 'ru', 'Moscow is big - and very old.', 'Москва большая — и очень старая.', []],
  ['en', 'ru', 'The poem by A. S. Pushkin is famous.', `Стихотворение А.${NB}С.${NB}Пушкина знаменито.`, []],
  ['en', 'ru', 'Order No. 15 was signed.', `Приказ №${NB}15 подписан.`, []],
  ['en', 'ru', 'Click {1}here{/1} to open {2/} the file.', 'Нажмите {1}здесь{/1}, чтобы открыть {2/} файл.', []],
  ['en', 'ru', 'Do you agree?', 'Вы согласны?', []],
  ['en', 'ru', 'The temperature fell to -5 °C.', `Температура упала до −5${NB}°C.`, []],
  ['en', 'ru', 'Interest rate: 4.25%', `Процентная ставка: 4,25${NB}%`, []],
  ['en', 'ru', 'One day, everything changed.', 'Однажды всё изменилось.', []],
  ['en', 'ru', 'The iPhone 15 Pro', 'iPhone 15 Pro', []],
  // de → en
  ['de', 'en', 'Der Umsatz betrug 1.234,56 Euro.', 'Revenue was 1,234.56 euros.', []],
  ['de', 'en', 'Am 3. Oktober ist Feiertag.', 'October 3 is a public holiday.', []],
  ['de', 'en', 'Er sagte: „Ich komme morgen.“', 'He said, “I’ll come tomorrow.”', []],
  ['de', 'en', 'Das ist der 2. Versuch.', 'This is the 2nd attempt.', []],
  ['de', 'en', 'Die Datei ist 15 MB groß.', 'The file is 15 MB in size.', []],
  ['de', 'en', 'Es kostet 5 % mehr als im Vorjahr.', 'It costs 5% more than last year.', []],
  // de → ru
  ['de', 'ru', 'Der Vertrag wurde am 1. März 2024 unterschrieben.', 'Договор был подписан 1 марта 2024 года.', []],
  ['de', 'ru', 'Die Strecke ist 12,5 km lang.', `Длина трассы — 12,5${NB}км.`, []],
  // ru → en
  ['ru', 'en', 'Население составляет 146 млн человек.', 'The population is 146 million people.', []],
  ['ru', 'en', 'Цена — 1 500,75 рубля.', 'The price is 1,500.75 roubles.', []],
  ['ru', 'en', 'Он сказал: «Я приду завтра».', 'He said: “I’ll come tomorrow.”', []],
  ['ru', 'en', 'Заседание назначено на 15 января 2026 г.', 'The meeting is scheduled for January 15, 2026.', []],
  ['ru', 'en', 'Это 3-й вариант.', 'This is the 3rd option.', []],
  ['ru', 'en', 'Что вы думаете?', 'What do you think?', []],
  // ru → de
  ['ru', 'de', 'Цена — 1 500,75 рубля.', `Der Preis beträgt 1.500,75${NB}Rubel.`, []],
  ['ru', 'de', 'Он сказал: «Я приду завтра».', 'Er sagte: „Ich komme morgen.“', []],
  ['ru', 'de', '21 июня 2025 года прошёл фестиваль.', 'Am 21. Juni 2025 fand das Festival statt.', []],
];

const wrong: Case[] = [
  // inline codes
  ['en', 'de', 'Press {1}Save{/1} to keep your changes.', 'Drücken Sie Speichern, um Ihre Änderungen zu behalten.', ['CODE_MISSING']],
  ['en', 'ru', 'Click {1}here{/1}.', 'Нажмите {1}здесь{/1}{2/}.', ['CODE_EXTRA']],
  ['en', 'de', 'A {1}bold {2}and italic{/2}{/1} word.', 'Ein {1}fettes {2}und kursives{/1}{/2} Wort.', ['CODE_ORDER']],
  // numbers
  ['en', 'de', 'The package weighs 2.5 kg.', `Das Paket wiegt 3,5${NB}kg.`, ['NUMBER_MISMATCH']],
  ['en', 'de', 'Revenue grew to 1,250,000 euros.', `Der Umsatz stieg auf 1,250,000${NB}Euro.`, ['NUMBER_MISMATCH']],
  ['en', 'de', 'The price is 2.5 euros.', `Der Preis beträgt 2.5${NB}Euro.`, ['NUMBER_MISMATCH']],
  ['en', 'ru', 'The city has 12,500 inhabitants.', 'В городе 12,500 жителей.', ['NUMBER_MISMATCH']],
  ['en', 'ru', 'The city has 12,500 inhabitants.', 'В городе 12 600 жителей.', ['NUMBER_MISMATCH']],
  ['en', 'ru', 'The meeting is on 7 November 2025.', 'Встреча состоится 8 ноября 2025 года.', ['NUMBER_MISMATCH']],
  ['en', 'de', 'The meeting is on 7 November 2025.', 'Die Sitzung findet am 7. Dezember 2025 statt.', ['NUMBER_MISMATCH']],
  ['de', 'en', 'Der Umsatz betrug 1.234,56 Euro.', 'Revenue was 1,234.65 euros.', ['NUMBER_MISMATCH']],
  ['ru', 'en', 'Тираж — 5 000 экземпляров.', 'The print run is 500 copies.', ['NUMBER_MISMATCH']],
  ['ru', 'de', 'Встреча в 14:30.', 'Das Treffen ist um 14 Uhr.', ['NUMBER_MISMATCH']],
  ['en', 'ru', 'Call 555-0199 for help.', 'Звоните по номеру для помощи.', ['NUMBER_MISMATCH']],
  // spaces
  ['en', 'de', 'Good morning.', ' Guten Morgen.', ['SPACES']],
  ['en', 'de', 'Good morning.', 'Guten Morgen. ', ['SPACES']],
  ['en', 'ru', 'Good morning, everyone.', 'Доброе утро,  всем.', ['SPACES']],
  ['en', 'de', 'Are you ready?', 'Sind Sie bereit ?', ['SPACES']],
  // end punctuation
  ['en', 'de', 'Do you need help?', 'Brauchen Sie Hilfe.', ['END_PUNCTUATION']],
  ['en', 'ru', 'The file was saved.', 'Файл сохранён', ['END_PUNCTUATION']],
  ['ru', 'en', 'Внимание!', 'Attention.', ['END_PUNCTUATION']],
  // unbalanced
  ['en', 'de', 'The tool (free) is new.', 'Das Werkzeug (kostenlos ist neu.', ['UNBALANCED']],
  ['en', 'ru', 'He said: “We will win.”', 'Он сказал: «Мы победим.', ['UNBALANCED']],
  // typography
  ['en', 'ru', 'He said: “We will win.”', 'Он сказал: "Мы победим".', ['TYPOGRAPHY']],
  ['en', 'de', 'He said: “We will win.”', 'Er sagte: "Wir werden gewinnen."', ['TYPOGRAPHY']],
  ['de', 'en', 'Er sagte: „Ich komme.“', 'He said: "I’ll come."', ['TYPOGRAPHY']],
  ['en', 'ru', 'He said: “We will win.”', 'Он сказал: “Мы победим”.', ['TYPOGRAPHY']],
  ['en', 'ru', 'He said: “We will win.”', 'Он сказал: „Мы победим“.', ['TYPOGRAPHY']],
  ['en', 'de', 'He said: “We will win.”', 'Er sagte: “Wir werden gewinnen.”', ['TYPOGRAPHY']],
  ['en', 'de', 'He said: “We will win.”', 'Er sagte: «Wir werden gewinnen.»', ['TYPOGRAPHY']],
  ['de', 'en', 'Er sagte: „Ich komme.“', 'He said: „I’ll come.“', ['TYPOGRAPHY']],
  ['en', 'ru', 'Moscow is big – and very old.', 'Москва большая - и очень старая.', ['TYPOGRAPHY']],
  ['en', 'de', 'The result was clear – nobody expected it.', 'Das Ergebnis war eindeutig - niemand hatte es erwartet.', ['TYPOGRAPHY']],
  ['en', 'ru', 'The package weighs 2.5 kg.', 'Посылка весит 2,5 кг.', ['TYPOGRAPHY']],
  ['en', 'de', 'The road is 12 km long.', 'Die Straße ist 12 km lang.', ['TYPOGRAPHY']],
  ['en', 'ru', 'Order No. 15 was signed.', 'Приказ № 15 подписан.', ['TYPOGRAPHY']],
  ['en', 'de', 'See section 5 for details.', 'Einzelheiten siehe § 5.', ['TYPOGRAPHY']],
  ['en', 'ru', 'The poem by A. S. Pushkin is famous.', 'Стихотворение А. С. Пушкина знаменито.', ['TYPOGRAPHY']],
  ['en', 'de', 'Wait for it…', 'Warten Sie ab...', ['TYPOGRAPHY']],
  ['en', 'en', 'Wait for it…', 'Wait for it...', ['TYPOGRAPHY']],
  // untranslated, empty, length
  ['en', 'de', 'The file could not be opened.', 'The file could not be opened.', ['UNTRANSLATED']],
  ['ru', 'en', 'Файл не удалось открыть.', '{1/}', ['EMPTY']],
  ['ru', 'en', 'Файл не удалось открыть.', '   ', ['EMPTY']],
  ['en', 'de', 'The application could not open the selected file because it is damaged.', 'Fehler.', ['LENGTH']],
  [
    'de',
    'en',
    'Die Datei ist beschädigt.',
    'The file is damaged, and moreover it cannot be repaired by any of the tools we have, not even the expensive ones.',
    ['LENGTH'],
  ],
];

describe('QA gold set: correct translations have no finding', () => {
  it.each(right)('%s→%s: %s ⇒ %s', (from, to, source, target, codes) => {
    const found = checkSegment({ source, target, sourceLanguage: from, targetLanguage: to });
    expect(found.map((f) => `${f.code} ${JSON.stringify(f.params)}`)).toEqual(codes);
  });
});

describe('QA gold set: wrong translations have the findings named', () => {
  it.each(wrong)('%s→%s: %s ⇒ %s', (from, to, source, target, codes) => {
    const found = checkSegment({ source, target, sourceLanguage: from, targetLanguage: to });
    expect([...new Set(found.map((f) => f.code))].sort()).toEqual([...codes].sort());
  });
});
