// The shapes every part of ClaimDesk shares. Offsets are UTF-16 code units into the article text exactly as
// imported, so `text.slice(start, end) === span.text` always holds.

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One attribution, in the PARC 3.0 / PolNeAR style: who (source), the trigger (cue), and what (content). */
export interface Attribution {
  cue: Span[];
  source: Span[];
  content: Span[];
  /** Index of the enclosing attribution in the same claim's list, when this one is nested in its content. */
  within?: number;
}

export type ClaimKind = 'attributed' | 'unattributed' | 'heading';

export interface Speaker {
  /** The person's or body's name, resolved from a pronoun or short form when possible. */
  name: string;
  start: number;
  end: number;
}

export interface OutletRef {
  id: string;
  name: string;
  domain: string;
  /** false for an outlet named in an outlet's frame but in no registry ("the Harbour Gazette newspaper"). */
  registered?: false;
}

export interface ClaimOutlet extends OutletRef {
  /** false when inherited from the paragraph's or article's context rather than named for this claim. */
  stated: boolean;
  /** Relays, in order: "Reuters via MSN" is outlet Reuters with via [MSN]. */
  via: OutletRef[];
  /** 'reviewer' when a person set the outlet (an 'outlet' correction) rather than the extraction. */
  setBy?: 'reviewer';
}

export interface Claim {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  speaker: Speaker | null;
  outlet: ClaimOutlet | null;
  attributions: Attribution[];
  /** 0..1: how much a fact-checker should care (numbers, dates, names, superlatives score high). */
  checkworthiness: number;
}

export interface SkippedLine {
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface Extraction {
  text: string;
  claims: Claim[];
  skipped: SkippedLine[];
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
