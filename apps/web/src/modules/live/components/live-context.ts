import { createContext, useContext } from 'react';
import type { LiveEditorState } from '../utils/live-editor-state';

export const LiveContext = createContext<LiveEditorState | null>(null);

/** The editor's live state, or null outside a live editor (tests of single rows). */
export const useLive = (): LiveEditorState | null => useContext(LiveContext);
