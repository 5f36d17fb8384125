import { useCallback, useState } from 'react';

export interface EditorNotice {
  message: string | null;
  show: (message: string) => void;
  /** Stable across renders. */
  clear: () => void;
}

/** A line telling the translator why a command did nothing; it goes when another segment is activated. */
export function useEditorNotice(): EditorNotice {
  const [message, setMessage] = useState<string | null>(null);
  const clear = useCallback(() => setMessage(null), []);
  return { message, show: setMessage, clear };
}
