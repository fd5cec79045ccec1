// Where Electron keeps ClaimDesk's user data (app.getPath('userData'): the platform's app-data folder plus the
// app's name), worked out without Electron so that the CLI signs with the same profile as the app. The name is
// package.json's in a development run and electron-builder's productName in the packaged app: both are tried.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_SETTINGS_FILE } from './app-settings';

export const APP_DATA_NAMES = ['ClaimDesk', 'claimdesk'] as const;

export function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

/** CLAIMDESK_USER_DATA when set, else the first of the app's folders that holds settings (else the first). */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.CLAIMDESK_USER_DATA) return env.CLAIMDESK_USER_DATA;
  const folders = APP_DATA_NAMES.map((name) => join(appDataDir(env, platform, home), name));
  return folders.find((f) => existsSync(join(f, APP_SETTINGS_FILE))) ?? folders[0]!;
}
