import { useEffect, useLayoutEffect, useRef } from 'react';

interface TargetTextareaProps {
  value: string;
  label: string;
  lang: string;
  readOnly: boolean;
  /** Changes whenever focus should come back here (a match inserted, the source copied …). */
  focusToken: number;
  onChange: (text: string) => void;
}

/** The active segment's translation: grows with its text and takes the focus when it appears. */
export function TargetTextarea({ value, label, lang, readOnly, focusToken, onChange }: TargetTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    const end = el.value.length;
    el.setSelectionRange(end, end);
  }, [focusToken]);

  return (
    <textarea
      ref={ref}
      className="target-input"
      value={value}
      lang={lang}
      rows={1}
      spellCheck
      readOnly={readOnly}
      aria-label={label}
      data-testid="target-input"
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
