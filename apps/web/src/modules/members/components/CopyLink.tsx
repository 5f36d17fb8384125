import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only link with a copy button (selects the text instead where the clipboard is blocked). */
export function CopyLink({ url, label, testId = 'invite-link' }: { url: string; label: string; testId?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      field.current?.select();
    }
  };
  return (
    <div className="copy-link">
      <input ref={field} readOnly value={url} aria-label={label} data-testid={testId} onFocus={(e) => e.target.select()} />
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {copied ? t('members:copied') : t('members:copy')}
      </button>
    </div>
  );
}
