// Loads the workspace and articles, and runs the window's commands (import, export, switching articles).
import type { ArticleSummary, MenuCommand } from '../main/api/contract';
import { renderBanners } from './banners';
import { request } from './bridge-client';
import type { DeskStore } from './desk-store';
import { openImportDialog } from './import-dialog';
import { isModalOpen } from './modal-dialog';
import { openReportDialog } from './report-dialog';
import type { ReviewActions } from './review-actions';
import { showToast } from './toasts';

const LAST_ARTICLE_KEY = 'claimdesk.lastArticle';

export class DeskController {
  private readonly dismissedNotices = new Set<string>();

  constructor(
    private readonly store: DeskStore,
    private readonly actions: ReviewActions,
    private readonly bannerRoot: HTMLElement,
  ) {}

  async loadWorkspace(): Promise<boolean> {
    const result = await request('getWorkspace', {}, 'Could not open the workspace');
    if (!result.ok) return false;
    this.store.setWorkspace(result.value);
    renderBanners(this.bannerRoot, result.value, this.dismissedNotices);
    return true;
  }

  async start(): Promise<void> {
    if (!(await this.loadWorkspace())) return;
    const articles = this.store.workspace?.articles ?? [];
    const remembered = readLastArticle();
    const first = articles.find((summary) => summary.id === remembered) ?? articles[0];
    if (first) await this.openArticle(first.id);
    else this.store.setArticle(null);
  }

  async openArticle(articleId: string): Promise<void> {
    this.actions.flushNote();
    const result = await request('getArticle', { articleId }, 'Could not open the article');
    if (!result.ok) return;
    this.store.setArticle(result.value);
    writeLastArticle(articleId);
  }

  async imported(summary: ArticleSummary): Promise<void> {
    await this.loadWorkspace();
    await this.openArticle(summary.id);
    showToast(`Imported “${summary.meta.title || 'Untitled article'}”`, 'success');
  }

  importArticle(): void {
    if (isModalOpen()) return;
    if (this.store.readOnly) {
      showToast('This workspace is open read-only: articles cannot be imported.', 'info');
      return;
    }
    openImportDialog((summary) => void this.imported(summary));
  }

  async importFile(): Promise<void> {
    if (this.store.readOnly) {
      showToast('This workspace is open read-only: articles cannot be imported.', 'info');
      return;
    }
    const result = await request('openArticleFile', {}, 'Could not open the file');
    if (result.ok && result.value) await this.imported(result.value);
  }

  exportReport(): void {
    const article = this.store.article;
    if (isModalOpen()) return;
    if (!article) {
      showToast('Open an article before exporting its report.', 'info');
      return;
    }
    // The report is built from the workspace, so every change must be saved first.
    void this.actions.settled().then(() => openReportDialog(article.id));
  }

  runMenuCommand(command: MenuCommand): void {
    if (command === 'import-paste') this.importArticle();
    else if (command === 'import-file') void this.importFile();
    else if (command === 'export-report') this.exportReport();
  }
}

// The last open article is a per-window convenience, not workspace data: it lives in the window's storage.
function readLastArticle(): string | null {
  try {
    return window.localStorage.getItem(LAST_ARTICLE_KEY);
  } catch {
    return null;
  }
}

function writeLastArticle(articleId: string): void {
  try {
    window.localStorage.setItem(LAST_ARTICLE_KEY, articleId);
  } catch {
    // Storage may be unavailable (private profile, opaque origin); forgetting the last article is harmless.
  }
}
