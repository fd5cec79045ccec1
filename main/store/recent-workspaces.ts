// The recent-workspaces list (File > Open Recent): a small JSON file in the user data folder.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export const RECENT_KEPT = 10;

export class RecentWorkspaces {
  constructor(private readonly file: string) {}

  /** The workspaces still on disk, most recent first. */
  async list(): Promise<string[]> {
    const paths = await this.read();
    const present = await Promise.all(
      paths.map((p) =>
        stat(p).then(
          (s) => s.isFile(),
          () => false,
        ),
      ),
    );
    return paths.filter((_, i) => present[i]);
  }

  async add(path: string): Promise<void> {
    const full = resolve(path);
    await this.write([full, ...(await this.read()).filter((p) => p !== full)].slice(0, RECENT_KEPT));
  }

  async remove(path: string): Promise<void> {
    const full = resolve(path);
    await this.write((await this.read()).filter((p) => p !== full));
  }

  private async read(): Promise<string[]> {
    try {
      const value = JSON.parse(await readFile(this.file, 'utf8')) as unknown;
      return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
    } catch {
      return []; // missing or unreadable: start a new list
    }
  }

  private async write(paths: string[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(this.file, JSON.stringify(paths, null, 2));
  }
}
