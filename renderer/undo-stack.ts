// Undo and redo for the desk's changes (marks, evidence, corrections). Each entry knows how to undo and redo
// itself through the main side; an undo is itself a recorded change, so the claim's history stays complete.

export interface UndoEntry {
  label: string;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

const LIMIT = 200;

export class UndoStack {
  private done: UndoEntry[] = [];
  private undone: UndoEntry[] = [];
  private busy = false;

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
  async undo(): Promise<string | null> {
    if (this.busy) return null;
    const entry = this.done.pop();
    if (!entry) return null;
    this.busy = true;
    try {
      if (await entry.undo()) {
        this.undone.push(entry);
        return entry.label;
      }
      return null;
    } finally {
      this.busy = false;
    }
  }

  async redo(): Promise<string | null> {
    if (this.busy) return null;
    const entry = this.undone.pop();
    if (!entry) return null;
    this.busy = true;
    try {
      if (await entry.redo()) {
        this.done.push(entry);
        return entry.label;
      }
      return null;
    } finally {
      this.busy = false;
    }
  }
}
