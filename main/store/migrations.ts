// Forward migrations, one per schema version. Each takes the data of version N and returns version N + 1; the
// store keeps a copy of the original file before it writes the migrated one.
import { SCHEMA_VERSION, type WorkspaceData } from './schema';

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

const MIGRATIONS: Record<number, Migration> = {
  // 1 -> 2: changes are journaled; the snapshot records the last journal batch it includes.
  1: (data) => ({ ...data, schemaVersion: 2, journalSeq: 0 }),
};

export function migrate(data: { schemaVersion: number }): WorkspaceData {
  let current = data as unknown as Record<string, unknown>;
  for (let v = data.schemaVersion; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`There is no migration from workspace schema ${v}.`);
    current = step(current);
  }
  return current as unknown as WorkspaceData;
}
