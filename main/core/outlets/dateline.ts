// Wire credits in datelines: "MOSCOW (Reuters) -", "SEOUL, Aug. 15 (Yonhap) --", "WASHINGTON (AP) —",
// "KYIV, Ukraine (AP) —", "(AFP) -". The credit is the outlet the copy inherits.
import { defaultOutletResolver, RegistryResolver, type OutletResolver } from './resolver';
import type { OutletEntry } from './types';

export interface DatelineCredit {
  outlet: OutletEntry;
  /** Offsets of the credit inside the line. */
  start: number;
  end: number;
}

// A place in capitals (optional), an optional ", date" or ", Region", then the credit in parentheses and a dash.
const DATELINE =
  /^\s*(?:([\p{Lu}][\p{Lu}\p{M}'’.-]*(?:[ /][\p{Lu}][\p{Lu}\p{M}'’.-]*)*)(,[^()\n]{1,40}?)?\s*)?\(([^()\n]{1,60})\)\s*([-–—]{1,3}|:)?/u;

/** The wire credit of a dateline, or null when the line does not start with one. */
export function findDatelineCredit(
  line: string,
  resolver: OutletResolver = defaultOutletResolver(),
): DatelineCredit | null {
  const m = DATELINE.exec(line);
  if (!m) return null;
  const place = m[1] ?? '';
  const credit = m[3] ?? '';
  // Without a place the line must go on with a dash: "(AFP) - ..."; "(the ministry said)" is no dateline.
  if (!place && !m[4]) return null;
  if (place && !/\p{Lu}{2}/u.test(place)) return null;
  const creditStart = m.index + m[0].indexOf('(' + credit + ')') + 1;
  // "(AP/Reuters)", "(Reuters, AFP)": the first part that names an outlet.
  const partRe = /[^/,;&+]+/g;
  for (let p = partRe.exec(credit); p; p = partRe.exec(credit)) {
    const raw = p[0];
    const text = raw.trim();
    if (!text) continue;
    const outlet = creditOutlet(resolver, text, `${place}${m[2] ?? ''}`);
    if (outlet) {
      const start = creditStart + p.index + raw.indexOf(text);
      return { outlet, start, end: start + text.length };
    }
  }
  return null;
}

function creditOutlet(resolver: OutletResolver, text: string, place: string): OutletEntry | null {
  if (resolver instanceof RegistryResolver) return resolver.creditFor(text, place);
  const r = resolver.resolve(text);
  return r && r.outlet.kind !== 'generic' ? r.outlet : null;
}
