import { countWords } from './count-words';

describe('countWords', () => {
  it.each([
    ['en', 'Hello, world!', 2],
    ['en', 'The e-mail isn’t ready — it’s 3.14 % done.', 7],
    ['en', 'She has $100.00 and 1,000 pens.', 6],
    ['en', '', 0],
    ['en', ' … — !? ', 0],
    ['en', 'A well-known tool, e.g. OmegaT, costs 1,250.50 dollars.', 8],
    ['en', 'Press {1}Save{/1} and {2/}close the window.', 6],
    ['de', 'Wir haben 1.000.000 Euro, z. B. für Bank-Statements.', 7],
    ['de', 'Das sind d. h. 1 000 000 Euro bzw. 2,5 % mehr.', 8],
    ['de', 'Die Gemüse- und Müslisorten, u. a. Hafer.', 6],
    ['ru', 'Машина едет со скоростью 100 км/ч.', 6],
    ['ru', 'Виктор съел пол-лимона и ушел по-английски.', 6],
    ['ru', 'Бюджет — 1 500 000 руб., т. е. на 10 % больше.', 7],
    ['ru', 'Из-за дождя кто-то остался дома, т. д.', 6],
  ] as const)('%s: %j has %d words', (language, text, words) => {
    expect(countWords(text, language)).toBe(words);
  });

  it('counts by the language: thousands grouped with spaces are one number in Russian, not in English', () => {
    expect(countWords('1 000 000', 'ru')).toBe(1);
    expect(countWords('1 000 000', 'en')).toBe(3);
  });
});
