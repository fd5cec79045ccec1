// Copying an earlier review onto the shown claim: its status (a mark, undoable), its note with where it came
// from, and its verdict. Each is an ordinary change, signed with the person's profile.
import type { ClaimMatchView } from '../main/api/contract';
import type { DeskStore } from './desk-store';
import type { ReviewActions } from './review-actions';
import type { VerdictSection } from './verdict-section';

export function reviewCopier(store: DeskStore, actions: ReviewActions, verdicts: VerdictSection) {
  return async (claimId: string, m: ClaimMatchView): Promise<boolean> => {
    if (!store.article || store.readOnly) return false;
    if (m.status !== 'pending' && store.status(claimId) !== m.status) await actions.mark(m.status, [claimId]);
    const where = `Checked before: “${m.articleTitle}”${m.workspace.current ? '' : ` (${m.workspace.name})`}${
      m.reviewer ? `, ${m.reviewer}` : ''
    }${m.updatedAt ? `, ${m.updatedAt.slice(0, 10)}` : ''}.`;
    const copied = m.note ? `${m.note}\n${where}` : where;
    const current = store.review(claimId).note;
    if (!current.includes(where)) {
      actions.editNote(current.trim() ? `${current.trimEnd()}\n${copied}` : copied, claimId);
      actions.flushNote();
    }
    if (m.verdict) return verdicts.save({ rating: m.verdict.rating, explanation: m.verdict.explanation });
    await actions.settled();
    return true;
  };
}
