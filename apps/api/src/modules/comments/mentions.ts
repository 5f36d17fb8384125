/** A project member as mentions see them. */
export interface Mentionable {
  userId: string;
  displayName: string;
  email: string;
}

const WORD = /[\p{L}\p{N}._-]/u;
const LETTER = /[\p{L}\p{N}]/u;
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/**
 * The members a comment mentions: `@Anna Admin` (the display name as written, any case), `@AnnaAdmin`
 * or `@anna.admin` (the name without spaces or with dots), or `@anna` (the local part of the email).
 * Each person once, in the order first mentioned.
 */
export function findMentions(body: string, members: Mentionable[]): string[] {
  const found: string[] = [];
  const add = (userId: string) => !found.includes(userId) && found.push(userId);
  const lower = body.toLowerCase();
  for (let at = lower.indexOf('@'); at !== -1; at = lower.indexOf('@', at + 1)) {
    if (at > 0 && LETTER.test(body[at - 1])) continue; // an email address, not a mention
    const rest = lower.slice(at + 1);
    const byName = members
      .filter((m) => {
        const name = m.displayName.toLowerCase();
        return m.displayName.trim() !== '' && rest.startsWith(name) && !LETTER.test(rest.charAt(name.length));
      })
      .sort((a, b) => b.displayName.length - a.displayName.length)[0];
    if (byName) {
      add(byName.userId);
      continue;
    }
    let end = 0;
    while (end < rest.length && WORD.test(rest[end])) end++;
    const token = rest.slice(0, end).replace(/[._-]+$/, '');
    if (!token) continue;
    const byToken = members.find(
      (m) => m.email.split('@')[0].toLowerCase() === token || squash(m.displayName) === token || squash(m.displayName.replace(/\s+/g, '.')) === token,
    );
    if (byToken) add(byToken.userId);
  }
  return found;
}
