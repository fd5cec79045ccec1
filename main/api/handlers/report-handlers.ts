// The verification report: built from the workspace, previewed as sanitised HTML, saved as Markdown.
import { writeFile } from 'node:fs/promises';
import { renderMarkdownToSafeHtml } from '../../core/report/html';
import { buildMarkdownReport } from '../../core/report/markdown';
import { requireArticle, type HandlerDeps, type HandlerGroup } from './context';

export function reportHandlers({ store, dialogs, now }: HandlerDeps): HandlerGroup<'renderReport' | 'saveReport'> {
  const report = (articleId: string) => {
    const a = requireArticle(store, articleId);
    const markdown = buildMarkdownReport(
      { meta: a.meta, claims: a.claims, reviews: store.data.reviews[a.id] ?? {} },
      { generatedAt: now(), organisation: store.data.settings.organisation },
    );
    return { markdown, suggestedName: `${fileSafe(a.meta.title)} - verification report.md` };
  };

  return {
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

function fileSafe(title: string): string {
  return title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'article';
}
