// Sync channels (issue 16): connect the workspace to a newsroom's CouchDB, see how it stands, disconnect, and
// choose between colleagues' conflicting marks.
import { SyncSetupError } from '../../sync/connection';
import { SyncRefusal } from '../../sync/replicate';
import { ConflictResolutionError, resolveConflict } from '../../sync/resolve';
import { publicReview } from '../article-versions';
import { ApiError } from '../errors';
import type { HandlerDeps, HandlerGroup } from './context';

type SyncChannels = 'getSyncState' | 'connectSync' | 'disconnectSync' | 'resolveSyncConflict';

const NOT_HERE = 'Sync is not available in this window.';

export function syncHandlers({ store, sync, now }: HandlerDeps): HandlerGroup<SyncChannels> {
  return {
    async getSyncState() {
      return sync ? sync.state() : { connected: false, status: null, arrivals: 0 };
    },
    async connectSync(request) {
      if (!sync) throw new ApiError('failed', NOT_HERE);
      try {
        return await sync.connect(request);
      } catch (e) {
        if (e instanceof SyncSetupError) throw new ApiError('bad-request', e.message);
        if (e instanceof SyncRefusal) throw new ApiError(e.kind === 'offline' ? 'failed' : 'forbidden', e.message);
        throw e;
      }
    },
    async disconnectSync() {
      if (!sync) throw new ApiError('failed', NOT_HERE);
      return sync.disconnect();
    },
    async resolveSyncConflict({ articleId, claimId, rev }) {
      try {
        await resolveConflict(store, {
          articleId,
          claimId,
          rev,
          reviewer: store.data.settings.reviewerName || 'reviewer',
          now: now(),
        });
      } catch (e) {
        if (e instanceof ConflictResolutionError) throw new ApiError('not-found', e.message);
        throw e;
      }
      return publicReview(store.data.reviews[articleId]![claimId]!);
    },
  };
}
