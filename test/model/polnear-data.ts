// Where PolNeAR lives (POLNEAR_DIR, else ../shared/polnear beside the repository) and its JSON Lines splits.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PnArticle } from '../eval/polnear-score';

export interface PolnearArticle extends PnArticle {
  split: string;
  publisher: string;
  attributions: (PnArticle['attributions'][number] & { type?: string })[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function polnearDir(): string | null {
  const dir = process.env.POLNEAR_DIR ?? join(ROOT, '..', 'shared', 'polnear');
  return existsSync(join(dir, 'train.jsonl')) || existsSync(join(dir, 'dev.jsonl')) ? dir : null;
}

export function loadSplit(dir: string, split: 'train' | 'dev'): PolnearArticle[] {
  const path = join(dir, `${split}.jsonl`);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as PolnearArticle);
}

export const WHERE_TO_GET =
  'PolNeAR is not here. Get it from the public repository networkdynamics/PolNeAR (LREC 2018), convert it to ' +
  'JSON Lines (train.jsonl, dev.jsonl with text and attributions of cue/source/content spans) and set POLNEAR_DIR.';
