import type { ReactNode } from 'react';
import type { LiveEditorState } from '../utils/live-editor-state';
import { LiveContext } from './live-context';

export function LiveProvider({ value, children }: { value: LiveEditorState; children: ReactNode }) {
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
