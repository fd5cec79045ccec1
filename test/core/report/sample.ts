// The sample article (seeds/putin-kim-letter.txt, its extraction frozen in test/fixtures/reports so that the
// goldens test the reports, not the extractor) with a fixed, mixed review and a fixed clock.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { JsonReportInput } from '../../../main/core/report/json';
import type { ReportBuildOptions } from '../../../main/core/report/build';
import type { ReviewStatus } from '../../../main/core/review/status';
import type { Claim } from '../../../main/core/types';

export const FIXTURES = resolve('test/fixtures/reports');
export const CLOCK = new Date('2026-05-04T16:30:00.000Z');

export function sampleArticle(): JsonReportInput['article'] {
  return JSON.parse(readFileSync(resolve(FIXTURES, 'sample-article.json'), 'utf8'));
}

interface Plan {
  status: ReviewStatus;
  by: 'Ana Ruiz' | 'Ben Okafor';
  note?: string;
  evidence?: { url: string; title?: string; archivedUrl?: string }[];
}

// By position among the article's reviewable claims (1-based).
const PLAN: Record<number, Plan> = {
  1: {
    status: 'verified',
    by: 'Ana Ruiz',
    note: 'KCNA English service carried the letter on 15 August.',
    evidence: [{ url: 'https://kcnawatch.example/letter-2022-08-15', title: 'KCNA Watch: Putin letter to Kim' }],
  },
  2: {
    status: 'verified',
    by: 'Ana Ruiz',
    evidence: [
      {
        url: 'https://www.reuters.example/world/asia-pacific/putin-kim-letter/',
        title: 'Reuters: Putin tells Kim ties will expand',
        archivedUrl:
          'https://web.archive.org/web/20220815000000/https://www.reuters.example/world/asia-pacific/putin-kim-letter/',
      },
    ],
  },
  4: {
    status: 'disputed',
    by: 'Ben Okafor',
    note: 'The quoted phrase is from a 2019 statement, not this letter.\nAsked KCNA Watch for the full text.',
  },
  5: { status: 'unsourced', by: 'Ben Okafor' },
  6: { status: 'verified', by: 'Ana Ruiz' },
  7: { status: 'verified', by: 'Ben Okafor', note: 'Recognition confirmed on 13 July.' },
  8: { status: 'disputed', by: 'Ben Okafor', note: 'Kyiv cut ties on 13 July; "immediately" overstates it.' },
  9: { status: 'unsourced', by: 'Ana Ruiz' },
  12: { status: 'unsourced', by: 'Ana Ruiz', note: 'No figure for the 55% rise found yet.' },
  13: {
    status: 'verified',
    by: 'Ana Ruiz',
    note: '=HYPERLINK("https://evil.example") kept as text',
    evidence: [
      { url: 'https://www.express.example/news/world/owji-trade', title: 'Express: Owji on Russia-Iran trade' },
    ],
  },
  14: { status: 'disputed', by: 'Ben Okafor' },
  15: {
    status: 'unsourced',
    by: 'Ben Okafor',
    note: 'No Russian state outlet found carrying the 100,000 troops offer.',
  },
  17: { status: 'verified', by: 'Ana Ruiz' },
  19: { status: 'verified', by: 'Ben Okafor' },
  20: { status: 'verified', by: 'Ben Okafor' },
  21: { status: 'disputed', by: 'Ana Ruiz', note: 'Count differs from the Japanese defence ministry tally.' },
};

export function sampleReviews(claims: readonly Claim[], text: string): JsonReportInput['reviews'] {
  const reviews: JsonReportInput['reviews'] = {};
  const reviewable = claims.filter((c) => c.kind !== 'heading');
  reviewable.forEach((c, i) => {
    const plan = PLAN[i + 1];
    if (!plan) return;
    const at = new Date(Date.UTC(2026, 4, i < 10 ? 2 : 3, 9, i * 3)).toISOString();
    const history: Record<string, string>[] = [{ at, by: plan.by, field: 'status', from: 'pending', to: plan.status }];
    if (plan.note) history.push({ at, by: plan.by, field: 'note', from: '', to: plan.note });
    const evidence = plan.evidence?.map((e, k) => ({
      id: `ev-${i + 1}-${k + 1}`,
      ...e,
      addedAt: at,
      addedBy: plan.by,
    }));
    for (const e of evidence ?? []) history.push({ at, by: plan.by, field: 'evidence', from: '', to: e.url });
    reviews[c.id] = {
      claimId: c.id,
      status: plan.status,
      note: plan.note ?? '',
      reviewer: plan.by,
      updatedAt: at,
      anchor: {
        quote: text.slice(c.start, c.end),
        prefix: text.slice(Math.max(0, c.start - 32), c.start),
        suffix: text.slice(c.end, c.end + 32),
        start: c.start,
        end: c.end,
      },
      history,
      ...(evidence ? { evidence } : {}),
    };
  });
  return reviews;
}

export function sampleInput(): JsonReportInput {
  const article = sampleArticle();
  return { article, reviews: sampleReviews(article.claims, article.text), tables: {} };
}

export const SAMPLE_OPTIONS: ReportBuildOptions = {
  generatedAt: CLOCK,
  organisation: 'Desk Verify',
  generator: 'ClaimDesk 0.1.0',
  reportUrl: 'https://deskverify.example/reports/putin-kim-letter',
};
