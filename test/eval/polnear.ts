// PolNeAR dev through the whole extraction pipeline (extractClaims, as the CLI runs it): the top-level
// attributions of every claim, deduplicated, scored with the port of the reference scorer.
import { extractClaims, type ExtractOptions } from '../../main/core/extract';
import type { PnArticle } from './polnear-score';
import type { PolnearArticle } from '../model/polnear-data';

export function predictArticle(g: PolnearArticle, options: ExtractOptions = {}): PnArticle {
  const ex = extractClaims(g.text, options);
  const seen = new Set<string>();
  const attributions: PnArticle['attributions'] = [];
  for (const c of ex.claims)
    for (const a of c.attributions) {
      if (a.within !== undefined) continue;
      const k = JSON.stringify([a.cue, a.source, a.content].map((r) => r.map((x) => [x.start, x.end])));
      if (seen.has(k)) continue;
      seen.add(k);
      attributions.push({ cue: a.cue, source: a.source, content: a.content });
    }
  return { id: g.id, text: g.text, attributions };
}
