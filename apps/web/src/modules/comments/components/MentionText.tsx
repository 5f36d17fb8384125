import type { CommentMention } from '@interlinea/shared';
import { Fragment } from 'react';

/**
 * A comment's body as plain text (React escapes it: markup stays visible as written), with the
 * `@names` of the people it mentions emphasised.
 */
export function MentionText({ body, mentions }: { body: string; mentions: readonly CommentMention[] }) {
  const names = mentions.map((m) => m.displayName).filter(Boolean);
  if (names.length === 0) return <>{body}</>;
  const escaped = names.sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = body.split(new RegExp(`(@(?:${escaped.join('|')}))`, 'giu'));
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <strong key={i} className="mention">
            {part}
          </strong>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
