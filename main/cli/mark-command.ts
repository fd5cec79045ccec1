// `claimdesk mark --workspace W --claim ID --status S [--note T]`: one reviewer decision from a script.
// Refused with a clear message while the app holds the workspace; exit 0 means the change is durable.
import { isReviewStatus, REVIEW_STATUSES, type ReviewStatus } from '../core/review/status';
import { AppSettings } from '../store/app-settings';
import { defaultUserDataDir } from '../store/user-data-dir';
import { cliHandlers, handled } from './handlers';
import { parseCommandArgs } from './args';
import { CliError, type CliIo } from './io';
import { quickMark } from './mark-quick';
import { WAIT_OPTION, waitSeconds, withWorkspace } from './workspace-open';

export const MARK_USAGE = `Usage: claimdesk mark --workspace W --claim ID --status pending|verified|disputed|unsourced
                      [--note TEXT] [--article ID] [--reviewer NAME] [--wait SECONDS]

  While the app or another command holds W, waits up to --wait seconds (default 5), then refuses.
  Changes are signed with --reviewer, else with the profile set in the app (its settings in the user data
  folder, or CLAIMDESK_USER_DATA), else as "claimdesk CLI".`;

export async function runMark(
  args: string[],
  io: CliIo,
  deps: { now?: () => Date; env?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  const parsed = parseCommandArgs('mark', MARK_USAGE, {
    args,
    options: {
      workspace: { type: 'string', short: 'w' },
      claim: { type: 'string', short: 'c' },
      article: { type: 'string', short: 'a' },
      status: { type: 'string', short: 's' },
      note: { type: 'string', short: 'n' },
      reviewer: { type: 'string' },
      ...WAIT_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  const v = parsed.values;
  if (v.help) {
    io.stdout(`${MARK_USAGE}\n`);
    return 0;
  }
  if (!v.claim)
    throw new CliError(`mark: name the claim with --claim ID (claimdesk list shows the ids)\n\n${MARK_USAGE}`, 2);
  if (v.status === undefined && v.note === undefined)
    throw new CliError(`mark: give --status, --note or both\n\n${MARK_USAGE}`, 2);
  if (v.status !== undefined && !isReviewStatus(v.status)) {
    throw new CliError(`mark: --status must be one of ${REVIEW_STATUSES.join(', ')} (got "${v.status}")`, 2);
  }
  const now = deps.now ?? (() => new Date());

  const profile = v.reviewer?.trim() ? null : (await AppSettings.load(defaultUserDataDir(deps.env))).profile;
  const reviewer = v.reviewer?.trim() || profile?.name || 'claimdesk CLI';
  const wait = waitSeconds('mark', v.wait);
  if (v.workspace) {
    const quick = await quickMark(
      v.workspace,
      {
        claim: v.claim,
        article: v.article,
        status: v.status,
        note: v.note,
        reviewer,
        waitSeconds: wait,
        now: now(),
      },
      io,
    );
    if (quick !== null) return quick;
  }
  return withWorkspace(
    v.workspace,
    'mark',
    io,
    async (store) => {
      const matches = store.data.articles.filter(
        (a) => (!v.article || a.id === v.article) && a.claims.some((c) => c.id === v.claim),
      );
      if (matches.length === 0)
        throw new CliError(
          `mark: there is no claim ${v.claim}${v.article ? ` in article ${v.article}` : ''} in this workspace`,
        );
      if (matches.length > 1) {
        throw new CliError(
          `mark: claim ${v.claim} is in several articles (${matches.map((a) => a.id).join(', ')}); add --article ID`,
        );
      }
      const review = await handled('mark', () =>
        cliHandlers(store, now).setReview({
          articleId: matches[0]!.id,
          claimId: v.claim!,
          ...(v.status !== undefined ? { status: v.status as ReviewStatus } : {}),
          ...(v.note !== undefined ? { note: v.note } : {}),
          reviewer,
        }),
      );
      io.stdout(`${v.claim}\t${review.status}\n`);
      return 0;
    },
    { waitSeconds: wait },
  );
}
