// Lays an article's text out as blocks (paragraphs, headings, skipped lines) cut into pieces: plain text or a
// claim. Pure, so the same layout can be tested without a DOM. Offsets index the text exactly as imported.
import type { Claim, SkippedLine } from '../main/api/contract';

export type Piece =
  { kind: 'text'; start: number; end: number } | { kind: 'claim'; claimId: string; start: number; end: number };

export interface Block {
  kind: 'paragraph' | 'heading' | 'skipped';
  start: number;
  end: number;
  pieces: Piece[];
  /** Why the extractor left a skipped line out ("photo credit", "related link"). */
  reason?: string;
}

interface Line {
  start: number;
  end: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    if (text.slice(start, contentEnd).trim() !== '') out.push({ start, end: contentEnd });
    start = end + 1;
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export function layoutArticle(text: string, claims: readonly Claim[], skipped: readonly SkippedLine[]): Block[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const blocks: Block[] = [];
  let claimIndex = 0;
  for (const line of lines(text)) {
    const skip = skipped.find((entry) => overlaps(entry, line));
    while (claimIndex < sorted.length && (sorted[claimIndex]?.end ?? 0) <= line.start) claimIndex += 1;
    const inLine: Claim[] = [];
    for (let i = claimIndex; i < sorted.length; i += 1) {
      const claim = sorted[i];
      if (!claim || claim.start >= line.end) break;
      if (overlaps(claim, line)) inLine.push(claim);
    }
    const isHeading = inLine.length > 0 && inLine.every((claim) => claim.kind === 'heading');
    if (skip && inLine.length === 0) {
      blocks.push({
        kind: 'skipped',
        start: line.start,
        end: line.end,
        pieces: [{ kind: 'text', ...line }],
        reason: skip.reason,
      });
      continue;
    }
    if (isHeading) {
      blocks.push({ kind: 'heading', start: line.start, end: line.end, pieces: [{ kind: 'text', ...line }] });
      continue;
    }
    const pieces: Piece[] = [];
    let cursor = line.start;
    for (const claim of inLine) {
      if (claim.kind === 'heading') continue;
      const start = Math.max(claim.start, cursor, line.start);
      const end = Math.min(claim.end, line.end);
      if (end <= start) continue;
      if (start > cursor) pieces.push({ kind: 'text', start: cursor, end: start });
      pieces.push({ kind: 'claim', claimId: claim.id, start, end });
      cursor = end;
    }
    if (cursor < line.end) pieces.push({ kind: 'text', start: cursor, end: line.end });
    blocks.push({ kind: 'paragraph', start: line.start, end: line.end, pieces });
  }
  return blocks;
}
