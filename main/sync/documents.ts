// The workspace as CouchDB documents (issue 16): each claim review, article and user outlet is one document with
// a stable id. Pure functions: what the workspace holds as documents, and the store operations that bring a
// received document into the workspace. Article texts travel only when the workspace's setting says so.
import { createHash } from 'node:crypto';
import type { ReviewRecord } from '../core/review/record';
import type { Op } from '../store/ops';
import type { ArticleRecord, WorkspaceData } from '../store/schema';

type Row = { id: string } & Record<string, unknown>;

export type DocBody = Record<string, unknown> & { type: 'review' | 'article' | 'outlet' | 'comment' };

export interface WorkspaceDoc {
  id: string;
  body: DocBody;
  /** A canonical hash of the body: equal hashes mean equal documents. */
  hash: string;
}

export const reviewDocId = (articleId: string, claimId: string): string => `review:${articleId}:${claimId}`;
export const articleDocId = (articleId: string): string => `article:${articleId}`;
export const outletDocId = (outletId: string): string => `outlet:${outletId}`;

/** JSON with keys sorted, so that the same content always hashes the same whichever side built it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const hashBody = (body: unknown): string => createHash('sha256').update(canonicalJson(body)).digest('hex');

/** The fields that travel: what CouchDB stores, without sync's own bookkeeping. */
export function bodyOf(doc: Record<string, unknown>): DocBody {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_') && k !== 'by') body[k] = v;
  return body as DocBody;
}

function reviewBody(articleId: string, review: ReviewRecord): DocBody {
  const { conflict: _shownLocally, ...stored } = review;
  return { type: 'review', articleId, claimId: review.claimId, review: stored };
}

function articleBody(article: ArticleRecord, texts: boolean): DocBody {
  return { type: 'article', articleId: article.id, meta: article.meta, ...(texts ? { record: article } : {}) };
}

/**
 * Builds the workspace's documents. Unchanged records keep their identity in the copy-on-write store, so their
 * hashes come from the cache and a pass over a large workspace only hashes what changed.
 */
export class DocumentView {
  private readonly cache = new WeakMap<object, WorkspaceDoc>();

  constructor(private readonly texts: () => boolean) {}

  /**
   * docs(), handing the event loop back every few milliseconds: hashing a few thousand changed reviews at once
   * would freeze the window for a noticeable moment.
   */
  async docsInSlices(data: Readonly<WorkspaceData>, sliceMs = 4): Promise<Map<string, WorkspaceDoc>> {
    let started = performance.now();
    const pause = async () => {
      if (performance.now() - started < sliceMs) return;
      await new Promise((r) => setImmediate(r));
      started = performance.now();
    };
    return this.collect(data, pause);
  }

  docs(data: Readonly<WorkspaceData>): Map<string, WorkspaceDoc> {
    const out = new Map<string, WorkspaceDoc>();
    this.each(data, (id, source, flavour, build) => this.add(out, source, flavour, build));
    return out;
  }

  private async collect(data: Readonly<WorkspaceData>, pause: () => Promise<void>): Promise<Map<string, WorkspaceDoc>> {
    const out = new Map<string, WorkspaceDoc>();
    const pending: [object, string, () => Omit<WorkspaceDoc, 'hash'>][] = [];
    this.each(data, (_id, source, flavour, build) => pending.push([source, flavour, build]));
    for (const [source, flavour, build] of pending) {
      this.add(out, source, flavour, build);
      await pause();
    }
    return out;
  }

  private each(
    data: Readonly<WorkspaceData>,
    visit: (id: string, source: object, flavour: string, build: () => Omit<WorkspaceDoc, 'hash'>) => void,
  ): void {
    const texts = this.texts();
    for (const article of data.articles) {
      visit(articleDocId(article.id), article, texts ? 't' : 'm', () => ({
        id: articleDocId(article.id),
        body: articleBody(article, texts),
      }));
      const reviews = data.reviews[article.id] ?? {};
      for (const review of Object.values(reviews)) {
        const id = reviewDocId(article.id, review.claimId);
        visit(id, review, 'r', () => ({ id, body: reviewBody(article.id, review) }));
      }
    }
    for (const outlet of data.userOutlets ?? []) {
      const id = outletDocId(outlet.id);
      visit(id, outlet, 'o', () => ({ id, body: { type: 'outlet', outlet } }));
    }
  }

  /** One document of the workspace by id (without a pass over all of it), or undefined when it holds none. */
  doc(data: Readonly<WorkspaceData>, id: string): WorkspaceDoc | undefined {
    const [type, first = '', ...rest] = id.split(':');
    const out = new Map<string, WorkspaceDoc>();
    const texts = this.texts();
    if (type === 'review') {
      const review = data.reviews[first]?.[rest.join(':')];
      if (review) {
        this.add(out, review, 'r', () => ({ id, body: reviewBody(first, review) }));
      }
    } else if (type === 'article') {
      const article = data.articles.find((a) => a.id === first);
      if (article) this.add(out, article, texts ? 't' : 'm', () => ({ id, body: articleBody(article, texts) }));
    } else if (type === 'outlet') {
      const outlet = (data.userOutlets ?? []).find((o) => o.id === [first, ...rest].join(':'));
      if (outlet) this.add(out, outlet, 'o', () => ({ id, body: { type: 'outlet', outlet } }));
    }
    return out.get(id);
  }

  /** The hash the document will have in the workspace once opsForDoc's operations are applied. */
  hashAfter(data: Readonly<WorkspaceData>, body: DocBody, review?: ReviewRecord): string {
    if (body.type === 'review')
      return hashBody(reviewBody(String(body.articleId), review ?? (body.review as ReviewRecord)));
    if (body.type === 'article') {
      const local = data.articles.find((a) => a.id === body.articleId);
      const after = body.record
        ? (body.record as ArticleRecord)
        : { ...local!, meta: body.meta as ArticleRecord['meta'] };
      return hashBody(articleBody(after, this.texts()));
    }
    return hashBody(body);
  }

  private add(
    out: Map<string, WorkspaceDoc>,
    source: object,
    flavour: string,
    build: () => Omit<WorkspaceDoc, 'hash'>,
  ) {
    let doc = this.cache.get(source);
    if (!doc || (doc as WorkspaceDoc & { flavour?: string }).flavour !== flavour) {
      const built = build();
      doc = Object.assign({ ...built, hash: hashBody(built.body) }, { flavour });
      this.cache.set(source, doc);
    }
    out.set(doc.id, doc);
  }
}

/** Why a received document cannot be placed in the workspace yet (its article is not here), or null. */
export function missingArticle(data: Readonly<WorkspaceData>, body: DocBody): string | null {
  if (body.type === 'review' && !data.articles.some((a) => a.id === body.articleId)) return String(body.articleId);
  if (body.type === 'article' && !body.record && !data.articles.some((a) => a.id === body.articleId)) {
    return String(body.articleId);
  }
  return null;
}

/**
 * The store operations that make the workspace hold a received document. `review` may be a merged view (the
 * winner with the conflict's versions and every version's history) rather than the document's own review.
 */
export function opsForDoc(data: Readonly<WorkspaceData>, body: DocBody, review?: ReviewRecord): Op[] {
  switch (body.type) {
    case 'review': {
      const articleId = String(body.articleId);
      const value = review ?? (body.review as ReviewRecord);
      return [{ op: 'set', path: ['reviews', articleId, value.claimId], value }];
    }
    case 'article': {
      const articleId = String(body.articleId);
      const local = data.articles.find((a) => a.id === articleId);
      if (body.record) return [{ op: 'upsert', path: ['articles'], value: body.record as Row }];
      if (!local) return [];
      return [{ op: 'upsert', path: ['articles'], value: { ...local, meta: body.meta } as unknown as Row }];
    }
    case 'outlet':
      return [{ op: 'upsert', path: ['userOutlets'], value: body.outlet as Row }];
    default:
      return [];
  }
}

/** The store operations for a document deleted on the server; only user outlets are removed (see DESIGN.md). */
export function opsForDeletion(data: Readonly<WorkspaceData>, id: string): Op[] {
  if (!id.startsWith('outlet:')) return [];
  const outletId = id.slice('outlet:'.length);
  return (data.userOutlets ?? []).some((o) => o.id === outletId)
    ? [{ op: 'remove', path: ['userOutlets'], id: outletId }]
    : [];
}
