import { useState } from 'react';

export interface EditorDialogState {
  helpOpen: boolean;
  openHelp: () => void;
  closeHelp: () => void;
  /** The concordance search, open with its first query, or null. */
  concordance: { query: string } | null;
  openConcordance: (query: string) => void;
  closeConcordance: () => void;
}

/**
 * Open state of the dialogs the translator opens (shortcut help, concordance). The structure and
 * conflict dialogs open from their own state (split/merge, saver).
 */
export function useEditorDialogs(): EditorDialogState {
  const [helpOpen, setHelpOpen] = useState(false);
  const [concordance, setConcordance] = useState<{ query: string } | null>(null);
  return {
    helpOpen,
    openHelp: () => setHelpOpen(true),
    closeHelp: () => setHelpOpen(false),
    concordance,
    openConcordance: (query) => setConcordance({ query }),
    closeConcordance: () => setConcordance(null),
  };
}
