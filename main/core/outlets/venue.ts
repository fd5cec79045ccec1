// The outlet a speaker spoke or wrote to, named beside the attribution rather than in it (issue 13): "in an
// interview with Deutsche Welle", "speaking to the AP", "in comments to Le Figaro", "appearing on Meet the
// Press", "writing in Foreign Affairs", "in an op-ed for USA Today", "remarks carried by state television",
// "was first reported by Semafor". The speaker stays the person; this gives the claim's outlet. An aggregator
// named this way relays, so it is never the outlet. Pure; linear (one pass of one regular expression).
import type { OutletResolution } from './types';
import type { OutletResolver } from './resolver';

const VENUE =
  /\b(?:in\s+an?\s+(?:(?:exclusive|rare|televised|phone|telephone|recent|wide-ranging|lengthy|brief|joint)\s+)?interview\s+(?:with|on|to)|in\s+(?:comments|remarks)\s+to|(?:speaking|talking)\s+(?:to|with)|appearing\s+on|writing\s+(?:in|for)|in\s+an?\s+(?:op-ed|opinion\s+piece|column|essay|commentary)\s+(?:for|in)|carried\s+by|(?:first\s+)?reported\s+by|published\s+by|broadcast\s+by|aired\s+(?:on|by))\s+/giu;

// A name: capitalised words with the small words names hold ("the Wall Street Journal", "Meet the Press"), or
// a state broadcaster described in lower case ("state television").
const NAME =
  /^(?:(?:the|The)\s+)?(?:state(?:-run)?\s+(?:television|tv|TV|media|radio|news\s+agency)|\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|the|de|du|la|le|al|and|for)\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*){0,5})/u;

export interface Venue {
  start: number;
  end: number;
  resolution: OutletResolution;
}

/** The first outlet named in a venue phrase within text[start, end), or null. */
export function venueOutlet(text: string, start: number, end: number, resolver: OutletResolver): Venue | null {
  const part = text.slice(start, end);
  VENUE.lastIndex = 0;
  for (let m = VENUE.exec(part); m; m = VENUE.exec(part)) {
    const from = m.index + m[0].length;
    const name = NAME.exec(part.slice(from, from + 120));
    if (!name) continue;
    // The longest prefix of the name that the registry knows ("the BBC on Friday" -> "the BBC").
    const words = name[0].split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const phrase = words.slice(0, n).join(' ');
      let r: OutletResolution | null;
      try {
        r = resolver.resolve(phrase, { articleText: text });
      } catch {
        r = null;
      }
      if (!r) continue;
      if (r.outlet.kind === 'aggregator') break;
      return { start: start + from, end: start + from + phrase.length, resolution: r };
    }
  }
  return null;
}
