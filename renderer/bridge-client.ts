// The renderer's only door to the main side. Every call resolves to a Result; a missing bridge, a thrown error
// or a refused request becomes an error value and a message for the person, never a crash.
import type { Bridge, ChannelName, ImportPreview, MenuCommand, Request, Response, Result } from '../main/api/contract';
import { showError } from './toasts';

declare global {
  interface Window {
    claimdesk?: Bridge;
  }
}

function bridge(): Bridge | null {
  return window.claimdesk ?? null;
}

function failure(message: string): { ok: false; error: { code: 'failed'; message: string } } {
  return { ok: false, error: { code: 'failed', message } };
}

/** Calls a channel; never throws. */
export async function invoke<K extends ChannelName>(channel: K, request: Request<K>): Promise<Result<Response<K>>> {
  const api = bridge();
  if (!api) return failure('ClaimDesk cannot reach its main process (the bridge is missing).');
  const fn = api[channel] as unknown as ((request: Request<K>) => Promise<Result<Response<K>>>) | undefined;
  if (typeof fn !== 'function') return failure(`ClaimDesk's main process does not offer "${channel}".`);
  try {
    const result = await fn(request);
    if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') {
      return failure(`The main process gave an unreadable answer to "${channel}".`);
    }
    return result;
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error));
  }
}

/** Calls a channel and tells the person when it fails. */
export async function request<K extends ChannelName>(
  channel: K,
  req: Request<K>,
  failedTo?: string,
): Promise<Result<Response<K>>> {
  const result = await invoke(channel, req);
  if (!result.ok) showError(failedTo ? `${failedTo}: ${result.error.message}` : result.error.message);
  return result;
}

export function onMenuCommand(listener: (command: MenuCommand, preview?: ImportPreview) => void): void {
  const api = bridge();
  if (api && typeof api.onMenuCommand === 'function') api.onMenuCommand(listener);
}
