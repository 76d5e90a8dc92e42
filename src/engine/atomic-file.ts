/** Replacing a file atomically: readers see the old contents or the new, never part of either. */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files this process is writing, so a stop signal can remove them. */
const writing = new Set<string>();

/**
 * Removes the temporary files this process is writing; synchronous, for a signal handler that
 * exits right after.
 */
export function removeTemporaryFiles(): void {
  for (const temporary of writing) rmSync(temporary, { force: true });
  writing.clear();
}

/**
 * The temporary name for a new `file`: hidden (a leading dot, so corpus readers and the folder
 * watcher ignore it), beside it (the same file system, so the rename is atomic), carrying this
 * process's id (so a sweep at start can tell a dead writer's leftovers from a live one's):
 * `a.txt` → `.a.txt.<pid>.<hex>.tmp`, `.coverage-index.json` → `.coverage-index.json.<pid>.<hex>.tmp`.
 */
function temporaryName(file: string): string {
  const base = path.basename(file);
  const hidden = base.startsWith('.') ? base : `.${base}`;
  return path.join(
    path.dirname(file),
    `${hidden}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
}

/**
 * Writes `data` to a temporary file beside `file` and renames it over `file`; rename(2) is
 * atomic on POSIX. On failure nothing is left and the error propagates; the folder must exist.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryName(file);
  writing.add(temporary);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    writing.delete(temporary);
  }
}
