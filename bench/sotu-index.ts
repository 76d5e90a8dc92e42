/**
 * A State of the Union corpus folder under `.cache/bench` with a fresh index beside it, for
 * the scripts that measure what happens around a rebuild (builder-memory.ts, swap-stall.ts).
 */
import path from 'node:path';
import { readCorpusFiles } from '../src/corpus/files.js';
import { buildIndex, corpusHash } from '../src/engine/index.js';
import { DEFAULT_INDEX_FILE, readIndexFile } from '../src/engine/index-file.js';
import { REPO_ROOT } from './probes/spawn.js';
import { readSpeeches, selectFraction, writeSotuCorpus, type Speech } from './sotu.js';

/**
 * Writes `fraction` of the speeches to `.cache/bench/<name>-<percent>` and builds its index
 * unless the one there was built from exactly these files by this code.
 */
export async function sotuIndexFolder(
  name: string,
  fraction: number,
  note: (line: string) => void,
): Promise<{ dir: string; indexPath: string; speeches: Speech[] }> {
  const dir = path.join(REPO_ROOT, `.cache/bench/${name}-${Math.round(fraction * 100)}`);
  const speeches = selectFraction(await readSpeeches(), fraction);
  await writeSotuCorpus(dir, speeches);
  const indexPath = path.join(dir, DEFAULT_INDEX_FILE);
  const index = await readIndexFile(indexPath).catch(() => null);
  if (index?.corpusHash !== corpusHash(await readCorpusFiles(dir))) {
    note(`building the index of ${speeches.length} speeches (once per code version)`);
    await buildIndex({ corpusDir: dir });
  }
  return { dir, indexPath, speeches };
}
