// Lines, boilerplate, headings and paragraphs. Each non-blank line is a block; a prose line joins the previous
// prose line's paragraph only when that line looks hard-wrapped (it does not end a sentence), so both
// one-paragraph-per-line text and wrapped plain text come out as paragraphs.
import { boilerplateReason } from './boilerplate';
import { isHeading } from './headings';

export interface Paragraph {
  start: number;
  end: number;
}

export interface Layout {
  skipped: { start: number; end: number; reason: string }[];
  headings: { start: number; end: number }[];
  paragraphs: Paragraph[];
}

function isWs(c: number): boolean {
  return c === 32 || c === 10;
}

export function layout(n: string): Layout {
  const skipped: Layout['skipped'] = [];
  const headings: Layout['headings'] = [];
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let prevWrapped = false;
  let pos = 0;
  while (pos <= n.length) {
    let nl = n.indexOf('\n', pos);
    if (nl < 0) nl = n.length;
    let s = pos;
    let e = nl;
    while (s < e && isWs(n.charCodeAt(s))) s++;
    while (e > s && isWs(n.charCodeAt(e - 1))) e--;
    pos = nl + 1;
    if (s === e) {
      current = null;
      prevWrapped = false;
      if (nl >= n.length) break;
      continue;
    }
    const line = n.slice(s, Math.min(e, s + 401));
    const continuing = current !== null && prevWrapped;
    const reason = continuing ? null : boilerplateReason(e - s > 400 ? line + 'x' : line);
    if (reason) {
      skipped.push({ start: s, end: e, reason });
      current = null;
      prevWrapped = false;
    } else if (!continuing && e - s <= 200 && isHeading(line)) {
      headings.push({ start: s, end: e });
      current = null;
      prevWrapped = false;
    } else {
      if (continuing && current) current.end = e;
      else {
        current = { start: s, end: e };
        paragraphs.push(current);
      }
      const last = n[e - 1] ?? '';
      // A long line that stops mid-sentence was wrapped by the writer's editor, not ended.
      prevWrapped = e - s >= 40 && !/[.!?:;"')\]]/.test(last);
    }
    if (nl >= n.length) break;
  }
  return { skipped, headings, paragraphs };
}
