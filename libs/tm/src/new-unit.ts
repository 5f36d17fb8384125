import type { MemoryOrigin, MemoryUnitOrigin } from '@interlinea/shared';

/** A language variant of a unit to store: its text, who wrote it and when. */
export interface NewVariant {
  language: string;
  text: string;
  origin: MemoryOrigin;
  authorName: string | null;
  updatedAt: Date | null;
  contextHash: number | null;
  /** The language tag as a TMX file wrote it. */
  locale?: string | null;
  meta: unknown;
}

/** A unit to store in the memory: the confirmed editions of a segment, or one TMX `<tu>`. */
export interface NewUnit {
  projectId: string;
  shared: boolean;
  segmentId: string | null;
  meta: unknown;
  variants: NewVariant[];
  /** The unit's id, when it replaces one (a segment's unit keeps its id, its history and decisions). */
  id?: number;
  /** Where it came from (default: from its variants' origin). */
  origin?: MemoryUnitOrigin;
  /** People stand behind it (default: unless it came from TMX, MT or alignment). */
  trusted?: boolean;
}
