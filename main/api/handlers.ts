// The contract's implementation over the workspace store and the core. Each handler receives a request that
// validate.ts has already checked.
import { writeFile } from 'node:fs/promises';
import { applyReviewChange, type ReviewRecord } from '../core/review/record';
import { renderMarkdownToSafeHtml } from '../core/report/html';
import { buildMarkdownReport } from '../core/report/markdown';
import { readArticleInput } from '../import/article-input';
import type { ArticleRecord } from '../store/schema';
import type { WorkspaceStore } from '../store/workspace-store';
import { addArticle, articleSummary, findArticle } from './articles';
import type { ClaimReview, Contract, Request, Response } from './contract';
import type { Dialogs } from './dialogs';
import { ApiError } from './errors';

export type Handlers = { [K in keyof Contract]: (request: Request<K>) => Promise<Response<K>> };

export interface HandlerDeps {
  store: WorkspaceStore;
  dialogs: Dialogs;
  now: () => Date;
}

export function createHandlers({ store, dialogs, now }: HandlerDeps): Handlers {
  const article = (id: string): ArticleRecord => {
    const found = findArticle(store, id);
    if (!found) throw new ApiError('not-found', 'That article is no longer in the workspace.');
    return found;
  };

  const report = (articleId: string) => {
    const a = article(articleId);
    const markdown = buildMarkdownReport(
      { meta: a.meta, claims: a.claims, reviews: store.data.reviews[a.id] ?? {} },
      { generatedAt: now(), organisation: store.data.settings.organisation },
    );
    return { markdown, suggestedName: `${fileSafe(a.meta.title)} - verification report.md` };
  };

  return {
    async getWorkspace() {
      return {
        path: store.filePath,
        readOnly: store.readOnly,
        notices: store.notices,
        settings: { ...store.data.settings },
        articles: store.data.articles.map((a) => articleSummary(store, a)),
      };
    },

    async getArticle({ articleId }) {
      const a = article(articleId);
      const reviews: Record<string, ClaimReview> = {};
      for (const [claimId, r] of Object.entries(store.data.reviews[a.id] ?? {})) reviews[claimId] = publicReview(r);
      return { id: a.id, meta: a.meta, text: a.text, claims: a.claims, skipped: a.skipped, reviews };
    },

    async importArticle({ text, fileName, title }) {
      const input = readArticleInput(text, { fileName, title });
      const record = await addArticle(store, input, { kind: fileName ? 'file' : 'paste', fileName }, now());
      return articleSummary(store, record);
    },

    async openArticleFile() {
      const file = await dialogs.chooseArticleFile();
      if (!file) return null;
      const input = readArticleInput(file.content, { fileName: file.name });
      const record = await addArticle(store, input, { kind: 'file', fileName: file.name }, now());
      return articleSummary(store, record);
    },

    async setReview({ articleId, claimId, status, note }) {
      const a = article(articleId);
      const claim = a.claims.find((c) => c.id === claimId);
      if (!claim) throw new ApiError('not-found', 'That claim is no longer in the article.');
      if (claim.kind === 'heading') throw new ApiError('bad-request', 'Headings are not claims and cannot be reviewed.');
      const updated = await store.update((data) => {
        const table = (data.reviews[articleId] ??= {});
        const next = applyReviewChange(table[claimId], { status, note }, {
          claimId, text: a.text, start: claim.start, end: claim.end, reviewer: data.settings.reviewerName, now: now(),
        });
        table[claimId] = next;
        return next;
      });
      return publicReview(updated);
    },

    async updateSettings(changes) {
      return store.update((data) => {
        if (changes.reviewerName !== undefined) data.settings.reviewerName = changes.reviewerName.trim();
        if (changes.organisation !== undefined) data.settings.organisation = changes.organisation.trim();
        return { ...data.settings };
      });
    },

    async renderReport({ articleId }) {
      const { markdown, suggestedName } = report(articleId);
      return { markdown, html: renderMarkdownToSafeHtml(markdown), suggestedName };
    },

    async saveReport({ articleId }) {
      const { markdown, suggestedName } = report(articleId);
      const path = await dialogs.chooseReportPath(suggestedName);
      if (!path) return null;
      await writeFile(path, markdown, 'utf8');
      return { path };
    },
  };
}

function publicReview(r: ReviewRecord): ClaimReview {
  return { status: r.status, note: r.note, reviewer: r.reviewer, updatedAt: r.updatedAt };
}

function fileSafe(title: string): string {
  return title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'article';
}
