import { splitSentences } from './split-sentences';

const en = (text: string) => splitSentences(text, 'en').map((s) => s.text);

describe('splitSentences (English)', () => {
  it.each([
    // titles and abbreviations
    ['Mr. Smith met Dr. Jones at St. Michael’s.', ['Mr. Smith met Dr. Jones at St. Michael’s.']],
    ['Bring fruit, e.g. apples, i.e. anything round.', ['Bring fruit, e.g. apples, i.e. anything round.']],
    ['I work for the U.S. Government in Virginia.', ['I work for the U.S. Government in Virginia.']],
    ['I live in the U.S. How about you?', ['I live in the U.S.', 'How about you?']],
    ['We bought pens, paper etc. and went home.', ['We bought pens, paper etc. and went home.']],
    ['We bought pens, paper etc. Then we went home.', ['We bought pens, paper etc.', 'Then we went home.']],
    ['They closed the deal with Pitt, Briggs & Co. It closed yesterday.', ['They closed the deal with Pitt, Briggs & Co.', 'It closed yesterday.']],
    ['See No. 5 and p. 55 for details.', ['See No. 5 and p. 55 for details.']],
    // initials
    ['The works of V. I. Lenin were printed in 1920.', ['The works of V. I. Lenin were printed in 1920.']],
    ['We make a good team, you and I. Did you see Albert I. Jones?', ['We make a good team, you and I.', 'Did you see Albert I. Jones?']],
    // numbers
    ['She has $100.00. It is in her bag.', ['She has $100.00.', 'It is in her bag.']],
    ['It was distributed in Moscow, 7 November 1992. Read it.', ['It was distributed in Moscow, 7 November 1992.', 'Read it.']],
    // quotations and brackets after the full stop
    ['She turned to him, "This is great." She held the book out.', ['She turned to him, "This is great."', 'She held the book out.']],
    ['She turned to him, ‘This is great.’ she said.', ['She turned to him, ‘This is great.’ she said.']],
    ['He teaches (He worked as an engineer.) at the University.', ['He teaches (He worked as an engineer.) at the University.']],
    ['It ended (as planned.) Then we left.', ['It ended (as planned.)', 'Then we left.']],
    // ellipses
    ['I never meant that.... She left the store.', ['I never meant that....', 'She left the store.']],
    ['I wasn’t really ... well, what I mean...see . . . what I mean.', ['I wasn’t really ... well, what I mean...see . . . what I mean.']],
    ['He waited… Nobody came.', ['He waited…', 'Nobody came.']],
    // web and mail addresses, sentences run together
    ['Her email is Jane.Doe@example.com. I sent her an email.', ['Her email is Jane.Doe@example.com.', 'I sent her an email.']],
    ['Hello world.Today is Tuesday.', ['Hello world.', 'Today is Tuesday.']],
    ['She works at Yahoo! in the accounting department.', ['She works at Yahoo! in the accounting department.']],
    ['a. The first item b. The second item', ['a. The first item', 'b. The second item']],
  ])('%j', (text, expected) => {
    expect(en(text)).toEqual(expected);
  });
});

describe('splitSentences (English): a title after an abbreviation', () => {
  it.each([
    [
      'At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.',
      ['At 5 a.m. Mr. Smith went to the bank.', 'He left the bank at 6 P.M.', 'Mr. Smith then went to the store.'],
    ],
    ['In the U.S. Dr. Jones is well known.', ['In the U.S. Dr. Jones is well known.']],
    ['She works for Smith & Co. Mr. Smith is the boss.', ['She works for Smith & Co.', 'Mr. Smith is the boss.']],
  ])('%j', (text, expected) => {
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual(expected);
  });
});
