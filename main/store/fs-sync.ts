// fsync of a folder, so that a rename or a new file's directory entry survives a power cut.
import { open } from 'node:fs/promises';

export async function syncFolder(folder: string): Promise<void> {
  // Not every platform can open a folder for fsync (Windows cannot); the rename is still atomic there.
  try {
    const dir = await open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    /* best effort */
  }
}
