// "Claims already checked": reviewed claims in a MiniSearch index, and the rule that says a new claim is one of
// them. The index narrows 50,000 reviews to a few candidates by their rare words (BM25); the rule then decides:
// the same speaker with close wording, or a near-identical wording whoever said it.
import MiniSearch from 'minisearch';
import { contentWords, dice, sameSpeaker, STOP_WORDS } from './similarity';

export interface ReviewedClaimDoc {
  /** Unique across every workspace searched: workspace path, article id and claim id. */
  key: string;
  workspacePath: string;
  articleId: string;
  articleTitle: string;
  claimId: string;
  /** The claim as checked (its wording) and the sentence it came from. */
  wording: string;
  sentence: string;
  speaker: string;
  status: string;
  verdict?: { rating: string; explanation: string };
  note: string;
  reviewer: string;
  updatedAt: string;
}

export interface MatchQuery {
  wording: string;
  sentence: string;
  speaker?: string;
}

export type MatchKind = 'same-speaker' | 'near-identical';

export interface ClaimMatch {
  doc: ReviewedClaimDoc;
  kind: MatchKind;
  /** Wording similarity, 0..1. */
  similarity: number;
}

/** Same speaker and at least this close: the claim was checked before. */
export const SAME_SPEAKER_SIMILARITY = 0.6;
/** This close, whoever said it: the same quote. */
export const NEAR_IDENTICAL_SIMILARITY = 0.85;
const CANDIDATES = 12;
const MAX_QUERY_TERMS = 24;

interface Prepared {
  doc: ReviewedClaimDoc;
  wording: Set<string>;
  sentence: Set<string>;
}

export class ClaimMatcher {
  private readonly search: MiniSearch<{ id: number; text: string }>;
  private readonly prepared: Prepared[] = [];

  constructor(docs: Iterable<ReviewedClaimDoc>) {
    this.search = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      storeFields: [],
      processTerm: (term) => {
        const t = term.toLowerCase();
        return t.length < 2 || STOP_WORDS.has(t) ? null : t;
      },
    });
    const batch: { id: number; text: string }[] = [];
    for (const doc of docs) {
      const id = this.prepared.length;
      this.prepared.push({ doc, wording: contentWords(doc.wording), sentence: contentWords(doc.sentence) });
      batch.push({ id, text: `${doc.wording} ${doc.speaker}` });
    }
    this.search.addAll(batch);
  }

  get size(): number {
    return this.prepared.length;
  }

  /** The reviewed claims this one repeats, best first; `exclude` skips a key (the claim itself). */
  match(query: MatchQuery, exclude?: (doc: ReviewedClaimDoc) => boolean, limit = 3): ClaimMatch[] {
    const wording = contentWords(query.wording);
    const sentence = contentWords(query.sentence);
    const terms = [...wording].slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return [];
    const hits = this.search.search(terms.join(' '), { combineWith: 'OR' }).slice(0, CANDIDATES);
    const out: ClaimMatch[] = [];
    for (const hit of hits) {
      const p = this.prepared[hit.id as number]!;
      if (exclude?.(p.doc)) continue;
      const similarity = Math.max(dice(wording, p.wording), dice(sentence, p.sentence));
      if (similarity >= NEAR_IDENTICAL_SIMILARITY) out.push({ doc: p.doc, kind: 'near-identical', similarity });
      else if (similarity >= SAME_SPEAKER_SIMILARITY && sameSpeaker(query.speaker, p.doc.speaker))
        out.push({ doc: p.doc, kind: 'same-speaker', similarity });
    }
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }
}
