// Undo and redo for the desk's changes (marks, evidence, corrections). Each entry knows how to undo and redo
// itself through the main side; an undo is itself a recorded change, so the claim's history stays complete.

export interface UndoEntry {
  label: string;
  /** The claims the change touched, so an undo can name them and show them. */
  claimIds?: readonly string[];
  /** For corrections (claim ids change): the article offset the claim is at. */
  near?: number;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

const LIMIT = 200;

export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** The entry the last successful undo or redo applied. */
  lastApplied: UndoEntry | null = null;

  push(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
  }

  /** Takes back an entry whose change failed. */
  remove(entry: UndoEntry): void {
    this.done = this.done.filter((e) => e !== entry);
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Undoes the last change; resolves to its label, or null when there was nothing to undo. */
  undo(): Promise<string | null> {
    return this.enqueue(() => this.step(this.done, this.undone, 'undo'));
  }

  redo(): Promise<string | null> {
    return this.enqueue(() => this.step(this.undone, this.done, 'redo'));
  }

  // Key presses faster than the main side answers are queued, never dropped: Ctrl+Z right after Ctrl+Shift+Z
  // undoes the redo once it has landed.
  private enqueue(task: () => Promise<string | null>): Promise<string | null> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => null);
    return run;
  }

  private async step(from: UndoEntry[], to: UndoEntry[], direction: 'undo' | 'redo'): Promise<string | null> {
    const entry = from.pop();
    if (!entry) return null;
    if (!(await entry[direction]())) return null;
    to.push(entry);
    this.lastApplied = entry;
    return entry.label;
  }
}
