// Markdown report -> HTML with marked, then an allow-list sanitiser: whatever slipped into the Markdown, the
// HTML carries no script, event handler, style, remote resource or non-http(s) link.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'code', 'pre',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'hr'],
  allowedAttributes: { a: ['href'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
};

// GFM tables, but no bare-URL autolinks: a URL someone typed in a note stays text unless the report made it a link.
const markdownToHtml = new Marked({ gfm: true, async: false, tokenizer: { url: () => undefined } });

export function renderMarkdownToSafeHtml(markdown: string): string {
  const html = markdownToHtml.parse(markdown, { async: false });
  return sanitizeHtml(html, SANITIZE);
}
