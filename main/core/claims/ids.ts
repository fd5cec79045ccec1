// Claim ids: stable for the same article text, no randomness. FNV-1a (32 bit) of the claim's text with its
// whitespace collapsed, plus an occurrence counter when the same text appears more than once.

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class ClaimIds {
  private readonly seen = new Map<string, number>();

  next(claimText: string): string {
    const key = claimText.replace(/\s+/g, ' ').trim();
    const base = 'c' + fnv1a(key).toString(16).padStart(8, '0');
    const n = this.seen.get(base) ?? 0;
    this.seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  }
}
