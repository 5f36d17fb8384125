import type { CodedEdit } from './code-insertion';

/** Typing within this many milliseconds is one undo step. */
const COALESCE_MS = 800;

/**
 * Undo/redo for the code editor. The browser's own undo cannot be trusted once the editor rewrites
 * its DOM (chips, paste), so the editor keeps its values here: typing coalesces into one step.
 */
export class EditHistory {
  private past: CodedEdit[] = [];
  private future: CodedEdit[] = [];
  private lastTyping = 0;

  constructor(private current: CodedEdit) {}

  /** Records a new state; `typing` steps close together are merged. */
  record(state: CodedEdit, typing: boolean): void {
    if (state.value === this.current.value) return;
    const now = Date.now();
    if (!(typing && now - this.lastTyping < COALESCE_MS)) this.past.push(this.current);
    if (this.past.length > 200) this.past.shift();
    this.lastTyping = typing ? now : 0;
    this.current = state;
    this.future = [];
  }

  /** Starts over from a value set from outside (a match inserted, the source copied). */
  reset(state: CodedEdit): void {
    if (state.value === this.current.value) return;
    this.past.push(this.current);
    this.current = state;
    this.future = [];
    this.lastTyping = 0;
  }

  undo(): CodedEdit | null {
    const previous = this.past.pop();
    if (!previous) return null;
    this.future.push(this.current);
    this.current = previous;
    this.lastTyping = 0;
    return previous;
  }

  redo(): CodedEdit | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push(this.current);
    this.current = next;
    this.lastTyping = 0;
    return next;
  }
}
