import { findMentions, type Mentionable } from './mentions';

const members: Mentionable[] = [
  { userId: 'anna', displayName: 'Anna Admin', email: 'anna.k@example.org' },
  { userId: 'ivan', displayName: 'Иван Петров', email: 'ivan@example.org' },
  { userId: 'max', displayName: 'Max', email: 'm.weber@example.org' },
];

describe('findMentions', () => {
  it('finds a member by display name, with spaces, in any case', () => {
    expect(findMentions('@anna admin please look', members)).toEqual(['anna']);
    expect(findMentions('Спросите @Иван Петров.', members)).toEqual(['ivan']);
  });

  it('finds a member by the name without spaces or by the local part of the email', () => {
    expect(findMentions('@AnnaAdmin and @m.weber', members)).toEqual(['anna', 'max']);
    expect(findMentions('cc @anna.k, @Anna.Admin', members)).toEqual(['anna']);
  });

  it('ignores email addresses, unknown names and a name that only starts the same', () => {
    expect(findMentions('write to max@example.org or @nobody', members)).toEqual([]);
    expect(findMentions('@Maxim said so', members)).toEqual([]);
  });

  it('names each person once', () => {
    expect(findMentions('@Max @max @m.weber', members)).toEqual(['max']);
  });
});
