/** Buttons of the active segment, mirroring the keyboard shortcuts. */
export type SegmentAction = 'confirm' | 'saveDraft' | 'copySource' | 'split' | 'merge' | 'discard';
