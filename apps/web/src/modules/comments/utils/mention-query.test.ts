import { insertMention, mentionCandidates, mentionQueryAt } from './mention-query';

describe('mention helpers', () => {
  it('finds the @name typed before the caret, not an email address', () => {
    expect(mentionQueryAt('Ask @tan', 8)).toEqual({ start: 4, text: 'tan' });
    expect(mentionQueryAt('Ask @Tanya Or', 13)).toEqual({ start: 4, text: 'Tanya Or' });
    expect(mentionQueryAt('mail anna@example.org', 21)).toBeNull();
    expect(mentionQueryAt('Ask @Tanya about it', 19)).toBeNull();
  });

  it('puts the chosen name in place and the caret after it', () => {
    expect(insertMention('Ask @ta now', { start: 4, text: 'ta' }, 7, 'Tanya Orlova')).toEqual({ value: 'Ask @Tanya Orlova  now', caret: 18 });
  });

  it('offers members whose name, any word of it, or email starts with what is typed', () => {
    const people = [
      { displayName: 'Tanya Orlova', email: 't@example.org' },
      { displayName: 'Roman', email: 'orlov@example.org' },
    ];
    expect(mentionCandidates(people, 'orl').map((p) => p.displayName)).toEqual(['Tanya Orlova', 'Roman']);
    expect(mentionCandidates(people, 'ro').map((p) => p.displayName)).toEqual(['Roman']);
  });
});
