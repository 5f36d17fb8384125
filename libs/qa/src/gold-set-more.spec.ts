import { checkSegment } from './check-segment';
import type { QaLanguage } from './finding';

/** More real sentences translated right: abbreviations, dialogue, ranges, money, times, names, markup. */
const NB = '\u00A0';
const right: [QaLanguage, QaLanguage, string, string][] = [
  ['en', 'de', 'Use a text editor, e.g. Notepad, to open the file.', 'Öffnen Sie die Datei mit einem Texteditor, z. B. Notepad.'],
  ['en', 'ru', 'Use a text editor, e.g. Notepad, to open the file.', 'Откройте файл в текстовом редакторе, например в Notepad.'],
  ['en', 'de', 'In the 1990s, mobile phones became popular.', 'In den 1990er-Jahren wurden Mobiltelefone beliebt.'],
  ['en', 'ru', 'In the 1990s, mobile phones became popular.', 'В 1990-е годы мобильные телефоны стали популярными.'],
  ['en', 'de', 'COVID-19 changed how we work.', 'COVID-19 hat verändert, wie wir arbeiten.'],
  ['en', 'ru', 'The office is open Monday to Friday, 9:00–17:00.', 'Офис открыт с понедельника по пятницу, 9:00–17:00.'],
  ['en', 'de', 'The office is open Monday to Friday, 9:00–17:00.', 'Das Büro ist montags bis freitags von 9:00 bis 17:00 Uhr geöffnet.'],
  ['en', 'de', 'Tickets cost $25 for adults and $10 for children.', `Karten kosten 25${NB}$ für Erwachsene und 10${NB}$ für Kinder.`],
  ['en', 'ru', 'Tickets cost $25 for adults and $10 for children.', `Билеты стоят 25${NB}$ для взрослых и 10${NB}$ для детей.`],
  ['en', 'de', 'For more information, visit www.example.com/help.', 'Weitere Informationen finden Sie unter www.example.com/help.'],
  ['en', 'ru', 'Write to support@example.com.', 'Напишите на support@example.com.'],
  ['en', 'de', 'Don’t forget to save your work!', 'Vergessen Sie nicht, Ihre Arbeit zu speichern!'],
  ['en', 'de', 'The children’s books are on the left.', 'Die Kinderbücher stehen links.'],
  ['en', 'ru', '“Where are you going?” she asked.', '— Куда ты идёшь? — спросила она.'],
  ['en', 'de', '“Where are you going?” she asked.', '„Wohin gehst du?“, fragte sie.'],
  ['en', 'en', 'Ok', 'OK'],
  ['en', 'ru', 'Step 1: Download the installer (about 120 MB).', `Шаг 1. Скачайте установщик (около 120${NB}МБ).`],
  ['en', 'de', 'Step 1: Download the installer (about 120 MB).', `Schritt 1: Laden Sie das Installationsprogramm herunter (etwa 120${NB}MB).`],
  ['en', 'de', 'The {1}Settings{/1} menu has three tabs.', 'Das Menü {1}Einstellungen{/1} hat drei Registerkarten.'],
  ['en', 'ru', 'Press Ctrl+S to save.', 'Нажмите Ctrl+S, чтобы сохранить.'],
  ['en', 'de', 'Germany won the World Cup in 1954, 1974, 1990 and 2014.', 'Deutschland gewann die Weltmeisterschaft 1954, 1974, 1990 und 2014.'],
  ['en', 'ru', 'About 60% of users chose the new version.', `Около 60${NB}% пользователей выбрали новую версию.`],
  ['en', 'ru', 'About 60% of users chose the new version.', 'Около 60% пользователей выбрали новую версию.'],
  ['en', 'de', 'Temperatures reach 35 °C in summer.', `Im Sommer erreichen die Temperaturen 35${NB}°C.`],
  ['de', 'en', 'Das Gesetz trat am 1. Januar 2002 in Kraft.', 'The law came into force on 1 January 2002.'],
  ['de', 'en', 'Bitte wenden Sie sich an Frau Dr. Schmidt.', 'Please contact Dr Schmidt.'],
  ['de', 'en', 'Die Lieferung dauert 3–5 Werktage.', 'Delivery takes 3–5 working days.'],
  ['de', 'ru', 'Die Lieferung dauert 3–5 Werktage.', 'Доставка занимает 3–5 рабочих дней.'],
  ['de', 'en', 'Er wohnt in der Goethestraße 12.', 'He lives at Goethestraße 12.'],
  ['de', 'en', 'Das kostet 19,99 €.', 'That costs €19.99.'],
  ['de', 'ru', 'Das kostet 19,99 €.', `Это стоит 19,99${NB}€.`],
  ['ru', 'en', 'Мы работаем с 9 до 18 часов.', 'We are open from 9:00 to 18:00.'],
  ['ru', 'en', 'Т. е. всё готово.', 'That is, everything is ready.'],
  ['ru', 'en', 'Книга вышла в 2003 г.', 'The book came out in 2003.'],
  ['ru', 'de', 'Книга вышла в 2003 г.', 'Das Buch erschien 2003.'],
  ['ru', 'en', 'Роман «Война и мир» написал Л. Н. Толстой.', 'The novel “War and Peace” was written by L. N. Tolstoy.'],
  ['ru', 'de', 'Роман «Война и мир» написал Л. Н. Толстой.', 'Der Roman „Krieg und Frieden“ wurde von L. N. Tolstoi geschrieben.'],
  ['ru', 'en', 'Скидка действует до 31 декабря.', 'The discount is valid until December 31.'],
  ['ru', 'de', 'Скидка действует до 31 декабря.', 'Der Rabatt gilt bis zum 31. Dezember.'],
  ['ru', 'en', 'Население Москвы — около 13 млн человек.', 'Moscow has a population of about 13 million.'],
  ['ru', 'de', 'Вопрос (см. выше) остаётся открытым.', 'Die Frage (siehe oben) bleibt offen.'],
  ['ru', 'en', 'Сотрудник отдела № 5', 'Employee of department No. 5'],
  ['en', 'ru', 'Employee of department No. 5', `Сотрудник отдела №${NB}5`],
];

describe('QA gold set, more: correct translations have no finding', () => {
  it.each(right)('%s→%s: %s ⇒ %s', (from, to, source, target) => {
    const found = checkSegment({ source, target, sourceLanguage: from, targetLanguage: to });
    expect(found.map((f) => `${f.code} ${JSON.stringify(f.params)} «${target.slice(f.start, f.end)}»`)).toEqual([]);
  });
});
