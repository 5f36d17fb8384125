import type { MemoryOrigin } from '@interlinea/shared';

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
}
