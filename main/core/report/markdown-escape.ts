// Text from articles and reviewers goes into Markdown as text: every character that Markdown or HTML could read
// as syntax is backslash-escaped, so a note like "<img onerror=…>" or "[x](javascript:…)" stays literal.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"']/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** Multi-line text (notes) as a blockquote, each line escaped. */
export function quoteBlock(text: string, indent = ''): string {
  return text
    .split(/\r?\n/)
    .map((line) => `${indent}> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** An http(s) link to a bare domain, or null when the value is not a plain hostname. */
export function domainUrl(domain: string): string | null {
  return HOSTNAME.test(domain) ? `https://${domain}/` : null;
}

/** Only http(s) URLs become links; anything else is shown as text. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
