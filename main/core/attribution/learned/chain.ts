// A first-order linear-chain model over hashed features: the scorer and Viterbi decoder behind the learned cue and
// role taggers, and the averaged structured perceptron (Collins 2002) that trains it. Pure and deterministic:
// the same data in the same order gives the same weights, bit for bit.

import { fnv1a } from '../../claims/ids';

/** FNV-1a over the UTF-16 units of a feature string; the model keeps `2^bits` buckets of weights per label. */
export const hashFeature = fnv1a;

export interface ChainWeights {
  labels: readonly string[];
  bits: number;
  /** Emission weights: bucket * labels.length + label. */
  emit: Float32Array;
  /** Transitions: (previous + 1) * labels.length + label; row 0 is the start of the sequence. */
  trans: Float32Array;
}

export function emptyWeights(labels: readonly string[], bits: number): ChainWeights {
  const L = labels.length;
  return { labels, bits, emit: new Float32Array((1 << bits) * L), trans: new Float32Array((L + 1) * L) };
}

/** One position of a sequence: its feature buckets, and the labels it may take (undefined: any). */
export interface Position {
  feats: Uint32Array;
  allowed?: readonly boolean[];
}

/** Each position's features as buckets. */
export function buckets(features: string[], bits: number): Uint32Array {
  const mask = (1 << bits) - 1;
  const out = new Uint32Array(features.length);
  for (let i = 0; i < features.length; i++) out[i] = hashFeature(features[i] as string) & mask;
  return out;
}

/** Emission scores, position by position: scores[t * L + y]. */
export function emissions(w: ChainWeights, seq: readonly Position[]): Float32Array {
  const L = w.labels.length;
  const out = new Float32Array(seq.length * L);
  for (let t = 0; t < seq.length; t++) {
    const f = (seq[t] as Position).feats;
    for (let k = 0; k < f.length; k++) {
      const base = (f[k] as number) * L;
      for (let y = 0; y < L; y++) out[t * L + y] = (out[t * L + y] as number) + (w.emit[base + y] as number);
    }
  }
  return out;
}

/**
 * The best label sequence under the weights, with `legal(prev, y)` saying which transitions the label scheme
 * allows (prev -1 is the start) and each position's `allowed` labels. Returns label indexes.
 */
export function viterbi(
  w: ChainWeights,
  seq: readonly Position[],
  legal: (prev: number, y: number) => boolean,
  scores: Float32Array = emissions(w, seq),
): number[] {
  const L = w.labels.length;
  const n = seq.length;
  if (n === 0) return [];
  // Transition scores with illegal ones at -Infinity, row 0 for the start.
  const tr = new Float64Array((L + 1) * L);
  for (let p = -1; p < L; p++)
    for (let y = 0; y < L; y++) tr[(p + 1) * L + y] = legal(p, y) ? (w.trans[(p + 1) * L + y] as number) : -Infinity;
  const best = new Float64Array(n * L).fill(-Infinity);
  const back = new Int32Array(n * L).fill(-1);
  for (let t = 0; t < n; t++) {
    const allowed = (seq[t] as Position).allowed;
    const row = t * L;
    for (let y = 0; y < L; y++) {
      if (allowed && !allowed[y]) continue;
      const e = scores[row + y] as number;
      if (t === 0) {
        best[y] = e + (tr[y] as number);
        continue;
      }
      let top = -Infinity;
      let arg = -1;
      const prevRow = row - L;
      for (let p = 0; p < L; p++) {
        const s = (best[prevRow + p] as number) + (tr[(p + 1) * L + y] as number);
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      if (arg >= 0) {
        best[row + y] = top + e;
        back[row + y] = arg;
      }
    }
  }
  let y = -1;
  let top = -Infinity;
  for (let k = 0; k < L; k++) {
    const s = best[(n - 1) * L + k] as number;
    if (s > top) {
      top = s;
      y = k;
    }
  }
  const path = new Array<number>(n).fill(0);
  if (y < 0) return path; // no legal path: every position takes label 0
  for (let t = n - 1; t >= 0; t--) {
    path[t] = y;
    y = back[t * L + y] as number;
  }
  return path;
}

/** Averaged perceptron training state: the running weights plus the time-weighted sums used to average them. */
export class ChainTrainer {
  readonly w: ChainWeights;
  private readonly emitSum: Float64Array;
  private readonly transSum: Float64Array;
  private c = 1;

  constructor(labels: readonly string[], bits: number) {
    this.w = emptyWeights(labels, bits);
    this.emitSum = new Float64Array(this.w.emit.length);
    this.transSum = new Float64Array(this.w.trans.length);
  }

  /** Decodes one sequence with the current weights and moves them towards the gold labels. Returns the errors. */
  learn(seq: readonly Position[], gold: readonly number[], legal: (prev: number, y: number) => boolean): number {
    const guess = viterbi(this.w, seq, legal);
    const L = this.w.labels.length;
    let errors = 0;
    for (let t = 0; t < seq.length; t++) {
      const g = gold[t] as number;
      const p = guess[t] as number;
      const gp = t === 0 ? -1 : (gold[t - 1] as number);
      const pp = t === 0 ? -1 : (guess[t - 1] as number);
      if (g !== p) {
        errors++;
        const f = (seq[t] as Position).feats;
        for (let k = 0; k < f.length; k++) {
          const base = (f[k] as number) * L;
          this.bump(this.w.emit, this.emitSum, base + g, 1);
          this.bump(this.w.emit, this.emitSum, base + p, -1);
        }
      }
      if (g !== p || gp !== pp) {
        this.bump(this.w.trans, this.transSum, (gp + 1) * L + g, 1);
        this.bump(this.w.trans, this.transSum, (pp + 1) * L + p, -1);
      }
    }
    this.c++;
    return errors;
  }

  private bump(w: Float32Array, sum: Float64Array, i: number, v: number): void {
    w[i] = (w[i] as number) + v;
    sum[i] = (sum[i] as number) + this.c * v;
  }

  /** The averaged weights (w - sum / c), the ones that generalise. */
  averaged(): ChainWeights {
    const out = emptyWeights(this.w.labels, this.w.bits);
    for (let i = 0; i < out.emit.length; i++)
      out.emit[i] = (this.w.emit[i] as number) - (this.emitSum[i] as number) / this.c;
    for (let i = 0; i < out.trans.length; i++)
      out.trans[i] = (this.w.trans[i] as number) - (this.transSum[i] as number) / this.c;
    return out;
  }
}
