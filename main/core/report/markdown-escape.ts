// Text from articles and reviewers goes into Markdown as text. Inline syntax (emphasis, code, links, raw HTML,
// entities, tables, strikethrough) is backslash-escaped wherever it appears; block syntax (headings, lists,
// setext underlines) only where it has meaning, at the start of a line. Whitespace is collapsed, so every call
// yields one line: a note like "<img onerror=…>" or "[x](javascript:…)" stays literal and still reads well.
import { isHostname } from '../urls';

// ! ( ) too: marked re-reads a link's label, where "!\\[x\\](http://…)" would become an image again.
const INLINE_SPECIAL = /[\\`*_[\]<>|~&!()]/g;

// A run of scheme characters with the colon after it, if any. The run is matched whole from its first character, so
// each character is read once: "[a-z][a-z0-9+.-]*:" would rescan the rest of a long word from every letter in it
// (a 1,000,000-character word took minutes).
const SCHEME_RUN = /[a-z0-9+.-]+:?/gi;
const escapeSchemeColon = (run: string): string =>
  run.endsWith(':') && /[a-z]/i.test(run) ? `${run.slice(0, -1)}\\:` : run;

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(INLINE_SPECIAL, (c) => `\\${c}`)
      // Bare URLs and "www." stay text too: viewers with GFM autolinks would otherwise make links of them (and a
      // backslash right after an autolinked URL is swallowed with it, freeing what follows).
      .replace(SCHEME_RUN, escapeSchemeColon)
      .replace(/\bwww\./gi, 'www\\.')
      .replace(/^([#+\-=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** Multi-line text (notes) as a blockquote, each line escaped. */
export function quoteBlock(text: string, indent = ''): string {
  return text
    .split(/\r?\n/)
    .map((line) => `${indent}> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

/** An http(s) link to a bare domain, or null when the value is not a plain hostname. */
export function domainUrl(domain: string): string | null {
  return isHostname(domain) ? `https://${domain}/` : null;
}
