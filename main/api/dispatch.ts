// The one door every call goes through, from Electron's IPC or the test bridge: check the sender, check the
// request's shape, run the handler, and turn any failure into a typed error value.
import { ImportError } from '../import/decode';
import { WorkspaceLockedError } from '../store/lock';
import { ReadOnlyWorkspaceError, WorkspaceWriteError } from '../store/workspace-store';
import { channels, type ChannelName, type ErrorCode, type Result } from './contract';
import { ApiError } from './errors';
import type { Handlers } from './handlers';
import { requestChecks } from './validate';

export type Dispatch = (channel: string, request: unknown, senderUrl: string) => Promise<Result<unknown>>;

const CHANNEL_BY_IPC_NAME = new Map<string, ChannelName>(
  Object.entries(channels).map(([name, ipc]) => [ipc, name as ChannelName]),
);

/** Accepts a channel by its contract name ("setReview") or its IPC name ("review:set"). */
export function channelNamed(channel: string): ChannelName | null {
  if (Object.hasOwn(channels, channel)) return channel as ChannelName;
  return CHANNEL_BY_IPC_NAME.get(channel) ?? null;
}

/** scheme://host[:port] of a URL. Not URL.origin: that is "null" for custom schemes such as app://. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

export function isTrustedSender(senderUrl: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(senderUrl);
  return origin !== null && trustedOrigins.includes(origin);
}

export function createDispatch(
  handlers: Handlers,
  trustedOrigins: readonly string[],
  log?: (e: unknown) => void,
): Dispatch {
  return async (channel, request, senderUrl) => {
    if (!isTrustedSender(senderUrl, trustedOrigins)) {
      return fail('forbidden', 'This request did not come from the ClaimDesk window and was refused.');
    }
    const name = channelNamed(channel);
    if (!name) return fail('bad-request', `There is no channel called "${String(channel).slice(0, 80)}".`);
    const problem = requestChecks[name](request ?? {});
    if (problem) return fail('bad-request', `Malformed ${name} request: ${problem}.`);
    try {
      const handler = handlers[name] as (req: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(request ?? {}) };
    } catch (e) {
      if (e instanceof ApiError) return fail(e.code, e.message);
      if (e instanceof ImportError) return fail('bad-request', e.message);
      if (e instanceof ReadOnlyWorkspaceError) return fail('read-only', e.message);
      if (e instanceof WorkspaceWriteError) return fail('not-saved', e.message);
      if (e instanceof WorkspaceLockedError) return fail('locked', e.message);
      log?.(e);
      return fail('failed', `Something went wrong: ${(e as Error)?.message ?? String(e)}`);
    }
  };
}

function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
