// Development loop: `node --import tsx test/model/quick-eval.ts [setting=value ...]` trains in memory on PolNeAR
// train and scores the whole pipeline on dev (BIAS=0,2,... tries cue calibrations; SAVE=file keeps the model).
import { writeFileSync } from 'node:fs';
import { train, SETTINGS } from './train';
import { loadSplit, polnearDir } from './polnear-data';
import { encodeModel } from '../../main/core/attribution/learned/model-io';
import { predictArticle } from '../eval/polnear';
import { prf, scoreCorpus } from '../eval/polnear-score';

const dir = polnearDir();
if (!dir) throw new Error('no PolNeAR');
const tr = loadSplit(dir, 'train').slice(0, Number(process.env.TRAIN_LIMIT ?? 1e9));
const dev = loadSplit(dir, 'dev');
const settings: Record<string, number> = { ...SETTINGS };
for (const a of process.argv.slice(2)) {
  const [k, v] = a.split('=');
  settings[k as string] = Number(v);
}
const model = train(tr, settings as typeof SETTINGS);
for (const bias of (process.env.BIAS ?? '0').split(',').map(Number)) {
  model.cueBias = bias;
  const pred = new Map(dev.map((g) => [g.id, predictArticle(g, { model })]));
  const C = scoreCorpus(dev, pred);
  const f = (k: string) => prf(C[k] as [number, number, number]);
  console.log(
    `bias ${bias}: ` +
      ['cue', 'source', 'content', 'cf_cue', 'cf_source', 'cf_content']
        .map((k) => `${k} ${f(k).p.toFixed(3)}/${f(k).r.toFixed(3)}/${f(k).f1.toFixed(3)}`)
        .join('  '),
  );
  if (process.env.PRED)
    writeFileSync(process.env.PRED, [...pred.values()].map((x) => JSON.stringify(x)).join('\n') + '\n');
}
if (process.env.SAVE) writeFileSync(process.env.SAVE, encodeModel(model));
