// Fetching an article from the web, in the main process (ARCHITECTURE.md §7): http and https only, a time limit, a
// size cap, a cap on redirects, and no private, loopback or link-local address unless the person allows it in
// the workspace's settings. The address check happens on the resolved IP at connection time (a custom lookup),
// so a name that resolves to 127.0.0.1, or changes its answer between two lookups, is refused too.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { decodeBytes, ImportError, type DecodedText } from './decode';

export interface FetchOptions {
  allowPrivateNetwork?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The address asked for. */
  requestedUrl: string;
  /** Where the content came from, after redirects. */
  finalUrl: string;
  contentType: string;
  body: string;
  /** What the person should know about how the page was read (its encoding). */
  warnings: string[];
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
  ['::', 96],
  ['::ffff:0:0:0', 96],
] as const) {
  // ::/96 holds IPv4-compatible forms (::7f00:1), ::ffff:0:0:0/96 the SIIT-translated ones: neither is a public site.
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

/** True for addresses a web page must not make the app reach: loopback, private, link-local, reserved. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped?.[1]) return PRIVATE.check(mapped[1], 'ipv4');
    return PRIVATE.check(address, 'ipv6');
  }
  return true;
}

/** Checks the address a person typed: an absolute http(s) URL with a host and no credentials. */
export function checkFetchUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ImportError(`“${raw.slice(0, 200)}” is not a web address. Type one that starts with https://.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImportError(`ClaimDesk fetches only http and https addresses, not ${url.protocol.replace(':', '')}.`);
  }
  if (!url.hostname) throw new ImportError('That web address has no host.');
  if (url.username || url.password)
    throw new ImportError('Web addresses with a user name or password are not fetched.');
  return url;
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = (addresses as unknown as LookupAddress[]).filter(
        (a) => allowPrivate || !isPrivateAddress(a.address),
      );
      if (list.length === 0) {
        const refused = Object.assign(new Error(`${hostname} is a private or local address`), { code: 'EPRIVATE' });
        return callback(refused, '', 0);
      }
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

/** One deadline for the whole fetch: connecting, every header, every redirect and the body. */
class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  constructor(
    readonly ms: number,
    readonly host: string,
  ) {
    this.timer = setTimeout(() => this.controller.abort(this.error()), ms);
    this.timer.unref?.();
  }
  get signal(): AbortSignal {
    return this.controller.signal;
  }
  /** Before the headers are in, the site "did not answer"; after, it was too slow to send the page. */
  phase: 'answer' | 'body' = 'answer';
  error(): ImportError {
    const seconds = this.ms >= 1000 ? String(Math.round(this.ms / 1000)) : (this.ms / 1000).toFixed(1);
    return new ImportError(
      this.phase === 'answer'
        ? `${this.host} did not answer within ${seconds} seconds; the article was not fetched.`
        : `${this.host} was too slow to send the page (over ${seconds} seconds); the article was not fetched.`,
    );
  }
  clear(): void {
    clearTimeout(this.timer);
  }
}

function once(url: URL, options: Required<FetchOptions>, deadline: Deadline): Promise<IncomingMessage> {
  const literal = isIP(url.hostname.replace(/^\[|\]$/g, ''));
  if (literal && !options.allowPrivateNetwork && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ''))) {
    return Promise.reject(
      new ImportError(
        `${url.hostname} is a private or local address. Allow private network addresses in the ` +
          `import settings to fetch it.`,
      ),
    );
  }
  if (deadline.signal.aborted) return Promise.reject(deadline.error());
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // A socket timeout restarts with every byte: a server dripping its headers would hold the import for ever.
    const req = request(
      url,
      {
        method: 'GET',
        lookup: guardedLookup(options.allowPrivateNetwork),
        headers: {
          'user-agent': 'ClaimDesk/0.1 (article import for fact-checking)',
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1',
          'accept-encoding': 'identity',
        },
        signal: deadline.signal,
      },
      resolve,
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (deadline.signal.aborted) return reject(deadline.error());
      if (e instanceof ImportError) return reject(e);
      if (e.code === 'EPRIVATE') {
        return reject(
          new ImportError(
            `${url.hostname} is a private or local address. Allow private network addresses in the ` +
              `import settings to fetch it.`,
          ),
        );
      }
      if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN')
        return reject(new ImportError(`${url.hostname} could not be found. Check the address and the network.`));
      reject(new ImportError(`Could not fetch ${url.href}: ${e.message}`));
    });
    req.end();
  });
}

function readBody(
  res: IncomingMessage,
  url: URL,
  options: Required<FetchOptions>,
  deadline: Deadline,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  return new Promise<Buffer>((resolve, reject) => {
    const onAbort = () => res.destroy(deadline.error());
    if (deadline.signal.aborted) return onAbort();
    deadline.signal.addEventListener('abort', onAbort, { once: true });
    const done = () => deadline.signal.removeEventListener('abort', onAbort);
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxBytes) {
        res.destroy(
          new ImportError(`The page is larger than ${Math.round(options.maxBytes / 1048576)} MB; it was not fetched.`),
        );
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => {
      done();
      resolve(Buffer.concat(chunks));
    });
    res.on('error', (e) => {
      done();
      if (deadline.signal.aborted) return reject(deadline.error());
      reject(e instanceof ImportError ? e : new ImportError(`The download from ${url.host} broke off: ${e.message}`));
    });
    res.on('close', () => {
      done();
      if (!res.complete)
        reject(
          deadline.signal.aborted ? deadline.error() : new ImportError(`The download from ${url.host} broke off.`),
        );
    });
  });
}

export async function fetchArticlePage(raw: string, opts: FetchOptions = {}): Promise<FetchedPage> {
  const options: Required<FetchOptions> = { allowPrivateNetwork: false, ...FETCH_DEFAULTS, ...opts };
  const requested = checkFetchUrl(raw);
  const deadline = new Deadline(options.timeoutMs, requested.host);
  try {
    return await fetchWithin(requested, options, deadline);
  } finally {
    deadline.clear();
  }
}

async function fetchWithin(requested: URL, options: Required<FetchOptions>, deadline: Deadline): Promise<FetchedPage> {
  let url = requested;
  for (let hop = 0; ; hop++) {
    const res = await once(url, options, deadline);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= options.maxRedirects)
        throw new ImportError(
          `${requested.host} redirected more than ${options.maxRedirects} times; the article was not fetched.`,
        );
      let next: URL;
      try {
        next = checkFetchUrl(new URL(res.headers.location, url).href);
      } catch (e) {
        throw new ImportError(`${url.host} redirected to an address ClaimDesk does not fetch: ${(e as Error).message}`);
      }
      url = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new ImportError(
        `${url.host} answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}; the ` +
          `article was not fetched.`,
      );
    }
    const contentType = String(res.headers['content-type'] ?? '');
    if (contentType && !/^(text\/|application\/(xhtml\+xml|xml))/i.test(contentType)) {
      res.resume();
      throw new ImportError(
        `${url.host} sent ${contentType.split(';')[0]}, not a page of text; ClaimDesk imports web ` +
          `pages, text and Markdown.`,
      );
    }
    const declared = Number(res.headers['content-length'] ?? 0);
    if (declared > options.maxBytes) {
      res.destroy();
      throw new ImportError(
        `The page is ${(declared / 1048576).toFixed(1)} MB; ClaimDesk fetches pages up to ` +
          `${Math.round(options.maxBytes / 1048576)} MB.`,
      );
    }
    deadline.phase = 'body';
    const bytes = new Uint8Array(await readBody(res, url, options, deadline));
    let decoded: DecodedText;
    try {
      decoded = decodeBytes(bytes, url.host, { contentType, html: /html|xml/i.test(contentType) || !contentType });
    } catch (e) {
      if (e instanceof ImportError && /binary file/.test(e.message))
        throw new ImportError(`${url.host} sent a binary file, not an article.`);
      throw e;
    }
    return {
      requestedUrl: requested.href,
      finalUrl: url.href,
      contentType,
      body: decoded.text,
      warnings: decoded.warnings,
    };
  }
}
