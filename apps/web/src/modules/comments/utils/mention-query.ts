/** The `@name` being typed just before the caret, if any: where it starts and what is typed so far. */
export interface MentionQuery {
  start: number;
  text: string;
}

const LETTER = /[\p{L}\p{N}]/u;

export function mentionQueryAt(value: string, caret: number): MentionQuery | null {
  const before = value.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1) return null;
  if (at > 0 && LETTER.test(before[at - 1])) return null; // an email address
  const text = before.slice(at + 1);
  if (text.length > 40 || /[\n@]/.test(text) || /\s\S*\s/.test(text)) return null;
  return { start: at, text };
}

/** The value with the mention being typed replaced by `@Display Name ` and the caret after it. */
export function insertMention(value: string, query: MentionQuery, caret: number, displayName: string): { value: string; caret: number } {
  const inserted = `@${displayName} `;
  return { value: value.slice(0, query.start) + inserted + value.slice(caret), caret: query.start + inserted.length };
}

/** Members whose name or email starts with what is typed (any word of the name), at most `limit`. */
export function mentionCandidates<T extends { displayName: string; email: string }>(members: readonly T[], typed: string, limit = 6): T[] {
  const q = typed.trim().toLowerCase();
  return members
    .filter(
      (m) =>
        !q ||
        m.displayName
          .toLowerCase()
          .split(/\s+/)
          .some((w) => w.startsWith(q)) ||
        m.displayName.toLowerCase().startsWith(q) ||
        m.email.toLowerCase().startsWith(q),
    )
    .slice(0, limit);
}
