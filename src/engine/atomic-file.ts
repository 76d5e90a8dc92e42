/** Replacing a file atomically: readers see the old contents or the new, never part of either. */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `data` to a hidden temporary file beside `file` (same folder, so the same file
 * system) and renames it over `file`; rename(2) is atomic on POSIX. The temporary name starts
 * with a dot, so corpus readers and the folder watcher ignore it. On failure nothing is left.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
