// Micro-benchmark for the outlet resolver (not a test; prints figures, asserts nothing):
//   node --import tsx test/core/outlets/resolve-bench.ts
import { defaultOutletResolver, findDatelineCredit } from '../../../main/core/outlets/resolver';

const PHRASES = [
  'Reuters',
  'the Associated Press',
  "North Korea's KCNA news agency",
  "Pyongyang's official media",
  'a senior U.S. official',
  'the foreign ministry spokesman',
  'Yonhap, citing KCNA',
  "the Express's",
  'Reuters via MSN',
  'Chinese state broadcaster CCTV',
  'officials',
  'the Times',
  'people familiar with the matter',
  'Iranian state TV',
  'Bloomberg News',
  'Sun Yat-sen',
];
// Dense: every sentence names countries and outlets. Typical: news prose with a few names per paragraph.
const ARTICLE = 'SEOUL (Reuters) - North Korea fired a missile on Monday, South Korea’s military said, citing KCNA. ';
const TYPICAL =
  'The government said on Tuesday that it would review the proposal after weeks of talks with regional leaders, ' +
  'according to a statement released late in the evening. Officials declined to say when a decision would be made, ' +
  'but two people familiar with the discussions told Reuters that a vote could come as early as next month. ' +
  'The opposition has criticised the plan, arguing that it would raise costs for households already struggling ' +
  'with high prices. In Washington, a spokesperson for the State Department said the United States was following ' +
  ('the situation closely and urged all sides to show restraint. Analysts said markets had ' +
    'largely priced in the move.\n\n');

function time(label: string, n: number, f: () => void): void {
  const t0 = performance.now();
  f();
  const ms = performance.now() - t0;
  console.log(`${label}: ${ms.toFixed(1)} ms${n > 1 ? ` (${((ms * 1e6) / n).toFixed(0)} ns each)` : ''}`);
}

time('build the default resolver', 1, () => defaultOutletResolver());
const r = defaultOutletResolver();
for (let i = 0; i < 20000; i++) r.resolve(PHRASES[i % PHRASES.length] ?? '');
time('100k resolve() on typical phrases, no article', 100_000, () => {
  for (let i = 0; i < 100_000; i++) r.resolve(PHRASES[i % PHRASES.length] ?? '');
});
const small = ARTICLE.repeat(40);
time('100k resolve() with a 4 KB article (context analysed once)', 100_000, () => {
  for (let i = 0; i < 100_000; i++) r.resolve(PHRASES[i % PHRASES.length] ?? '', { articleText: small });
});
const big = ARTICLE.repeat(Math.ceil(1_000_000 / ARTICLE.length));
time('first ambiguous resolve() against a dense 1 MB article (context analysis)', 1, () =>
  r.resolve('the Times', { articleText: big }),
);
const typical = TYPICAL.repeat(Math.ceil(1_000_000 / TYPICAL.length));
time('first ambiguous resolve() against a typical 1 MB article (context analysis)', 1, () =>
  r.resolve('the Times', { articleText: typical }),
);
time('100k findDatelineCredit()', 100_000, () => {
  for (let i = 0; i < 100_000; i++) findDatelineCredit('MOSCOW, March 3 (Reuters) - Russia said');
});
