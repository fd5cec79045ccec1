// Per-claim speaker and outlet accuracy on PolNeAR dev (issue 13). PolNeAR's sources are speakers or outlets; the
// texts stay in ../shared/polnear (they belong to their publishers) and are read at run time, never copied here.
//
// SCORING, per claim. Every gold attribution with a source is located in the predicted claim whose span holds its
// first cue character (as score.ts does). A source the outlet registry resolves ("The New York Post", "the Times")
// is an outlet; any other source is a speaker.
//   - speaker (claims with a gold speaker source): right when the claim's speaker, as written in the claim,
//     overlaps one of them ("she" resolved to a name still sits on "she"), or its name matches one (namesMatch).
//   - outlet (claims with a gold outlet source): right when the claim's stated outlet is one of them.
//   Gold attributions whose cue lies in no predicted claim are wrong, one each.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { extractClaims } from '../../main/core/extract';
import { defaultOutletResolver } from '../../main/core/outlets/resolver';
import type { Claim, Span } from '../../main/core/types';
import { canonicalOutlet, namesMatch, type Accuracy } from './score';

interface PolnearArticle {
  id: string;
  text: string;
  attributions: { source: Span[]; cue: Span[]; content: Span[] }[];
}

export interface PolnearScore {
  articles: number;
  speaker: Accuracy;
  outlet: Accuracy;
}

type Extract = (text: string) => Pick<ReturnType<typeof extractClaims>, 'claims'>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where PolNeAR dev is: POLNEAR_DIR (a folder), else ../shared/polnear beside the repository. */
export function polnearDevPath(): string {
  return join(process.env.POLNEAR_DIR ?? resolve(ROOT, '../shared/polnear'), 'dev.jsonl');
}

export function loadPolnearDev(path = polnearDevPath()): PolnearArticle[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as PolnearArticle);
}

const overlaps = (a: { start: number; end: number }, spans: readonly Span[]): boolean =>
  spans.some((s) => a.start < s.end && s.start < a.end);

export function scorePolnear(extract: Extract, articles: readonly PolnearArticle[]): PolnearScore {
  const resolver = defaultOutletResolver();
  const speaker: Accuracy = { right: 0, total: 0 };
  const outlet: Accuracy = { right: 0, total: 0 };
  for (const article of articles) {
    let claims: readonly Claim[];
    try {
      claims = extract(article.text).claims;
    } catch {
      claims = [];
    }
    // Gold sources per predicted claim (a missing claim is a group of its own, and wrong).
    const groups = new Map<Claim | number, { speakers: Span[][]; outlets: string[] }>();
    for (const g of article.attributions) {
      const cue = g.cue[0];
      if (!cue || g.source.length === 0) continue;
      const claim = claims.find((c) => c.start <= cue.start && cue.start < c.end);
      const key = claim ?? cue.start;
      let group = groups.get(key);
      if (!group) {
        group = { speakers: [], outlets: [] };
        groups.set(key, group);
      }
      const sourceText = g.source.map((x) => x.text).join(' ');
      const asOutlet = resolver.resolve(sourceText, { articleText: article.text });
      if (asOutlet) group.outlets.push(canonicalOutlet(asOutlet.outlet.id) ?? '');
      else group.speakers.push(g.source);
    }
    for (const [key, group] of groups) {
      const claim = typeof key === 'number' ? null : key;
      const sp = claim?.speaker ?? null;
      if (group.speakers.length > 0) {
        speaker.total++;
        const text = (src: Span[]) => src.map((x) => x.text).join(' ');
        if (sp && group.speakers.some((src) => overlaps(sp, src) || namesMatch(sp.name, text(src)))) speaker.right++;
      }
      if (group.outlets.length > 0) {
        outlet.total++;
        const o = claim?.outlet;
        if (o && o.stated && group.outlets.includes(canonicalOutlet(o.id) ?? '')) outlet.right++;
      }
    }
  }
  return { articles: articles.length, speaker, outlet };
}

const ratio = (a: Accuracy): string =>
  a.total === 0 ? '-' : `${(a.right / a.total).toFixed(3)} (${a.right}/${a.total})`;

/** The lines `npm run eval` prints; says so when PolNeAR is not there. */
export function formatPolnear(extract: Extract): string {
  const path = polnearDevPath();
  const articles = loadPolnearDev(path);
  if (!articles) return `PolNeAR dev not found at ${path} (set POLNEAR_DIR to its folder): skipped.`;
  const s = scorePolnear(extract, articles);
  return [
    `PolNeAR dev, ${s.articles} articles, attributions with a source located in their claim:`,
    `  speaker ${ratio(s.speaker)}   outlet (sources that are outlets) ${ratio(s.outlet)}`,
  ].join('\n');
}
