import type { Language, PresenceEntry, SegmentRow, SoftLock } from '@interlinea/shared';
import type { IncomingChange } from '../hooks/use-live-edition';
import type { SoftLockControl } from '../hooks/use-soft-lock';
import type { ApprovalGuard } from '../hooks/use-approval-guard';

/** What the editor's live parts (row badges, the header list, dialogs) read. */
export interface LiveEditorState {
  clientId: string;
  lang: Language;
  rowById: ReadonlyMap<string, SegmentRow>;
  connected: boolean;
  present: PresenceEntry[];
  locks: ReadonlyMap<string, SoftLock>;
  incoming: ReadonlyMap<string, IncomingChange>;
  useTheirs: (segmentId: string) => void;
  keepMine: (segmentId: string) => void;
  lock: SoftLockControl;
  approval: ApprovalGuard;
}
