// The person's profile and the newsroom's rating scale: the app's own settings, not the workspace's.
import { cleanProfile } from '../../core/review/profile';
import { cleanRatingScale, DEFAULT_RATING_SCALE } from '../../core/review/rating-scale';
import type { AppSettings } from '../../store/app-settings';
import type { AppSettingsView } from '../contract';
import { ApiError } from '../errors';
import type { HandlerDeps, HandlerGroup } from './context';

function view(settings: AppSettings | undefined): AppSettingsView {
  return {
    profile: settings?.profile ?? null,
    ratingScale: settings?.ratingScale ?? DEFAULT_RATING_SCALE,
    defaultRatingScale: DEFAULT_RATING_SCALE,
    notice: settings?.notice ?? null,
  };
}

function required(settings: AppSettings | undefined): AppSettings {
  if (!settings) throw new ApiError('failed', 'ClaimDesk has no settings folder here, so nothing can be kept.');
  return settings;
}

export function profileHandlers({
  appSettings,
}: HandlerDeps): HandlerGroup<'getAppSettings' | 'saveProfile' | 'saveRatingScale'> {
  return {
    async getAppSettings() {
      return view(appSettings);
    },

    async saveProfile({ profile }) {
      const settings = required(appSettings);
      const clean = cleanProfile(profile);
      if ('problem' in clean) throw new ApiError('bad-request', clean.problem);
      await settings.setProfile(clean);
      return view(settings);
    },

    async saveRatingScale({ ratingScale }) {
      const settings = required(appSettings);
      const clean = cleanRatingScale(ratingScale);
      if ('problem' in clean) throw new ApiError('bad-request', clean.problem);
      await settings.setRatingScale(clean);
      return view(settings);
    },
  };
}
