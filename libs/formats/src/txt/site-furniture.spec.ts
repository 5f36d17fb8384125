import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSiteFurniture } from './site-furniture';

/** The lines a page marks as furniture, and the rest. */
function verdicts(page: string): { furniture: string[]; article: string[] } {
  const lines = page.split('\n');
  const flags = findSiteFurniture(lines);
  return {
    furniture: lines.filter((line, i) => flags[i] && line.trim() !== ''),
    article: lines.filter((line, i) => !flags[i] && line.trim() !== ''),
  };
}

describe('findSiteFurniture: the scraped leaflet (shared/samples/rabochaya-vlast-1992.txt)', () => {
  const sample = readFileSync(join(__dirname, '../../../../../shared/samples/rabochaya-vlast-1992.txt'), 'utf8');
  const lines = sample.split(/\r?\n/);
  const flags = findSiteFurniture(lines);
  const isFurniture = (line: string) => lines.every((l, i) => l !== line || flags[i]);

  it('marks the search box, the sharing bars (twice) and the reading suggestions', () => {
    for (const line of [
      'Search',
      'Close this search box.',
      'You should also read',
      'Share this Article',
      'Facebook',
      'Twitter',
      'WhatsApp',
      'Print',
      'Reddit',
      'Telegram',
      'Content',
    ]) {
      expect([line, isFurniture(line)]).toEqual([line, true]);
    }
  });

  it('keeps every line of the article, its short headings included', () => {
    const article = lines.filter((line, i) => !flags[i] && line.trim() !== '');
    expect(article.slice(0, 4)).toEqual([
      'Down with capitalism! Down with Stalinism!',
      'Rabochaya Vlast',
      'Forward to a new red October!',
      'Rabochaya Vlast leaflet distributed in Moscow, 7 November 1992',
    ]);
    expect(article[article.length - 1]).toMatch(/^The supporters of RV.*Join our ranks!$/);
    expect(article).toHaveLength(14);
  });
});

describe('findSiteFurniture: made-up pages', () => {
  it('ru: a news site with a menu, a title, share buttons and "Читайте также"', () => {
    const page = [
      'Главная',
      'Новости',
      'Политика',
      'Экономика',
      'Поиск',
      '',
      'Забастовка на заводе',
      '',
      'Рабочие металлургического комбината в Череповце начали забастовку в понедельник. Они требуют повышения зарплаты.',
      '',
      'Требования профсоюза',
      '',
      'Профсоюз заявил, что зарплата не индексировалась три года. Руководство комбината от комментариев отказалось.',
      '',
      'Поделиться',
      'ВКонтакте',
      'Телеграм',
      'Одноклассники',
      'Читайте также',
      'Цены на хлеб выросли на 10 %',
      '© 2024 Рабочая газета',
    ].join('\n');
    const { furniture, article } = verdicts(page);
    expect(article).toEqual([
      'Забастовка на заводе',
      'Рабочие металлургического комбината в Череповце начали забастовку в понедельник. Они требуют повышения зарплаты.',
      'Требования профсоюза',
      'Профсоюз заявил, что зарплата не индексировалась три года. Руководство комбината от комментариев отказалось.',
      'Цены на хлеб выросли на 10 %',
    ]);
    expect(furniture).toEqual(expect.arrayContaining(['Главная', 'Новости', 'Политика', 'Экономика', 'Поиск', 'Поделиться', 'ВКонтакте', 'Читайте также']));
  });

  it('de: a newspaper page with a one-line footer menu, "Teilen", "Drucken" and "Weiterlesen"', () => {
    const page = [
      'Zum Inhalt springen',
      'Suche',
      'Mietpreisbremse',
      'Die Bundesregierung hat am Mittwoch beschlossen, die Mietpreisbremse bis 2029 zu verlängern.',
      'Kritik der Opposition',
      'Die Opposition hält die Verlängerung für unzureichend, weil sie Neubauten ausnimmt.',
      'Teilen',
      'Drucken',
      'Weiterlesen',
      'Impressum | Datenschutz | Kontakt',
    ].join('\n');
    const { furniture, article } = verdicts(page);
    expect(article).toEqual([
      'Mietpreisbremse',
      'Die Bundesregierung hat am Mittwoch beschlossen, die Mietpreisbremse bis 2029 zu verlängern.',
      'Kritik der Opposition',
      'Die Opposition hält die Verlängerung für unzureichend, weil sie Neubauten ausnimmt.',
    ]);
    expect(furniture).toEqual(['Zum Inhalt springen', 'Suche', 'Teilen', 'Drucken', 'Weiterlesen', 'Impressum | Datenschutz | Kontakt']);
  });

  it('en: a blog post whose tag line and counters are furniture, and whose one-word heading is not', () => {
    const page = [
      'Skip to content',
      'Menu',
      'Posted on 12 March 2024 by admin',
      '',
      'Background',
      '',
      'The strike began on Monday morning when the night shift refused to leave the plant.',
      '',
      'Tags: strike, labour, Russia',
      '12 comments',
      'Leave a comment',
      'Previous post',
      'Next post',
    ].join('\n');
    const { furniture, article } = verdicts(page);
    expect(article).toEqual(['Background', 'The strike began on Monday morning when the night shift refused to leave the plant.']);
    expect(furniture).toHaveLength(8);
  });

  it('a block of short lines repeated on the page is furniture, a heading used once is not', () => {
    const page = [
      'Workers of the world',
      'Unite',
      'The meeting opened at noon with a report on the situation in the factories.',
      'Our history',
      'The paper was founded in 1990 by a group of workers in Moscow.',
      'Workers of the world',
      'Unite',
    ].join('\n');
    const { furniture, article } = verdicts(page);
    expect(furniture).toEqual(['Workers of the world', 'Unite', 'Workers of the world', 'Unite']);
    expect(article).toContain('Our history');
  });

  it('marks nothing in an article without furniture, its short headings included', () => {
    const page = ['Неделя в Москве', '', 'В понедельник в столице прошёл митинг.', '', 'Итоги', '', 'Митинг закончился без происшествий.', 'Autor'].join('\n');
    expect(findSiteFurniture(page.split('\n')).some(Boolean)).toBe(false);
  });

  it('answers one flag a line, blank lines never furniture', () => {
    expect(findSiteFurniture(['', 'Share this Article', ''])).toEqual([false, true, false]);
    expect(findSiteFurniture([])).toEqual([]);
  });
});
