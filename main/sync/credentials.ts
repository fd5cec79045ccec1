// Passwords for sync servers, kept encrypted by the operating system's keychain (Electron's safeStorage in the
// app: main/electron/sync-secrets.ts) in a file of the app's own data folder, never in a workspace, its sync
// folder or a log. Where the system offers no encryption, nothing is stored: the person is asked again.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What the operating system's keychain offers (safeStorage's shape). */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface CredentialKey {
  server: string;
  db: string;
  user: string;
}

const keyOf = (k: CredentialKey): string => `${k.server}|${k.db}|${k.user}`;

export class CredentialStore {
  /** Passwords of this session only, when the system cannot encrypt them for later. */
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly box: SecretBox,
  ) {}

  /** True when the password survives a restart (stored encrypted); false when it is kept for this session only. */
  async save(key: CredentialKey, password: string): Promise<boolean> {
    this.memory.set(keyOf(key), password);
    if (!this.box.isEncryptionAvailable()) return false;
    const all = await this.readAll();
    all[keyOf(key)] = this.box.encryptString(password).toString('base64');
    await this.writeAll(all);
    return true;
  }

  async get(key: CredentialKey): Promise<string | null> {
    const kept = this.memory.get(keyOf(key));
    if (kept !== undefined) return kept;
    if (!this.box.isEncryptionAvailable()) return null;
    const stored = (await this.readAll())[keyOf(key)];
    if (!stored) return null;
    try {
      return this.box.decryptString(Buffer.from(stored, 'base64'));
    } catch {
      return null; // encrypted by another user or machine: ask again
    }
  }

  async forget(key: CredentialKey): Promise<void> {
    this.memory.delete(keyOf(key));
    const all = await this.readAll();
    if (!(keyOf(key) in all)) return;
    delete all[keyOf(key)];
    await this.writeAll(all);
  }

  private async readAll(): Promise<Record<string, string>> {
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  private async writeAll(all: Record<string, string>): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    await writeFile(temp, JSON.stringify(all), { mode: 0o600 });
    await rename(temp, this.file);
  }
}
