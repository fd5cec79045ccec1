// The stored review of one claim and the pure function that applies a reviewer's change to it.
import { anchorFor, type Anchor } from './anchor';
import type { ReviewStatus } from './status';
import { sameVerdict, type Verdict } from './verdict';

export interface HistoryEntry {
  at: string;
  by: string;
  field: 'status' | 'note' | 'evidence' | 'attach' | 'verdict' | 'wording';
  from: string;
  to: string;
}

/** A link the reviewer attaches as evidence: the source page, its title, and an archived copy. */
export interface EvidenceLink {
  id: string;
  url: string;
  title?: string;
  archivedUrl?: string;
  addedAt: string;
  addedBy: string;
}

export interface ReviewRecord {
  claimId: string;
  status: ReviewStatus;
  note: string;
  reviewer: string;
  updatedAt: string;
  anchor: Anchor;
  history: HistoryEntry[];
  /** Absent in workspaces written before evidence links existed. */
  evidence?: EvidenceLink[];
  /** The published verdict on the newsroom's scale, beside the status (absent: none given). */
  verdict?: Verdict;
  /** The claim as checked, when the reviewer edited it (absent: the claim's default wording). */
  wording?: string;
  /** Versions made apart that met on the sync server (issue 16): shown until a reviewer's next change resolves it. */
  conflict?: ReviewConflict;
}

/** One side of a sync conflict: who marked what, and when. */
export interface ReviewConflictVersion {
  rev: string;
  /** The server account that signed this version. */
  by: string;
  reviewer: string;
  status: ReviewStatus;
  note: string;
  updatedAt: string;
}

export interface ReviewConflict {
  /** The version the review shows first (CouchDB's deterministic winner), then the others. */
  versions: ReviewConflictVersion[];
}

export interface ReviewChange {
  status?: ReviewStatus;
  note?: string;
  addEvidence?: Omit<EvidenceLink, 'addedAt' | 'addedBy'>;
  removeEvidenceId?: string;
  /** null takes the verdict away. */
  verdict?: Verdict | null;
  /** '' goes back to the default wording. */
  wording?: string;
}

export interface ChangeContext {
  claimId: string;
  /** The article text and the claim's offsets, for the anchor. */
  text: string;
  start: number;
  end: number;
  reviewer: string;
  now: Date;
}

/** Applies a change and records it in the history; returns the same record when nothing changed. */
export function applyReviewChange(
  previous: ReviewRecord | undefined,
  change: ReviewChange,
  ctx: ChangeContext,
): ReviewRecord {
  const base: ReviewRecord = previous ?? {
    claimId: ctx.claimId,
    status: 'pending',
    note: '',
    reviewer: '',
    updatedAt: '',
    anchor: anchorFor(ctx.text, ctx.start, ctx.end),
    history: [],
  };
  const at = ctx.now.toISOString();
  const entries: HistoryEntry[] = [];
  if (change.status !== undefined && change.status !== base.status) {
    entries.push({ at, by: ctx.reviewer, field: 'status', from: base.status, to: change.status });
  }
  if (change.note !== undefined && change.note !== base.note) {
    entries.push({ at, by: ctx.reviewer, field: 'note', from: base.note, to: change.note });
  }
  let evidence = base.evidence ?? [];
  if (change.addEvidence && !evidence.some((e) => e.id === change.addEvidence?.id)) {
    const link: EvidenceLink = { ...change.addEvidence, addedAt: at, addedBy: ctx.reviewer };
    evidence = [...evidence, link];
    entries.push({ at, by: ctx.reviewer, field: 'evidence', from: '', to: link.url });
  }
  if (change.removeEvidenceId !== undefined) {
    const gone = evidence.find((e) => e.id === change.removeEvidenceId);
    if (gone) {
      evidence = evidence.filter((e) => e !== gone);
      entries.push({ at, by: ctx.reviewer, field: 'evidence', from: gone.url, to: '' });
    }
  }
  let verdict = base.verdict;
  if (change.verdict !== undefined && !sameVerdict(change.verdict ?? undefined, base.verdict)) {
    verdict = change.verdict ?? undefined;
    const say = (v: Verdict | undefined) => (v ? (v.explanation ? `${v.rating}: ${v.explanation}` : v.rating) : '');
    entries.push({ at, by: ctx.reviewer, field: 'verdict', from: say(base.verdict), to: say(verdict) });
  }
  let wording = base.wording;
  if (change.wording !== undefined && change.wording !== (base.wording ?? '')) {
    wording = change.wording || undefined;
    entries.push({ at, by: ctx.reviewer, field: 'wording', from: base.wording ?? '', to: change.wording });
  }
  if (entries.length === 0) return base;
  const { verdict: _v, wording: _w, ...rest } = base;
  return {
    ...rest,
    status: change.status ?? base.status,
    note: change.note ?? base.note,
    reviewer: ctx.reviewer,
    updatedAt: at,
    history: [...base.history, ...entries],
    ...(evidence.length || base.evidence ? { evidence } : {}),
    ...(verdict ? { verdict } : {}),
    ...(wording ? { wording } : {}),
  };
}
