// Claims already checked: each claim of an article against the reviewed claims of the open workspace and of the
// recent workspaces (same speaker and close wording, or a near-identical wording).
import type { ClaimMatch } from '../../core/matching/claim-matcher';
import { defaultWording } from '../../core/review/claim-wording';
import { isReviewStatus } from '../../core/review/status';
import type { ClaimMatchView, MatchesView } from '../contract';
import { ReviewedClaimIndex, type MatchSource } from '../reviewed-claims';
import { requireArticle, type HandlerDeps, type HandlerGroup } from './context';

const PER_CLAIM = 3;
const YIELD_EVERY = 50;

function matchView(m: ClaimMatch, source: MatchSource): ClaimMatchView {
  const d = m.doc;
  return {
    kind: m.kind,
    similarity: Math.round(m.similarity * 100) / 100,
    workspace: { path: source.path, name: source.name, current: source.current },
    articleId: d.articleId,
    articleTitle: d.articleTitle,
    claimId: d.claimId,
    wording: d.wording,
    speaker: d.speaker,
    status: isReviewStatus(d.status) ? d.status : 'pending',
    verdict: d.verdict ?? null,
    note: d.note,
    reviewer: d.reviewer,
    updatedAt: d.updatedAt,
  };
}

export function matchHandlers(deps: HandlerDeps): HandlerGroup<'findMatches'> {
  const index = new ReviewedClaimIndex();
  return {
    async findMatches({ articleId }) {
      const a = requireArticle(deps.store, articleId);
      const recent = (await deps.recentWorkspaces?.().catch(() => [])) ?? [];
      const sources = await index.sources(deps.store, recent);
      const matches: MatchesView['matches'] = {};
      let asked = 0;
      for (const claim of a.claims) {
        if (claim.kind === 'heading') continue;
        // A long article gives the event loop back now and then: marks keep reaching the disk meanwhile.
        if (++asked % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
        const query = { wording: defaultWording(claim), sentence: claim.text, speaker: claim.speaker?.name };
        const found: ClaimMatchView[] = [];
        for (const source of sources) {
          // Never the article itself: its own reviews are not "checked before".
          const skip = source.current ? (d: { articleId: string }) => d.articleId === articleId : undefined;
          for (const m of source.matcher.match(query, skip, PER_CLAIM)) found.push(matchView(m, source));
        }
        if (found.length) matches[claim.id] = found.sort((x, y) => y.similarity - x.similarity).slice(0, PER_CLAIM);
      }
      return {
        matches,
        searched: sources.map((s) => ({ name: s.name, current: s.current, reviewed: s.matcher.size })),
      };
    },
  };
}
