// Cuts a stretch of a claim into runs by attribution role, so the selected claim can show its source, cue and
// content distinctly. Where nested attributions overlap, the cue wins over the source, the source over content.
import type { Claim, Span } from '../main/api/contract';

export type AttributionRole = 'source' | 'cue' | 'content';

export interface MarkRun {
  start: number;
  end: number;
  role: AttributionRole | null;
}

const PRIORITY: readonly AttributionRole[] = ['cue', 'source', 'content'];

export function attributionRuns(claim: Claim, start: number, end: number): MarkRun[] {
  const spans: { role: AttributionRole; span: Span }[] = [];
  for (const attribution of claim.attributions) {
    for (const role of PRIORITY) {
      for (const span of attribution[role]) {
        if (span.start < end && start < span.end) spans.push({ role, span });
      }
    }
  }
  if (spans.length === 0) return [{ start, end, role: null }];
  const cuts = new Set<number>([start, end]);
  for (const { span } of spans) {
    cuts.add(Math.max(start, span.start));
    cuts.add(Math.min(end, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: MarkRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    let role: AttributionRole | null = null;
    for (const candidate of PRIORITY) {
      if (spans.some((entry) => entry.role === candidate && entry.span.start <= a && b <= entry.span.end)) {
        role = candidate;
        break;
      }
    }
    const last = runs[runs.length - 1];
    if (last && last.role === role) last.end = b;
    else runs.push({ start: a, end: b, role });
  }
  return runs;
}
