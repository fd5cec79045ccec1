// Claims already checked (issue 14): a new article of about 1,000 words, extracted as the import does, matched
// claim by claim against 50,000 reviewed claims (one MiniSearch index, built once as the app keeps it). Prints
// the median of repeated runs and the index build time; asserts nothing. Run alone with
// `node --import tsx test/bench/matching.bench.ts`, or through runMatchingBench() from the bench runner.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { ClaimMatcher, type ReviewedClaimDoc } from '../../main/core/matching/claim-matcher';
import { extractClaims } from '../../main/core/extract';
import { defaultWording } from '../../main/core/review/claim-wording';

const REVIEWED = 50_000;
const RUNS = 15;

// A newsroom archive's words follow Zipf's law: a few very common, most rare (names, places, figures). The
// vocabulary is made of pronounceable pseudo-words so that no article text is copied.
const SYLLABLES = ['ka', 'lo', 'ri', 'ten', 'mar', 'vo', 'sel', 'du', 'pra', 'ne', 'bis', 'to', 'gan', 'le', 'fu'];
const COMMON = ['the', 'of', 'in', 'to', 'a', 'and', 'for', 'on', 'by', 'percent', 'million', 'year', 'government'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function vocabulary(size: number, r: () => number): string[] {
  const seen = new Set<string>();
  while (seen.size < size) {
    let w = '';
    for (let k = 2 + Math.floor(r() * 3); k > 0; k--) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    seen.add(w);
  }
  return [...seen];
}

/** Rank-frequency 1/rank: index into a list, common words first. */
function zipf(r: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(r() * Math.log(n + 1))) - 1);
}

interface Corpus {
  words: string[];
  names: string[];
  r: () => number;
}

function corpus(seed: number): Corpus {
  const r = rng(seed);
  const words = vocabulary(20_000, r);
  const names = Array.from({ length: 3_000 }, () => {
    const [a, b] = [words[10_000 + Math.floor(r() * 10_000)]!, words[10_000 + Math.floor(r() * 10_000)]!];
    return `${a.charAt(0).toUpperCase()}${a.slice(1)} ${b.charAt(0).toUpperCase()}${b.slice(1)}`;
  });
  return { words, names, r };
}

function wordingOf(c: Corpus): string {
  const n = 10 + Math.floor(c.r() * 10);
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(c.r() < 0.35 ? COMMON[Math.floor(c.r() * COMMON.length)]! : c.words[zipf(c.r, c.words.length)]!);
  if (c.r() < 0.5) out.push(String(Math.floor(c.r() * 1000)));
  return out.join(' ');
}

export function reviewedClaims(count = REVIEWED): { docs: ReviewedClaimDoc[]; corpus: Corpus } {
  const c = corpus(7);
  const docs = Array.from({ length: count }, (_, i): ReviewedClaimDoc => {
    const speaker = c.names[Math.floor(c.r() * c.names.length)]!;
    const wording = wordingOf(c);
    return {
      key: `w\u0000a${i % 2000}\u0000c${i}`,
      workspacePath: '/bench/workspace.json',
      articleId: `a${i % 2000}`,
      articleTitle: `Article ${i % 2000}`,
      claimId: `c${i}`,
      wording,
      sentence: `${speaker} said that ${wording}.`,
      speaker,
      status: ['verified', 'disputed', 'unsourced'][i % 3]!,
      note: '',
      reviewer: 'Bench',
      updatedAt: '2026-05-01T00:00:00.000Z',
    };
  });
  return { docs, corpus: c };
}

/** About `words` words in one-sentence paragraphs; one sentence in four repeats a reviewed claim, a word changed. */
export function newArticle(docs: readonly ReviewedClaimDoc[], c: Corpus, words = 1000): string {
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    let sentence: string;
    if (c.r() < 0.25) {
      const d = docs[Math.floor(c.r() * docs.length)]!;
      const w = d.wording.split(' ');
      w[Math.floor(c.r() * w.length)] = c.words[zipf(c.r, c.words.length)]!;
      sentence = `${d.speaker} said that ${w.join(' ')}.`;
    } else sentence = `${c.names[Math.floor(c.r() * c.names.length)]} said that ${wordingOf(c)}.`;
    paragraphs.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return paragraphs.join('\n\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runMatchingBench(): Promise<void> {
  const { docs, corpus: c } = reviewedClaims();
  const t0 = performance.now();
  const matcher = new ClaimMatcher(docs);
  const buildMs = performance.now() - t0;
  const text = newArticle(docs, c);
  const claims = extractClaims(text).claims.filter((c) => c.kind !== 'heading');
  const queries = claims.map((c) => ({ wording: defaultWording(c), sentence: c.text, speaker: c.speaker?.name }));
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    found = 0;
    for (const q of queries) found += matcher.match(q).length;
    times.push(performance.now() - start);
  }
  const words = text.split(/\s+/).length;
  console.log(`reviewed claims indexed: ${matcher.size}, index built in ${buildMs.toFixed(0)} ms (once, kept)`);
  console.log(`new article: ${words} words, ${claims.length} claims; ${found} matches`);
  console.log(`match the article, median of ${RUNS}: ${median(times).toFixed(1)} ms (target < 200 ms)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runMatchingBench();
