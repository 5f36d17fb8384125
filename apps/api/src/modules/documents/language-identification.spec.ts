import { judgeLanguage, languageMismatch, tallyLanguages } from './language-identification';

describe('language identification of an imported text', () => {
  it.each([
    ['en', ['The government adopted new measures on Monday.', 'The opposition criticised them sharply.', 'Prices rose again for the third month in a row.']],
    [
      'de',
      ['Die Regierung hat am Montag neue Maßnahmen beschlossen.', 'Die Opposition kritisierte das scharf.', 'Die Preise stiegen den dritten Monat in Folge.'],
    ],
    ['ru', ['Правительство в понедельник приняло новые меры.', 'Оппозиция резко раскритиковала их.', 'Цены выросли уже третий месяц подряд.']],
  ] as const)('tells %s from the other two in three short sentences', async (language, sentences) => {
    const tally = await tallyLanguages(sentences);
    expect([...tally.letters.keys()]).toEqual([language]);
    for (const other of (['en', 'de', 'ru'] as const).filter((l) => l !== language)) {
      expect(judgeLanguage(tally, other)).toMatchObject({ detected: language, expected: other });
    }
    expect(judgeLanguage(tally, language)).toBeNull();
  });

  it('says nothing about texts too short to tell', async () => {
    await expect(languageMismatch(['Search', 'Facebook', 'Hello world'], 'ru')).resolves.toBeNull();
  });

  it('says nothing about a mixed text that holds enough of the expected language', async () => {
    const mixed = [
      'Рабочие металлургического комбината начали забастовку в понедельник.',
      'Они требуют повышения зарплаты и отставки директора.',
      'The strike began on Monday morning when the night shift refused to leave.',
      'Workers demand higher wages and the resignation of the director.',
    ];
    await expect(languageMismatch(mixed, 'ru')).resolves.toBeNull();
    await expect(languageMismatch(mixed, 'en')).resolves.toBeNull();
  });

  it('judges by the share of letters in each language, with a confidence between 0 and 1', () => {
    const tally = {
      letters: new Map([
        ['en', 900],
        ['ru', 100],
      ]),
      total: 1000,
    };
    expect(judgeLanguage(tally, 'ru')).toEqual({ detected: 'en', expected: 'ru', confidence: 0.9 });
    expect(judgeLanguage({ letters: new Map([['en', 50]]), total: 50 }, 'ru')).toBeNull();
    expect(
      judgeLanguage(
        {
          letters: new Map([
            ['en', 500],
            ['fr', 400],
            ['ru', 100],
          ]),
          total: 1000,
        },
        'ru',
      ),
    ).toBeNull();
  });
});
