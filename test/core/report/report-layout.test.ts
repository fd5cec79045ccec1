import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport, reportArticles } from '../../../main/core/report/build';
import { statusChartSvg } from '../../../main/core/report/chart';
import { buildReportModel, shareText } from '../../../main/core/report/model';
import { SAMPLE_OPTIONS, sampleInput } from './sample';

test('the outlet table counts stated and inherited claims apart', () => {
  const input = sampleInput();
  const model = buildReportModel(reportArticles([input]));
  const byName = Object.fromEntries(model.outlets.map((o) => [o.name, o]));
  const claims = input.article.claims.filter((c) => c.kind !== 'heading' && c.outlet);
  for (const o of model.outlets) {
    const mine = claims.filter((c) => c.outlet!.name === o.name);
    assert.equal(o.stated, mine.filter((c) => c.outlet!.stated).length, o.name);
    assert.equal(o.inherited, mine.filter((c) => !c.outlet!.stated).length, o.name);
  }
  assert.ok(byName['Daily Express']!.inherited > 0, 'inherited claims are counted, not dropped');
  const md = buildReport('md', [input], SAMPLE_OPTIONS).content;
  assert.match(md, /\| Outlet \| Stated \| Inherited \|/);
  assert.match(md, /\| \[Daily Express\]\(https:\/\/express\.co\.uk\/\) \| 2 \| 3 \|/);
});

test('the summary chart is wide enough for its longest count: never cut off', () => {
  for (const n of [3, 2021, 123_456]) {
    const svg = statusChartSvg({ verified: n, disputed: 1, unsourced: 0, pending: 7 });
    const width = Number(/viewBox="0 0 (\d+)/.exec(svg)![1]);
    for (const m of svg.matchAll(/<text x="(\d+)"[^>]*class="chart-count">([^<]+)<\/text>/g)) {
      const x = Number(m[1]);
      // 13px sans-serif digits and parentheses are at most 8.5px wide.
      assert.ok(x + m[2]!.length * 8.5 <= width, `"${m[2]}" at ${x} in a chart ${width} wide`);
    }
  }
  assert.equal(shareText(8, 2021), '<1%');
  assert.equal(shareText(2020, 2021), '>99%');
  assert.equal(shareText(0, 5), '0%');
  assert.equal(shareText(5, 5), '100%');
});

test('the compact layout marks the document; every claim is still there, with its verdict', () => {
  const input = sampleInput();
  const first = input.article.claims.find((c) => c.kind !== 'heading')!;
  (input.reviews as any)[first.id].verdict = { rating: 'Mostly true', explanation: 'One date\nis off.' };
  (input.reviews as any)[first.id].wording = 'Putin promised wider ties';
  const full = buildReport('html', [input], SAMPLE_OPTIONS).content;
  const compact = buildReport('html', [input], { ...SAMPLE_OPTIONS, layout: 'compact' }).content;
  assert.match(compact, /<main class="report compact">/);
  assert.match(full, /<main class="report">/);
  const cards = (html: string) => html.match(/<section class="claim /g)?.length ?? 0;
  assert.equal(cards(compact), cards(full));
  assert.match(compact, /\.compact \.claim > ul > li \{ display: inline;/);
  const md = buildReport('md', [input], SAMPLE_OPTIONS).content;
  assert.match(md, /- \*\*Verdict:\*\* Mostly true \u2014 One date is off\./);
  assert.match(md, /- \*\*Claim as checked:\*\* Putin promised wider ties/);
});
