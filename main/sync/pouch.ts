// PouchDB is the replication client (issue 16). It is loaded only when a workspace syncs, so the app and the CLI
// start without it: the bundles keep `pouchdb-*` external and this module imports it on first use. The local
// replica uses LevelDB through leveldown, whose prebuilt N-API binaries load without an install script.

/** The part of a PouchDB database that sync uses (the packages ship no types of their own). */
export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  [key: string]: unknown;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
  status: string;
}

export interface ChangesResult {
  results: { id: string; seq: number | string; changes: { rev: string }[]; doc?: PouchDoc; deleted?: boolean }[];
  last_seq: number | string;
}

export interface Replication extends PromiseLike<ReplicationResult> {
  on(event: string, listener: (arg: never) => void): Replication;
  cancel(): void;
}

export interface PouchDatabase {
  name: string;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  get(id: string, options?: Record<string, unknown>): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(
    docs: PouchDoc[],
    options?: { new_edits?: boolean },
  ): Promise<({ ok?: boolean; id?: string; rev?: string; error?: string; reason?: string } | PouchDoc)[]>;
  allDocs(options?: Record<string, unknown>): Promise<{ rows: { id: string; value: { rev: string } }[] }>;
  changes(options: Record<string, unknown>): Promise<ChangesResult>;
  revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchConstructor {
  new (name: string, options?: Record<string, unknown>): PouchDatabase;
  replicate(source: PouchDatabase, target: PouchDatabase, options?: Record<string, unknown>): Replication;
}

let loaded: Promise<PouchConstructor> | null = null;

/** The PouchDB class with the LevelDB, HTTP and replication plugins, loaded once on first use. */
export function loadPouch(): Promise<PouchConstructor> {
  loaded ??= (async () => {
    const [core, leveldb, http, replication] = await Promise.all([
      import('pouchdb-core'),
      import('pouchdb-adapter-leveldb'),
      import('pouchdb-adapter-http'),
      import('pouchdb-replication'),
    ]);
    const unwrap = (m: { default?: unknown }): unknown => m.default ?? m;
    type Pluggable = { plugin(p: unknown): Pluggable };
    return (unwrap(core) as Pluggable)
      .plugin(unwrap(leveldb))
      .plugin(unwrap(http))
      .plugin(unwrap(replication)) as unknown as PouchConstructor;
  })();
  return loaded;
}
