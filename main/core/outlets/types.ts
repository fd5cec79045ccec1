// The outlet registry's shapes (ARCHITECTURE.md §4). The shipped data lives in ./data/outlets.json and follows
// ./data/outlets.schema.json; user outlets from the workspace use the same shape and win over shipped ones.

export type OutletKind =
  | 'news-agency'
  | 'state-media'
  | 'newspaper'
  | 'broadcaster'
  | 'magazine'
  | 'online'
  | 'aggregator'
  | 'official-channel'
  /** A descriptive reference ("Russian official media") that stands for a set of candidate outlets. */
  | 'generic';

export interface OutletEntry {
  /** Stable kebab-case id, e.g. "reuters", "kcna", "daily-express". */
  id: string;
  name: string;
  /** Other names and short forms, matched case-sensitively for acronyms and case-insensitively otherwise. */
  aliases: string[];
  /** Home domains, most canonical first ("reuters.com"). Empty for generic entries. */
  domains: string[];
  /** ISO 3166-1 alpha-2 country code, or "INT" for international outlets. */
  country: string;
  /** BCP 47 language tag of its main output ("en", "ko"). */
  language: string;
  kind: OutletKind;
  wikidata?: string;
  /** Aggregators (MSN, Yahoo News) relay other outlets' copy. */
  relays?: boolean;
  /** For generic entries: the ids of the outlets it may stand for. */
  candidates?: string[];
  /**
   * For generic entries: which candidates a descriptor's noun points to ("Russian state news agency" -> agency),
   * best first. One id resolves the descriptor to that outlet; several are offered as alternatives.
   */
  roles?: Partial<Record<OutletRole, string[]>>;
  /** Forms seen only as wire credits in datelines ("(CP)", "(PA)"), too ambiguous to match in running text. */
  credits?: string[];
  /** True for entries the user added or corrected (kept in the workspace). */
  user?: boolean;
}

/** The part a descriptor's noun names: "news agency", "state TV", "official newspaper", "semi-official agency". */
export type OutletRole = 'agency' | 'broadcaster' | 'newspaper' | 'semiOfficialAgency';

/** The result of resolving a phrase such as "North Korea's KCNA news agency" or "Reuters via MSN". */
export interface OutletResolution {
  outlet: OutletEntry;
  /** Relays named after "via", in order. */
  via: OutletEntry[];
  /** Other outlets the phrase may mean when it is ambiguous ("Express"), best first; empty when certain. */
  alternatives: OutletEntry[];
  /** Offsets of the matched name inside the phrase. */
  start: number;
  end: number;
  /**
   * When alternatives is not empty: whether the article's context chose the outlet or only the registry's order
   * did.
   */
  decidedBy?: 'context' | 'order';
  /** The generic entry when the phrase was a descriptor ("Iranian state TV" -> ir-state-media, outlet IRIB). */
  descriptor?: OutletEntry;
}
