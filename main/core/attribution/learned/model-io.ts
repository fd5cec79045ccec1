// The shipped model file: JSON with each weight table stored sparse (delta-coded indexes as varints, values as
// 16-bit integers with one scale per table), base64-encoded. Plain JavaScript, no Buffer, so the core stays pure.
import { emptyWeights, type ChainWeights } from './chain';
import type { LearnedModel } from './tagger';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    chunk += B64[a >> 2];
    chunk += B64[((a & 3) << 4) | ((b ?? 0) >> 4)];
    chunk += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)];
    chunk += c === undefined ? '=' : B64[c & 63];
    if (chunk.length > 65536) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

const DEC = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) DEC[B64.charCodeAt(i)] = i;

function fromBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s[len - 1] === '=') len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = DEC[s.charCodeAt(i)] as number;
    const b = DEC[s.charCodeAt(i + 1)] as number;
    const c = i + 2 < len ? (DEC[s.charCodeAt(i + 2)] as number) : 0;
    const d = i + 3 < len ? (DEC[s.charCodeAt(i + 3)] as number) : 0;
    if (a < 0 || b < 0 || c < 0 || d < 0) throw new Error('The attribution model file is damaged (bad base64).');
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (v >> 16) & 255;
    if (o < out.length) out[o++] = (v >> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
  }
  return out;
}

interface Table {
  n: number;
  scale: number;
  data: string;
}

function encodeTable(w: Float32Array): Table {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i] as number));
  const scale = max > 0 ? max / 32767 : 1;
  const bytes: number[] = [];
  let last = -1;
  for (let i = 0; i < w.length; i++) {
    const q = Math.round((w[i] as number) / scale);
    if (q === 0) continue;
    let gap = i - last - 1;
    last = i;
    while (gap >= 128) {
      bytes.push((gap & 127) | 128);
      gap >>>= 7;
    }
    bytes.push(gap);
    const u = q & 0xffff;
    bytes.push(u & 255, u >> 8);
  }
  return { n: w.length, scale, data: toBase64(Uint8Array.from(bytes)) };
}

function decodeTable(t: Table, into: Float32Array): void {
  if (t.n !== into.length) throw new Error('The attribution model file does not fit its own header.');
  const b = fromBase64(t.data);
  let i = -1;
  for (let p = 0; p < b.length;) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const x = b[p++] as number;
      gap |= (x & 127) << shift;
      if (x < 128) break;
      shift += 7;
    }
    i += gap + 1;
    const u = (b[p] as number) | ((b[p + 1] as number) << 8);
    p += 2;
    into[i] = ((u << 16) >> 16) * t.scale;
  }
}

interface ChainFile {
  labels: string[];
  bits: number;
  emit: Table;
  trans: number[];
}

export interface ModelFile {
  format: 'claimdesk-attribution-model';
  version: 1;
  window: number;
  rules: boolean;
  cueBias: number;
  trainedOn: string;
  cue: ChainFile;
  role: ChainFile;
}

function encodeChain(w: ChainWeights): ChainFile {
  return { labels: [...w.labels], bits: w.bits, emit: encodeTable(w.emit), trans: Array.from(w.trans) };
}

function decodeChain(f: ChainFile): ChainWeights {
  const w = emptyWeights(f.labels, f.bits);
  decodeTable(f.emit, w.emit);
  w.trans.set(f.trans);
  return w;
}

export function encodeModel(m: LearnedModel, trainedOn = 'PolNeAR v1.0.0 train split'): string {
  const file: ModelFile = {
    format: 'claimdesk-attribution-model',
    version: 1,
    window: m.window,
    rules: m.rules !== false,
    cueBias: m.cueBias ?? 0,
    trainedOn,
    cue: encodeChain(m.cue),
    role: encodeChain(m.role),
  };
  return JSON.stringify(file);
}

export function decodeModel(file: unknown): LearnedModel {
  const f = file as ModelFile;
  if (!f || f.format !== 'claimdesk-attribution-model' || f.version !== 1)
    throw new Error('This is not a ClaimDesk attribution model (or one from a newer version).');
  return {
    version: 1,
    window: f.window,
    rules: f.rules !== false,
    cueBias: f.cueBias ?? 0,
    cue: decodeChain(f.cue),
    role: decodeChain(f.role),
  };
}
