// The app's own settings, kept in the user data folder beside the recent-workspaces list and never in a
// workspace: the reviewer's profile (who signs the changes) and the newsroom's rating scale. Plain Node with the
// folder passed in, so that the app, the CLI and the tests share it. Written atomically (temp file, fsync,
// rename); a missing or damaged file reads as "nothing set yet" and the damaged one is kept aside, not lost.
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReviewerProfile } from '../core/review/profile';
import { cleanProfile } from '../core/review/profile';
import { cleanRatingScale, DEFAULT_RATING_SCALE, type RatingScale } from '../core/review/rating-scale';
import { syncFolder } from './fs-sync';

export const APP_SETTINGS_FILE = 'settings.json';

export interface AppSettingsData {
  /** null until the person says who they are (asked on first start). */
  profile: ReviewerProfile | null;
  ratingScale: RatingScale;
}

export class AppSettings {
  private data: AppSettingsData = { profile: null, ratingScale: DEFAULT_RATING_SCALE };
  private writing: Promise<void> = Promise.resolve();
  /** What went wrong reading the file, for the person (null when it read cleanly or was not there). */
  notice: string | null = null;

  private constructor(readonly folder: string) {}

  get file(): string {
    return join(this.folder, APP_SETTINGS_FILE);
  }

  static async load(folder: string): Promise<AppSettings> {
    const settings = new AppSettings(folder);
    await settings.read();
    return settings;
  }

  get profile(): ReviewerProfile | null {
    return this.data.profile;
  }

  get ratingScale(): RatingScale {
    return this.data.ratingScale;
  }

  async setProfile(profile: ReviewerProfile): Promise<void> {
    await this.write({ ...this.data, profile });
  }

  async setRatingScale(scale: RatingScale): Promise<void> {
    await this.write({ ...this.data, ratingScale: scale });
  }

  private async read(): Promise<void> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.notice = `ClaimDesk could not read its settings (${(e as Error).message}); your profile is asked again.`;
      return;
    }
    let value: Record<string, unknown>;
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      value = parsed as Record<string, unknown>;
    } catch {
      const aside = `${this.file}.damaged-${Date.now()}`;
      await rename(this.file, aside).catch(() => undefined);
      this.notice = `ClaimDesk's settings file was damaged; it was kept as ${aside} and your profile is asked again.`;
      return;
    }
    const profile = value.profile ? cleanProfile(value.profile as Partial<ReviewerProfile>) : null;
    const scale = value.ratingScale ? cleanRatingScale(value.ratingScale as Partial<RatingScale>) : null;
    this.data = {
      profile: profile && !('problem' in profile) ? profile : null,
      ratingScale: scale && !('problem' in scale) ? scale : DEFAULT_RATING_SCALE,
    };
  }

  private write(next: AppSettingsData): Promise<void> {
    const run = this.writing.then(async () => {
      await mkdir(this.folder, { recursive: true });
      const temp = join(this.folder, `.${APP_SETTINGS_FILE}.${process.pid}.tmp`);
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(`${JSON.stringify(next, null, 2)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, this.file);
      await syncFolder(this.folder);
      this.data = next;
    });
    // A failed write leaves the old settings in force and does not block the next one.
    this.writing = run.catch(() => undefined);
    return run;
  }
}
