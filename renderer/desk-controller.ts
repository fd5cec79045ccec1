// Loads the workspace and articles, and runs the window's commands: library, import (two steps), export,
// corrections, outlet links, undo and redo.
import type { ImportPreview, ImportResult, MenuCommand } from '../main/api/contract';
import { renderBanners } from './banners';
import { request } from './bridge-client';
import type { ClaimInspector } from './claim-inspector';
import { EMPTY_FILTER } from './claim-filter';
import type { DeskStore } from './desk-store';
import { openHelpOverlay } from './help-overlay';
import { openImportDialog, type ImportTab } from './import-dialog';
import type { LibraryView } from './library-view';
import { isModalOpen } from './modal-dialog';
import { openLink, outletLinksFor, showOutletMenu } from './outlet-menu';
import { openOutletForm } from './outlet-form';
import { pickOutlet } from './outlet-picker';
import type { OutletsView } from './outlets-view';
import type { OutletInfo } from '../main/api/contract';
import { askSplitPoint, askText } from './prompt-dialogs';
import { openReportDialog } from './report-dialog';
import type { ReviewActions } from './review-actions';
import { showToast } from './toasts';

const LAST_ARTICLE_KEY = 'claimdesk.lastArticle';

export class DeskController {
  private readonly dismissedNotices = new Set<string>();
  library: LibraryView | null = null;
  outlets: OutletsView | null = null;
  inspector: ClaimInspector | null = null;
  focusList: () => void = () => undefined;

  constructor(
    private readonly store: DeskStore,
    private readonly actions: ReviewActions,
    private readonly bannerRoot: HTMLElement,
  ) {}

  async loadWorkspace(): Promise<boolean> {
    const result = await request('getWorkspace', {}, 'Could not open the workspace');
    if (!result.ok) return false;
    this.store.setWorkspace(result.value);
    renderBanners(this.bannerRoot, result.value, this.dismissedNotices, this.store);
    return true;
  }

  async start(): Promise<void> {
    if (!(await this.loadWorkspace())) return;
    const articles = this.store.workspace?.articles ?? [];
    const remembered = readLastArticle();
    const first = articles.find((summary) => summary.id === remembered) ?? articles[0];
    if (first) await this.openArticle(first.id);
    else {
      this.store.setArticle(null);
      this.store.setView('library');
    }
  }

  /** Shows the open article as the workspace now has it (colleagues' changes arrived through sync). */
  async reloadArticle(): Promise<void> {
    const article = this.store.article;
    if (!article) return;
    await this.actions.settled();
    const r = await request('getArticle', { articleId: article.id }, 'Could not reload the article');
    if (r.ok) this.store.setArticle(r.value, this.store.selectedId);
  }

  async openArticle(articleId: string): Promise<void> {
    this.actions.flushNote();
    const result = await request('getArticle', { articleId }, 'Could not open the article');
    if (!result.ok) return;
    this.store.setArticle(result.value);
    this.store.setView('desk');
    writeLastArticle(articleId);
    this.focusList();
  }

  toggleLibrary(): void {
    if (this.store.view === 'library' && this.store.article) {
      this.store.setView('desk');
      this.focusList();
      return;
    }
    this.actions.flushNote();
    // The library shows saved figures: refresh them from the workspace.
    void this.actions
      .settled()
      .then(() => this.loadWorkspace())
      .then(() => {
        this.store.setView('library');
        this.library?.focus();
      });
  }

  async imported(result: ImportResult): Promise<void> {
    await this.loadWorkspace();
    await this.openArticle(result.summary.id);
    const title = result.summary.meta.title || 'Untitled article';
    if (result.replaced) {
      const parts = [`${result.reattached} review${result.reattached === 1 ? '' : 's'} re-attached`];
      if (result.orphaned) parts.push(`${result.orphaned} orphaned (listed above the checklist)`);
      if (result.unappliedCorrections)
        parts.push(
          `${result.unappliedCorrections} correction${result.unappliedCorrections === 1 ? '' : 's'} no longer apply`,
        );
      showToast(`New version of “${title}”: ${parts.join(', ')}.`, result.orphaned ? 'info' : 'success');
    } else showToast(`Imported “${title}”`, 'success');
  }

  importArticle(tab: ImportTab = 'paste', preview?: ImportPreview): void {
    if (isModalOpen()) return;
    if (this.store.readOnly) {
      showToast('This workspace is open read-only: articles cannot be imported.', 'info');
      return;
    }
    openImportDialog({ workspace: this.store.workspace, tab, preview, onImported: (r) => void this.imported(r) });
  }

  async importFile(): Promise<void> {
    if (this.store.readOnly) {
      showToast('This workspace is open read-only: articles cannot be imported.', 'info');
      return;
    }
    const result = await request('previewArticleFile', {}, 'Could not open the file');
    if (result.ok && result.value) this.importArticle('file', result.value);
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

  help(): void {
    if (!isModalOpen()) openHelpOverlay();
  }

  runMenuCommand(command: MenuCommand, preview?: ImportPreview): void {
    if (command === 'import-preview' && preview) this.importArticle('file', preview);
    else if (command === 'import-paste') this.importArticle('paste');
    else if (command === 'import-url') this.importArticle('url');
    else if (command === 'import-file') void this.importFile();
    else if (command === 'export-report') this.exportReport();
    else if (command === 'show-library') this.toggleLibrary();
    else if (command === 'show-help') this.help();
  }

  async undo(): Promise<void> {
    if (this.store.view === 'library') {
      await this.library?.undoDelete();
      return;
    }
    const label = await this.actions.undoStack.undo();
    this.afterUndo('Undone', label);
  }

  async redo(): Promise<void> {
    const label = await this.actions.undoStack.redo();
    this.afterUndo('Redone', label);
  }

  /** Names the claim an undo or redo changed, and shows it (selected, scrolled to in the list and the article). */
  private afterUndo(verb: 'Undone' | 'Redone', label: string | null): void {
    if (!label) {
      showToast(verb === 'Undone' ? 'Nothing to undo.' : 'Nothing to redo.', 'info');
      return;
    }
    const entry = this.actions.undoStack.lastApplied;
    const ids = (entry?.claimIds ?? []).filter((id) => this.store.claim(id));
    let cleared = '';
    if (ids.length > 0) {
      const first = ids[0] as string;
      if (this.store.visiblePosition(first) < 0) {
        this.store.setFilter({ ...EMPTY_FILTER, sort: this.store.filter.sort });
        cleared = ' (the filters were cleared to show it)';
      }
      if (ids.length === 1 || !ids.includes(this.store.selectedId ?? '')) this.store.select(first);
    }
    const numbers = ids.map((id) => this.store.number(id)).sort((a, b) => a - b);
    const named =
      numbers.length === 0
        ? this.store.selected
          ? `claim ${this.store.number(this.store.selected.id)}`
          : ''
        : numbers.length === 1
          ? `claim ${numbers[0]}`
          : `claims ${listNumbers(numbers)}`;
    showToast(`${verb} on ${named || 'the article'}: ${label}${cleared}.`, 'info');
  }

  /** Said when a one-claim command is pressed with several claims selected. */
  private oneAtATime(what: string): boolean {
    if (this.store.selectedIds.size <= 1) return false;
    showToast(
      `${what} applies to one claim at a time: each claim names its own speaker and outlet. ` +
        'Press Esc to keep only the active claim, then try again.',
      'info',
    );
    return true;
  }

  outletMenu(): void {
    if (!this.inspector || !this.store.selectedId || this.oneAtATime('Changing the outlet')) return;
    void showOutletMenu(this.store, this.inspector.outletButton, {
      changeOutlet: () => void this.changeOutlet(),
      addOutlet: () => void this.addOutlet(),
      registerOutlet: (name) => void this.addOutlet(name),
      correctOutlet: (id) => void this.correctOutlet(id),
      archive: (url) => void this.openArchive(url),
    });
  }

  /** The outlets view (Shift+O); again, or Escape, goes back to the article. */
  toggleOutlets(): void {
    if (this.store.view === 'outlets') {
      const back = this.store.article ? 'desk' : 'library';
      this.store.setView(back);
      if (back === 'desk') this.focusList();
      else this.library?.focus();
      return;
    }
    this.actions.flushNote();
    void this.actions.settled().then(() => this.store.setView('outlets'));
  }

  /** From the outlets view: the checklist, filtered to one outlet through the filter bar. */
  filterByOutlet(outletId: string): void {
    this.store.setView('desk');
    this.store.setFilter({ outlet: outletId });
    this.focusList();
  }

  async changeOutlet(): Promise<void> {
    const claim = this.store.selected;
    if (!claim || this.store.readOnly || isModalOpen()) return;
    const choice = await pickOutlet({
      claimText: claim.text,
      current: claim.outlet ? { id: claim.outlet.id, name: claim.outlet.name } : null,
    });
    if (!choice) return this.focusList();
    if (choice.kind === 'add') return this.addOutlet(choice.name);
    const outletId = choice.kind === 'outlet' ? choice.outlet.id : null;
    if (outletId === (claim.outlet?.id ?? null) && claim.outlet?.setBy === 'reviewer') return this.focusList();
    const label = choice.kind === 'outlet' ? `set the outlet to ${choice.outlet.name}` : 'remove the outlet';
    const ok = await this.actions.correct({ type: 'outlet', claimId: claim.id, outletId }, label, claim.start);
    if (ok)
      showToast(
        choice.kind === 'outlet' ? `Outlet set to ${choice.outlet.name}.` : 'Outlet removed from the claim.',
        'success',
      );
    this.focusList();
  }

  async addOutlet(name = ''): Promise<void> {
    if (this.store.readOnly || isModalOpen()) return;
    const claim = this.store.view === 'desk' ? this.store.selected : null;
    const result = await openOutletForm({
      name,
      claimText: claim?.text ?? null,
      kinds: this.store.workspace?.outletKinds ?? [],
    });
    if (!result) return this.afterOutletDialog();
    await this.outletSaved(result.saved.outlet, result.saved.reresolved, result.saved.created ? 'Added' : 'Saved');
    // Re-resolution may already have linked the claim to the new outlet: then there is nothing to correct.
    if (result.useForClaim && claim && this.store.claim(claim.id)?.outlet?.id !== result.saved.outlet.id) {
      await this.actions.correct(
        { type: 'outlet', claimId: claim.id, outletId: result.saved.outlet.id },
        `set the outlet to ${result.saved.outlet.name}`,
        claim.start,
      );
    }
    this.afterOutletDialog();
  }

  async correctOutlet(outletId: string): Promise<void> {
    if (this.store.readOnly || isModalOpen()) return;
    const info: OutletInfo | undefined = this.store.article?.outlets?.[outletId];
    if (!info) {
      showToast('That outlet is not in the registry: change the claim’s outlet or add a new one.', 'info');
      return;
    }
    const result = await openOutletForm({ correct: info, kinds: this.store.workspace?.outletKinds ?? [] });
    if (result) await this.outletSaved(result.saved.outlet, result.saved.reresolved, 'Corrected');
    this.afterOutletDialog();
  }

  private afterOutletDialog(): void {
    if (this.store.view === 'outlets') void this.outlets?.load();
    else this.focusList();
  }

  /** After an outlet is saved: re-open the article when its claims were re-resolved, and say what changed. */
  private async outletSaved(
    outlet: OutletInfo,
    reresolved: { articleId: string; claimsChanged: number }[],
    verb: string,
  ): Promise<void> {
    const article = this.store.article;
    const here = article ? reresolved.find((r) => r.articleId === article.id) : undefined;
    if (article && (here || Object.hasOwn(article.outlets ?? {}, outlet.id))) {
      await this.actions.settled();
      const r = await request('getArticle', { articleId: article.id }, 'Could not reload the article');
      if (r.ok) this.store.setArticle(r.value, this.store.selectedId);
    }
    const changed = reresolved.reduce((n, r) => n + r.claimsChanged, 0);
    const tail = reresolved.length
      ? ` ${changed} claim${changed === 1 ? '' : 's'} in ${reresolved.length} ` +
        `article${reresolved.length === 1 ? '' : 's'} re-resolved.`
      : '';
    showToast(`${verb} ${outlet.name} (${outlet.kindLabel}).${tail}`, 'success');
  }

  async openArchive(defaultUrl: string | null): Promise<void> {
    if (isModalOpen()) return;
    const value = await askText({
      title: 'Open an archived copy',
      label: 'Web address (http or https)',
      value: defaultUrl ?? '',
      hint: 'Opens the Wayback Machine’s captures of this address in your browser.',
      confirm: 'Open archive',
      validate: (v) => (/^https?:\/\/\S+$/i.test(v.trim()) ? null : 'Only http and https addresses can be archived.'),
    });
    if (value === null) return this.focusList();
    // The main side builds the archive link and checks the address again.
    const archived = await request('archiveLink', { url: value }, 'Could not open the archived copy');
    if (archived.ok) await openLink(archived.value.url);
    this.focusList();
  }

  async searchOutlet(): Promise<void> {
    const id = this.store.selectedId;
    if (!id || this.oneAtATime('Searching the outlet’s site')) return;
    const links = await outletLinksFor(this.store, id);
    if (!links) return;
    if (!links.search) {
      showToast(
        links.outlet ? `${links.outlet.name} has no web domain to search.` : 'This claim has no outlet to search.',
        'info',
      );
      return;
    }
    await openLink(links.search);
  }

  async editSpeaker(): Promise<void> {
    const claim = this.store.selected;
    if (!claim || this.store.readOnly || this.oneAtATime('Editing the speaker')) return;
    const name = await askText({
      suggestions: speakerSuggestions(this.store),
      title: 'Edit the speaker',
      label: 'Who said it',
      value: claim.speaker?.name ?? '',
      hint: 'The person or body that made the claim (not the outlet that reported it). Leave empty for no speaker.',
      confirm: 'Save speaker',
      allowEmpty: true,
    });
    if (name === null || name === (claim.speaker?.name ?? '')) return this.focusList();
    await this.actions.correct(
      { type: 'speaker', claimId: claim.id, name },
      name ? `set the speaker to ${name}` : 'remove the speaker',
      claim.start,
    );
    this.focusList();
  }

  async split(): Promise<void> {
    const claim = this.store.selected;
    if (!claim || this.store.readOnly || this.oneAtATime('Splitting')) return;
    const at = await askSplitPoint(claim.text);
    if (at === null) return this.focusList();
    const number = this.store.number(claim.id);
    const done = await this.actions.correct(
      { type: 'split', claimId: claim.id, at: claim.start + at },
      'split the claim',
      claim.start,
    );
    if (done) carriedToast(`Claim ${number} split in two`, done);
    this.focusList();
  }

  async mergeNext(): Promise<void> {
    const claim = this.store.selected;
    if (!claim || this.store.readOnly || this.oneAtATime('Merging')) return;
    const i = this.store.reviewable.findIndex((c) => c.id === claim.id);
    const next = this.store.reviewable[i + 1];
    if (!next) {
      showToast('This is the last claim: there is nothing after it to merge.', 'info');
      return;
    }
    const numbers = `Claims ${this.store.number(claim.id)} and ${this.store.number(next.id)}`;
    const done = await this.actions.correct(
      { type: 'merge', claimId: claim.id, otherClaimId: next.id },
      'merge two claims',
      claim.start,
    );
    if (done) carriedToast(`${numbers} merged`, done);
  }

  async hide(): Promise<void> {
    const claim = this.store.selected;
    if (!claim || this.store.readOnly || this.oneAtATime('Hiding')) return;
    const ok = await this.actions.correct({ type: 'hide', claimId: claim.id }, 'hide a non-claim', claim.end);
    if (ok) showToast('Hidden as not a claim. Ctrl+Z brings it back.', 'info');
  }

  async adjustSpan(edge: 'start' | 'end', direction: 'extend' | 'shrink'): Promise<void> {
    const claim = this.store.selected;
    const article = this.store.article;
    if (!claim || !article || this.store.readOnly || this.oneAtATime('Changing the span')) return;
    // Main cuts sentences as the extractor does and says when there is no sentence to take in or leave out.
    await this.actions.correct(
      { type: 'step', claimId: claim.id, edge, direction },
      `${direction} the claim`,
      claim.start,
    );
  }

  async addFromSelection(range: { start: number; end: number } | null): Promise<void> {
    if (!range || this.store.readOnly) {
      if (!range) showToast('Select some text in the article first, then press A.', 'info');
      return;
    }
    window.getSelection()?.removeAllRanges();
    await this.actions.correct({ type: 'add', start: range.start, end: range.end }, 'add a claim', range.start);
    this.focusList();
  }
}

/** "3, 4 and 7" */
function listNumbers(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  if (numbers.length > 6) return `${numbers.slice(0, 5).join(', ')} and ${numbers.length - 5} more`;
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** After a merge or split: what the new claims took over from their parts, and what they could not. */
function carriedToast(what: string, done: { carried: string[]; notCarried: string[] }): void {
  const took = done.carried.length
    ? ` Carried over: ${done.carried.join('; ')}.`
    : done.notCarried.length
      ? ''
      : ' Nothing to carry over.';
  const lost = done.notCarried.length ? ` Could not carry: ${done.notCarried.join('; ')}.` : '';
  showToast(`${what}.${took}${lost}`, lost ? 'info' : 'success');
}

/** Names found in the article for the speaker dialog: speakers of its claims and the sources of its quotes. */
export function speakerSuggestions(store: DeskStore): string[] {
  const names = new Map<string, number>();
  const add = (raw: string): void => {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name.length < 2 || name.length > 120 || /^(he|she|they|it|we|i|you|his|her|their)$/i.test(name)) return;
    names.set(name, (names.get(name) ?? 0) + 1);
  };
  for (const claim of store.reviewable) {
    if (claim.speaker) add(claim.speaker.name);
    for (const a of claim.attributions) for (const s of a.source) add(s.text);
  }
  return [...names.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name]) => name)
    .slice(0, 40);
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
