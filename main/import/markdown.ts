// Markdown -> the plain-text structure extraction reads: one line per heading, paragraph, list item or
// quote line, blank lines between blocks. Raw HTML in the Markdown is dropped, never passed on.
import { Lexer, type Token, type Tokens } from 'marked';

export interface MarkdownArticle {
  text: string;
  /** The first heading, when there is one. */
  title: string | null;
}

export function markdownToText(markdown: string): MarkdownArticle {
  const blocks: string[] = [];
  let title: string | null = null;
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      switch (token.type) {
        case 'heading': {
          const text = inlineText((token as Tokens.Heading).tokens);
          title ??= text;
          blocks.push(text);
          break;
        }
        case 'paragraph':
          blocks.push(inlineText((token as Tokens.Paragraph).tokens));
          break;
        case 'text':
          blocks.push(inlineText((token as Tokens.Text).tokens ?? [token]));
          break;
        case 'list':
          for (const item of (token as Tokens.List).items) blocks.push(inlineText(item.tokens.flatMap(flattenBlock)));
          break;
        case 'blockquote':
          visit((token as Tokens.Blockquote).tokens);
          break;
        case 'code':
          blocks.push((token as Tokens.Code).text);
          break;
        case 'table': {
          const t = token as Tokens.Table;
          for (const row of [t.header, ...t.rows]) blocks.push(row.map((c) => inlineText(c.tokens)).join(' | '));
          break;
        }
        default:
          break; // html, hr, space: nothing a reader would call article text
      }
    }
  };
  visit(new Lexer().lex(markdown));
  return {
    text: blocks
      .map((b) => b.trim())
      .filter(Boolean)
      .join('\n\n'),
    title,
  };
}

function flattenBlock(token: Token): Token[] {
  return 'tokens' in token && Array.isArray(token.tokens) && token.type !== 'link'
    ? (token.tokens as Token[])
    : [token];
}

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  let skipping = false; // inside an inline <script> or <style>: its text is code, not article
  for (const t of tokens) {
    if (t.type === 'html') {
      if (/^<(script|style)\b/i.test(t.raw)) skipping = true;
      else if (/^<\/(script|style)\s*>/i.test(t.raw)) skipping = false;
      continue;
    }
    if (skipping) continue;
    switch (t.type) {
      case 'text':
      case 'escape':
        out += 'tokens' in t && t.tokens ? inlineText(t.tokens as Token[]) : decodeEntities((t as Tokens.Text).text);
        break;
      case 'codespan':
        out += (t as Tokens.Codespan).text;
        break;
      case 'br':
        out += ' ';
        break;
      case 'html':
      case 'image':
        break;
      default:
        out += 'tokens' in t && t.tokens ? inlineText(t.tokens as Token[]) : '';
    }
  }
  return out.replace(/\s+/g, ' ');
}

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
