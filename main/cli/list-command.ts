// `claimdesk list --workspace W [--format json|text]`: the articles and their claims with review status, and
// the claim ids that `claimdesk mark` takes. Reads only; safe while the app holds the workspace.
import { resolve } from 'node:path';
import { articleSummary } from '../api/articles';
import { WorkspaceReadError } from '../store/snapshot-file';
import { workspaceExists, WorkspaceStore } from '../store/workspace-store';
import { parseCommandArgs } from './args';
import { CliError, type CliIo } from './io';

export const LIST_USAGE = `Usage: claimdesk list --workspace W [--format text|json]`;

export async function runList(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('list', LIST_USAGE, {
    args,
    options: {
      workspace: { type: 'string', short: 'w' },
      format: { type: 'string', short: 'f', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (parsed.values.help) {
    io.stdout(`${LIST_USAGE}\n`);
    return 0;
  }
  const { workspace, format } = parsed.values;
  if (!workspace) throw new CliError(`list: name the workspace with --workspace FILE\n\n${LIST_USAGE}`, 2);
  if (format !== 'text' && format !== 'json')
    throw new CliError(`list: --format must be text or json (got "${format}")`, 2);
  if (!(await workspaceExists(resolve(workspace)))) throw new CliError(`list: there is no workspace at ${workspace}`);

  let store: WorkspaceStore;
  try {
    store = await WorkspaceStore.open(resolve(workspace), { readOnly: true, lock: false });
  } catch (e) {
    if (e instanceof WorkspaceReadError) throw new CliError(`list: ${e.message}`);
    throw e;
  }
  for (const notice of store.notices) io.stderr(`claimdesk: ${notice}\n`);
  // A damaged file is not a success, even when a backup or its good parts can be shown.
  const exitCode = store.damaged ? 1 : 0;
  const articles = store.data.articles.map((a) => {
    const reviews = store.data.reviews[a.id] ?? {};
    return {
      ...articleSummary(store, a),
      claims: a.claims.map((c) => {
        const r = reviews[c.id];
        return {
          id: c.id,
          kind: c.kind,
          text: c.text,
          speaker: c.speaker?.name ?? null,
          outlet: c.outlet ? c.outlet.name : null,
          status: c.kind === 'heading' ? null : (r?.status ?? 'pending'),
          note: r?.note ?? '',
          reviewer: r?.reviewer ?? '',
          updatedAt: r?.updatedAt ?? '',
        };
      }),
    };
  });
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ workspace: store.filePath, articles }, null, 2)}\n`);
    return exitCode;
  }
  if (articles.length === 0) io.stdout('The workspace has no articles.\n');
  for (const a of articles) {
    io.stdout(`${a.id}  ${a.meta.title}  (${a.reviewedCount}/${a.claimCount} reviewed)\n`);
    for (const c of a.claims) {
      if (c.kind === 'heading') continue;
      const text = c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text;
      io.stdout(`  ${c.id}  ${(c.status ?? '').padEnd(9)}  ${text}\n`);
    }
  }
  return exitCode;
}
