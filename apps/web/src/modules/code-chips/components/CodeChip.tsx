import { chipLook, type CodeToken } from '../utils/chip-look';

/** One code token as a small rounded label; paired open and close share a colour. */
export function CodeChip({ token, title }: { token: CodeToken; title: string }) {
  const { label, className } = chipLook(token);
  return (
    <span className={className} title={title} data-token={token.token} data-testid="code-chip">
      {label}
    </span>
  );
}
