import { countWords } from './count-words';

describe('countWords', () => {
  it.each([
    ['en', 'Hello, world!', 2],
    ['en', 'The e-mail isn’t ready — it’s 3.14 % done.', 7],
    ['en', 'She has $100.00 and 1,000 pens.', 6],
    ['en', '', 0],
    ['en', ' … — !? ', 0],
    ['de', 'Wir haben 1.000.000 Euro, z. B. für Bank-Statements.', 8],
    ['ru', 'Машина едет со скоростью 100 км/ч.', 6],
    ['ru', 'Виктор съел пол-лимона и ушел по-английски.', 6],
  ] as const)('%s: %j has %d words', (language, text, words) => {
    expect(countWords(text, language)).toBe(words);
  });
});
