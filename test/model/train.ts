// `npm run train`: rebuilds the shipped attribution model from PolNeAR's train split (POLNEAR_DIR, else
// ../shared/polnear), deterministically: fixed epochs, a seeded shuffle, no clock. Prints dev figures when the
// dev split is there. Writes main/core/attribution/model/attribution-model.json.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChainTrainer } from '../../main/core/attribution/learned/chain';
import { cueLegal, roleLegal, ROLE_LABELS } from '../../main/core/attribution/learned/features';
import {
  cueSequence,
  roleSequence,
  tokenRange,
  withoutRules,
  type LearnedModel,
  type Pair,
  type ParagraphView,
} from '../../main/core/attribution/learned/tagger';
import { paragraphViews } from '../../main/core/extract';
import { encodeModel } from '../../main/core/attribution/learned/model-io';
import { loadSplit, polnearDir, WHERE_TO_GET, type PolnearArticle } from './polnear-data';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MODEL_PATH = join(ROOT, 'main', 'core', 'attribution', 'model', 'attribution-model.json');

export const SETTINGS = {
  cueBits: 20,
  roleBits: 21,
  window: 80,
  cueEpochs: 8,
  roleEpochs: 8,
  seed: 20161108,
  rules: 1,
};

interface GoldParagraph {
  view: ParagraphView;
  cueLabels: number[];
  attrs: { cue: Pair; source: Pair[]; content: Pair[] }[];
}

/** The gold attributions of one paragraph in its token indexes. */
export function goldParagraphs(article: PolnearArticle, useRules = true): GoldParagraph[] {
  const out: GoldParagraph[] = [];
  for (const v of paragraphViews(article.text)) {
    const view = useRules ? v : withoutRules(v);
    const unit = view;
    const cueLabels = new Array<number>(view.T.length).fill(0);
    const attrs: GoldParagraph['attrs'] = [];
    for (const a of article.attributions) {
      const c0 = a.cue[0];
      const c1 = a.cue[a.cue.length - 1];
      if (!c0 || !c1 || c0.start < unit.start || c0.start >= unit.end) continue;
      const cue = tokenRange(view.T, c0.start, c1.end);
      if (!cue) continue;
      const map = (xs: { start: number; end: number }[]) =>
        xs.map((x) => tokenRange(view.T, x.start, x.end)).filter((x): x is Pair => x !== null);
      attrs.push({ cue, source: map(a.source), content: map(a.content) });
      for (let i = cue[0]; i < cue[1]; i++) cueLabels[i] = i === cue[0] ? 1 : 2;
    }
    out.push({ view, cueLabels, attrs });
  }
  return out;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

export function roleGold(len: number, from: number, a: GoldParagraph['attrs'][number]): number[] {
  const y = new Array<number>(len).fill(0);
  const put = (r: Pair, b: number) => {
    for (let i = r[0]; i < r[1]; i++) {
      const k = i - from;
      if (k < 0 || k >= len || (i >= a.cue[0] && i < a.cue[1])) continue;
      y[k] = i === r[0] || k === 0 ? b : b + 1;
    }
  };
  for (const r of a.source) put(r, 1);
  for (const r of a.content) put(r, 3);
  return y;
}

export function train(articles: PolnearArticle[], settings = SETTINGS, log = console.log): LearnedModel {
  const t0 = Date.now();
  const paras = articles.flatMap((a) => goldParagraphs(a, settings.rules === 1)).filter((p) => p.view.T.length > 0);
  log(`train: ${articles.length} articles, ${paras.length} paragraphs read in ${Date.now() - t0} ms`);
  const rand = rng(settings.seed);

  const cueData = paras.map((p) => ({ seq: cueSequence(p.view, settings.cueBits), gold: p.cueLabels }));
  const cue = new ChainTrainer(['O', 'B', 'I'], settings.cueBits);
  for (let e = 0; e < settings.cueEpochs; e++) {
    let err = 0;
    for (const d of shuffle(cueData, rand)) err += cue.learn(d.seq, d.gold, cueLegal);
    log(`  cue epoch ${e + 1}: ${err} token errors`);
  }

  const roleData = paras.flatMap((p) =>
    p.attrs.map((a) => {
      const cues = p.attrs.map((x) => x.cue);
      const { from, seq } = roleSequence(p.view, a.cue, cues, settings.window, settings.roleBits);
      return { seq, gold: roleGold(seq.length, from, a) };
    }),
  );
  const role = new ChainTrainer([...ROLE_LABELS], settings.roleBits);
  for (let e = 0; e < settings.roleEpochs; e++) {
    let err = 0;
    for (const d of shuffle(roleData, rand)) err += role.learn(d.seq, d.gold, roleLegal);
    log(`  role epoch ${e + 1}: ${err} token errors`);
  }
  log(`train: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return {
    version: 1,
    window: settings.window,
    rules: settings.rules === 1,
    cue: cue.averaged(),
    role: role.averaged(),
  };
}

function main(): void {
  const dir = polnearDir();
  if (!dir) {
    console.log(WHERE_TO_GET);
    return;
  }
  const model = train(loadSplit(dir, 'train'));
  mkdirSync(dirname(MODEL_PATH), { recursive: true });
  writeFileSync(MODEL_PATH, encodeModel(model));
  console.log(`wrote ${MODEL_PATH}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
