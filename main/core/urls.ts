// The one place that decides what counts as a web address ClaimDesk links to or opens: http(s), a host, no
// credentials (ARCHITECTURE.md §7). Every link built or accepted anywhere goes through httpUrl.

const HOSTNAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/i;

/** True for a plain hostname such as "reuters.com" or "en.yna.co.kr" (no scheme, port, path or credentials). */
export function isHostname(s: string): boolean {
  return HOSTNAME.test(s) && /[a-z]/i.test(s.slice(s.lastIndexOf('.') + 1));
}

/** The URL (resolved against `base` when given) when it is http(s) with a host and no credentials, else null. */
export function httpUrl(s: string | undefined, base?: string): string | null {
  if (!s) return null;
  let u: URL;
  try {
    u = new URL(s.trim(), base);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname || u.username || u.password) return null;
  return u.href;
}
