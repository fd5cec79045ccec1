// "Claims already checked": reviewed claims in a MiniSearch index, and the rule that says a new claim is one of
// them. The index narrows tens of thousands of reviews to a few candidates by the query's rarest words (BM25
// over the words that tell claims apart, so that common words never make a query scan the whole archive); the
// rule then decides: the same speaker with close wording, or a near-identical wording whoever said it. Reviews
// are added and replaced one article at a time, so that a mark never rebuilds the index.
import MiniSearch from 'minisearch';
import { contentWords, dice, sameSpeaker, STOP_WORDS, words } from './similarity';

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
/** A close wording shares most of its words, so its rarest ones find it. */
const QUERY_TERMS = 6;
/**
 * A word held by more than this share of the reviewed claims tells none of them apart: it stays out of the
 * query (it would make the query score the whole archive), unless the claim has no rarer word at all.
 */
const COMMON_SHARE = 0.01;
const COMMON_FLOOR = 50;

interface Prepared {
  doc: ReviewedClaimDoc;
  wording: Set<string>;
  sentence: Set<string>;
  terms: string[];
}

const indexTerms = (doc: ReviewedClaimDoc): string[] => [...contentWords(doc.wording)].filter((t) => t.length > 1);

export class ClaimMatcher {
  private readonly search = new MiniSearch<ReviewedClaimDoc>({
    idField: 'key',
    fields: ['wording'],
    storeFields: [],
    tokenize: (text) => words(text),
    processTerm: (term) => (term.length < 2 || STOP_WORDS.has(term) ? null : term),
  });
  private readonly prepared = new Map<string, Prepared>();
  /** How many indexed claims hold each word: the query keeps its rarest words. */
  private readonly frequency = new Map<string, number>();

  constructor(docs: Iterable<ReviewedClaimDoc> = []) {
    this.add(docs);
  }

  get size(): number {
    return this.prepared.size;
  }

  add(docs: Iterable<ReviewedClaimDoc>): void {
    this.search.addAll(this.prepare(docs));
  }

  /**
   * The same in slices that give the event loop back between them, for a whole archive: the main process keeps
   * answering the window while tens of thousands of reviews are indexed.
   */
  async addInSlices(docs: readonly ReviewedClaimDoc[], slice = 2000): Promise<void> {
    for (let i = 0; i < docs.length; i += slice) {
      this.add(docs.slice(i, i + slice));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private prepare(docs: Iterable<ReviewedClaimDoc>): ReviewedClaimDoc[] {
    const batch: ReviewedClaimDoc[] = [];
    for (const doc of docs) {
      if (this.prepared.has(doc.key)) this.remove([doc.key]);
      const terms = indexTerms(doc);
      this.prepared.set(doc.key, {
        doc,
        wording: contentWords(doc.wording),
        sentence: contentWords(doc.sentence),
        terms,
      });
      for (const t of terms) this.frequency.set(t, (this.frequency.get(t) ?? 0) + 1);
      batch.push(doc);
    }
    return batch;
  }

  remove(keys: Iterable<string>): void {
    for (const key of keys) {
      const p = this.prepared.get(key);
      if (!p) continue;
      this.prepared.delete(key);
      for (const t of p.terms) {
        const n = (this.frequency.get(t) ?? 1) - 1;
        if (n > 0) this.frequency.set(t, n);
        else this.frequency.delete(t);
      }
      this.search.discard(key);
    }
  }

  /** The reviewed claims this one repeats, best first; `exclude` skips some (the article itself). */
  match(query: MatchQuery, exclude?: (doc: ReviewedClaimDoc) => boolean, limit = 3): ClaimMatch[] {
    const wording = contentWords(query.wording);
    const sentence = contentWords(query.sentence);
    const known = [...wording]
      .filter((t) => this.frequency.has(t))
      .sort((a, b) => this.frequency.get(a)! - this.frequency.get(b)!);
    const common = Math.max(COMMON_FLOOR, this.prepared.size * COMMON_SHARE);
    const rare = known.filter((t) => this.frequency.get(t)! <= common);
    const terms = (rare.length ? rare : known.slice(0, 2)).slice(0, QUERY_TERMS);
    if (terms.length === 0) return [];
    const hits = this.search.search({ queries: terms, combineWith: 'OR' }).slice(0, CANDIDATES);
    const out: ClaimMatch[] = [];
    for (const hit of hits) {
      const p = this.prepared.get(hit.id as string);
      if (!p || exclude?.(p.doc)) continue;
      const similarity = Math.max(dice(wording, p.wording), dice(sentence, p.sentence));
      if (similarity >= NEAR_IDENTICAL_SIMILARITY) out.push({ doc: p.doc, kind: 'near-identical', similarity });
      else if (similarity >= SAME_SPEAKER_SIMILARITY && sameSpeaker(query.speaker, p.doc.speaker))
        out.push({ doc: p.doc, kind: 'same-speaker', similarity });
    }
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
  }
}
