// A claim whose review colleagues marked differently while apart (issue 16): both marks with who and when, and a
// button to keep one. Shown in the inspector for the selected claim until the conflict is resolved.
import type { ClaimReview } from '../main/api/contract';
import type { DeskStore } from './desk-store';
import { request } from './bridge-client';
import { el } from './dom';
import { statusLook } from './status-labels';

export class SyncConflictView {
  readonly element: HTMLElement;

  constructor(private readonly store: DeskStore) {
    this.element = el('section', { className: 'sync-conflict', id: 'sync-conflict' });
    this.element.hidden = true;
    store.subscribe((event) => {
      if (event.type === 'selection' || event.type === 'article') this.render();
      else if (event.type === 'review' && event.claimId === store.selectedId) this.render();
    });
  }

  private render(): void {
    const id = this.store.selectedId;
    const article = this.store.article;
    const conflict = id ? this.store.review(id).conflict : undefined;
    this.element.replaceChildren();
    this.element.hidden = !conflict || !article || !id;
    if (!conflict || !article || !id) return;
    const items = conflict.versions.map((v) =>
      el('li', {}, [
        el('strong', { text: `${statusLook(v.status).glyph} ${statusLook(v.status).label}` }),
        el('span', { text: ` by ${v.reviewer || v.by} (${v.by}), ${new Date(v.updatedAt).toLocaleString()}` }),
        ...(v.note ? [el('div', { className: 'sync-note', text: v.note })] : []),
        el('button', {
          className: 'button',
          text: 'Keep this',
          attrs: { type: 'button', 'data-rev': v.rev },
          on: { click: () => void this.keep(article.id, id, v.rev) },
        }),
      ]),
    );
    this.element.append(el('h3', { text: 'Marked differently by colleagues while apart' }), el('ul', {}, items));
  }

  private async keep(articleId: string, claimId: string, rev: string): Promise<void> {
    const r = await request('resolveSyncConflict', { articleId, claimId, rev }, 'Could not keep that mark');
    if (!r.ok) return;
    const { conflict: _resolved, ...rest } = r.value;
    const review: ClaimReview = rest;
    this.store.putReview(claimId, { ...review, conflict: undefined } as Partial<ClaimReview>);
  }
}
