// `npm run eval` (node --import tsx test/eval/run.ts): scores ClaimDesk's extractor and the naive said-verb
// baseline on the gold corpus in test/fixtures/attribution/, per split (dev, heldout, all), and exits 0.
//   --details   also lists, for the DEV split only, every gold attribution that was missed and every predicted
//               one that matched nothing (held-out articles are never shown in detail: tune nothing on them),
//               and every expectation of the speaker-and-outlet set that went wrong.
// Further sections score speaker and outlet per form of issue 13 on our own sentences (speaker-outlet.ts) and per
// claim on PolNeAR dev, read from ../shared/polnear at run time (polnear-speaker-outlet.ts).
import { extractClaims } from '../../main/core/extract';
import type { Extraction } from '../../main/core/types';
import { saidBaseline } from './baseline';
import { formatPolnear } from './polnear-speaker-outlet';
import { formatSpeakerOutlet, scoreSpeakerOutlet } from './speaker-outlet';
import { polnearSection } from './polnear-report';
import { loadGold, ROLES } from './gold';
import type { GoldArticle, Split } from './gold';
import { prf, roleValue, scoreArticle, scoredPredictions, sumScores, valueKey } from './score';
import type { ArticleScore, CorpusScore } from './score';

type System = { name: string; run: (text: string) => Pick<Extraction, 'claims'> };

const SYSTEMS: System[] = [
  { name: 'ClaimDesk', run: (text) => extractClaims(text) },
  { name: 'said-baseline', run: (text) => saidBaseline(text) },
];

const pct = (x: number): string => x.toFixed(3);
const acc = (a: { right: number; total: number }): string => (a.total === 0 ? '  -  ' : pct(a.right / a.total));

function row(label: string, s: CorpusScore): string {
  const cells = ROLES.map((role) => {
    const { p, r, f1 } = prf(s.roles[role]);
    return `${pct(p)} ${pct(r)} ${pct(f1)}`;
  });
  return (
    `${label.padEnd(26)} ${String(s.articles).padStart(3)}  ${cells.join(' | ')} | ` +
    `${acc(s.speaker)}   ${acc(s.outlet)}`
  );
}

/** `--floor cue=0.6,source=0.6,content=0.4`: exit 1 when PolNeAR dev linked F1 falls below (used by .ci/run). */
function checkFloor(f1: Record<string, number> | null): void {
  const arg = process.argv.find((a) => a.startsWith('--floor='))?.slice('--floor='.length);
  if (!arg || !f1) return;
  for (const part of arg.split(',')) {
    const [role, min] = part.split('=');
    const got = f1[role as string];
    if (got === undefined || got < Number(min)) {
      console.error(`eval: PolNeAR dev ${role} F1 ${got?.toFixed(3)} is below the floor ${min}`);
      process.exitCode = 1;
    }
  }
}

function main(): void {
  checkFloor(polnearSection());
  console.log("ClaimDesk's own gold corpus (test/fixtures/attribution/, written for the project):\n");
  const details = process.argv.includes('--details');
  const gold = loadGold();
  const splits: (Split | 'all')[] = ['dev', 'heldout', 'all'];
  const nAttr = gold.reduce((n, g) => n + g.attributions.filter((a) => !a.nested).length, 0);
  const nNested = gold.reduce((n, g) => n + g.attributions.filter((a) => a.nested).length, 0);
  console.log(
    `Attribution gold corpus: ${gold.length} articles (${gold.filter((g) => g.split === 'dev').length} dev, ` +
      `${gold.filter((g) => g.split === 'heldout').length} held-out), ${nAttr} scored attributions, ${nNested} nested.`,
  );
  console.log(
    'Exact-span P / R / F1 after snapping to word tokens; source and content count only with an overlapping cue.',
  );
  console.log('Speaker and outlet: accuracy per attributed claim (outlet: stated outlets only).\n');
  console.log(
    `${'system / split'.padEnd(26)} art  ${'source P     R     F1'.padEnd(17)} | ` +
      `${'cue P     R     F1'.padEnd(17)} | ${'content P R     F1'.padEnd(17)} | speaker outlet`,
  );
  const perSystem = new Map<
    string,
    { article: GoldArticle; score: ArticleScore; predicted: Pick<Extraction, 'claims'> }[]
  >();
  for (const sys of SYSTEMS) {
    const results = gold.map((article) => {
      let predicted: Pick<Extraction, 'claims'>;
      try {
        predicted = sys.run(article.text);
      } catch (err) {
        console.error(`${sys.name} threw on ${article.id}: ${(err as Error).message}`);
        predicted = { claims: [] };
      }
      return { article, score: scoreArticle(article, predicted), predicted };
    });
    perSystem.set(sys.name, results);
    for (const split of splits) {
      const chosen = results.filter((r) => split === 'all' || r.article.split === split).map((r) => r.score);
      console.log(row(`${sys.name} ${split}`, sumScores(chosen)));
    }
  }
  if (details) {
    const results = perSystem.get('ClaimDesk') ?? [];
    console.log('\nDEV details (ClaimDesk): missed gold [M] and unmatched predictions [X], cue-keyed');
    for (const { article, predicted } of results) {
      if (article.split !== 'dev') continue;
      const text = article.text;
      const quote = (v: [number, number][]): string =>
        v.map(([a, b]) => JSON.stringify(text.slice(a, b))).join(' + ') || '-';
      const P = scoredPredictions(text, predicted.claims);
      const G = article.attributions
        .filter((a) => !a.nested)
        .map((a) => ({
          source: roleValue(text, a.source),
          cue: roleValue(text, a.cue),
          content: roleValue(text, a.content),
          index: a.index,
        }));
      const lines: string[] = [];
      for (const g of G) {
        const p = P.find((x) => valueKey(x.cue) === valueKey(g.cue));
        const bad = ROLES.filter((r) => !p || valueKey(p[r]) !== valueKey(g[r]));
        if (bad.length === 0) continue;
        lines.push(
          `  [M] #${g.index} cue ${quote(g.cue)} src ${quote(g.source)} content ${quote(g.content).slice(0, 120)}`,
        );
        if (p)
          lines.push(
            `      got       src ${quote(p.source)} content ${quote(p.content).slice(0, 120)} (wrong: ` +
              `${bad.join(', ')})`,
          );
      }
      for (const p of P) {
        if (G.some((g) => valueKey(g.cue) === valueKey(p.cue))) continue;
        lines.push(`  [X] cue ${quote(p.cue)} src ${quote(p.source)} content ${quote(p.content).slice(0, 120)}`);
      }
      if (lines.length > 0) console.log(`${article.id}\n${lines.join('\n')}`);
    }
  }
}

main();
console.log('\n== Speaker and outlet per form (issue 13), test/fixtures/speaker-outlet/sentences.jsonl ==');
console.log(
  formatSpeakerOutlet(
    scoreSpeakerOutlet((text) => extractClaims(text)),
    process.argv.includes('--details'),
  ),
);
console.log('\n== Speaker and outlet per claim on PolNeAR dev (issue 13) ==');
console.log(formatPolnear((text) => extractClaims(text)));
