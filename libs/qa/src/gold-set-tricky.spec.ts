import { checkSegment } from './check-segment';
import type { QaCode, QaLanguage } from './finding';

/** Harder cases: ranges, centuries, products, times, phone numbers, nested quotes, dialogue, and their wrong twins. */
const NB = '\u00A0';
type Case = [from: QaLanguage, to: QaLanguage, source: string, target: string, codes: QaCode[]];

const cases: Case[] = [
  ['en', 'de', 'The contract runs from January 1 to December 31, 2025.', 'Der Vertrag läuft vom 1. Januar bis zum 31. Dezember 2025.', []],
  ['en', 'ru', 'The contract runs from January 1 to December 31, 2025.', 'Договор действует с 1 января по 31 декабря 2025 года.', []],
  ['en', 'ru', 'The contract runs from January 1 to December 31, 2025.', 'Договор действует с 1 января по 30 декабря 2025 года.', ['NUMBER_MISMATCH']],
  ['en', 'ru', 'The 21st century began in 2001.', 'XXI век начался в 2001 году.', []],
  ['en', 'de', 'The 21st century began in 2001.', 'Das 21. Jahrhundert begann 2001.', []],
  ['en', 'de', 'The 21st century began in 2001.', 'Das 20. Jahrhundert begann 2001.', ['NUMBER_MISMATCH']],
  ['en', 'de', 'Update to iOS 17.4 first.', 'Aktualisieren Sie zuerst auf iOS 17.4.', []],
  ['en', 'ru', 'Call +7 495 123-45-67 today.', 'Позвоните сегодня: +7 495 123-45-67.', []],
  ['en', 'ru', 'Call +7 495 123-45-67 today.', 'Позвоните сегодня: +7 495 123-45-76.', ['NUMBER_MISMATCH']],
  ['en', 'de', 'Open Mon–Fri, 9 a.m.–6 p.m.', 'Geöffnet Mo.–Fr. 9–18 Uhr.', []],
  ['en', 'de', 'Delivery in 5–7 days.', 'Lieferung in 5–7 Tagen.', []],
  ['en', 'de', 'Delivery in 5–7 days.', 'Lieferung in 5–8 Tagen.', ['NUMBER_MISMATCH']],
  ['de', 'en', 'Der Umsatz stieg um 2,5 Mrd. Euro.', 'Revenue rose by €2.5 billion.', []],
  ['de', 'en', 'Der Umsatz stieg um 2,5 Mrd. Euro.', 'Revenue rose by €2,5 billion.', ['NUMBER_MISMATCH']],
  ['en', 'de', 'It is 1.5 times faster.', 'Es ist 1,5-mal schneller.', []],
  ['en', 'ru', 'It is 1.5 times faster.', 'Это в 1,5 раза быстрее.', []],
  ['en', 'ru', 'It is 1.5 times faster.', 'Это в 1.5 раза быстрее.', ['NUMBER_MISMATCH']],
  ['ru', 'de', 'Книга «Мастер и Маргарита» вышла в 1967 году.', 'Das Buch „Der Meister und Margarita“ erschien 1967.', []],
  ['ru', 'de', 'Книга «Мастер и Маргарита» вышла в 1967 году.', 'Das Buch "Der Meister und Margarita" erschien 1967.', ['TYPOGRAPHY']],
  ['ru', 'en', 'Книга «Мастер и Маргарита» вышла в 1967 году.', 'The book “The Master and Margarita” came out in 1967.', []],
  ['ru', 'en', 'Книга «Мастер и Маргарита» вышла в 1967 году.', 'The book «The Master and Margarita» came out in 1967.', ['TYPOGRAPHY']],
  ['en', 'ru', 'She said: “I read ‘War and Peace’ twice.”', 'Она сказала: «Я дважды прочла „Войну и мир“».', []],
  ['en', 'ru', 'She said: “I read ‘War and Peace’ twice.”', 'Она сказала: «Я дважды прочла «Войну и мир»».', []],
  ['en', 'de', 'She said: “I read ‘Faust’ twice.”', 'Sie sagte: „Ich habe ‚Faust‘ zweimal gelesen.“', []],
  ['en', 'de', 'She said: “I read ‘Faust’ twice.”', 'Sie sagte: »Ich habe ›Faust‹ zweimal gelesen.«', []],
  ['en', 'ru', '“Come in,” he said.', '— Входите, — сказал он.', []],
  ['en', 'ru', 'Moscow is the capital of Russia.', 'Москва — столица России.', []],
  ['en', 'ru', 'Moscow is the capital of Russia.', 'Москва -- столица России.', ['TYPOGRAPHY']],
  ['en', 'de', 'Berlin is the capital of Germany.', 'Berlin ist die Hauptstadt Deutschlands.', []],
  ['en', 'de', 'The price is 10 euros.', `Der Preis beträgt 10${NB}€.`, []],
  ['en', 'de', 'The price is 10 euros.', 'Der Preis beträgt 10 Euro.', []],
  ['en', 'de', 'The price is 10 euros.', 'Der Preis beträgt 10 €.', ['TYPOGRAPHY']],
  ['en', 'ru', 'The price is 10 euros.', `Цена — 10${NB}евро.`, []],
  ['en', 'en', 'The price is 10 euros.', 'The price is 10 euros.', ['UNTRANSLATED']],
  ['de', 'ru', 'Der Termin ist am 3. Mai.', 'Встреча 3 мая.', []],
  ['de', 'ru', 'Der Termin ist am 3. Mai.', 'Встреча 3 марта.', ['NUMBER_MISMATCH']],
  ['ru', 'en', 'Встреча 3 мая.', 'The meeting is on May 3.', []],
  ['ru', 'en', 'Встреча 3 мая.', 'The meeting is on March 3.', ['NUMBER_MISMATCH']],
  ['en', 'de', 'Save your changes!', 'Speichern Sie Ihre Änderungen!', []],
  ['en', 'de', 'Save your changes!', 'Speichern Sie Ihre Änderungen', ['END_PUNCTUATION']],
  ['en', 'ru', 'Why not?', 'Почему бы и нет?', []],
  ['en', 'ru', 'Why not?', 'Почему бы и нет!', ['END_PUNCTUATION']],
  ['en', 'de', 'Click {1}Settings{/1} and then {2}Save{/2}.', 'Klicken Sie auf {1}Einstellungen{/1} und dann auf {2}Speichern{/2}.', []],
  ['en', 'de', 'Click {1}Settings{/1} and then {2}Save{/2}.', 'Klicken Sie auf {1}Einstellungen und dann auf {2}Speichern{/1}{/2}.', ['CODE_ORDER']],
  ['en', 'de', 'Click {1}Settings{/1} and then {2}Save{/2}.', 'Klicken Sie auf {1}Einstellungen{/1} und dann auf Speichern.', ['CODE_MISSING']],
];

describe('QA gold set, tricky cases', () => {
  it.each(cases)('%s→%s: %s ⇒ %s', (from, to, source, target, codes) => {
    const found = checkSegment({ source, target, sourceLanguage: from, targetLanguage: to });
    expect([...new Set(found.map((f) => f.code))].sort()).toEqual([...codes].sort());
  });
});
