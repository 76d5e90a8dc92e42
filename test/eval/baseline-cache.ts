/**
 * A file cache of the baselines' rankings. Plain lunr and MiniSearch do not change when the
 * engine does, yet on the State of the Union corpus building their indexes and searching
 * (MiniSearch scores every sentence sharing a common word) takes longer than everything else
 * in a run; so their ranked sentence numbers are kept per question, under a key covering
 * everything they depend on: the sentences, the baselines' source and the libraries' versions.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
/** Source files whose change must invalidate the cache. */
const BASELINE_SOURCES = [
  path.join(here, '..', '..', 'bench', 'plain-lunr.ts'),
  path.join(here, 'minisearch-baseline.ts'),
  path.join(here, 'baseline-cache.ts'),
];

/** The installed version (minisearch exports no `package.json`, so it is read from the folder). */
function packageVersion(name: string): string {
  const file = path.join(here, '..', '..', 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The cache key of `sentences` ranked by the current baselines. */
export function baselineKey(sentences: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`lunr ${packageVersion('lunr')}\0minisearch ${packageVersion('minisearch')}\0`);
  for (const file of BASELINE_SOURCES) hash.update(readFileSync(file, 'utf8')).update('\0');
  for (const sentence of sentences) hash.update(sentence).update('\0');
  return hash.digest('hex');
}

interface CacheFile {
  key: string;
  /** By system name, then by question: ranked sentence numbers. */
  rankings: Record<string, Record<string, number[]>>;
}

/** Rankings per system and question, read from and written back to one JSON file. */
export class BaselineCache {
  private readonly data: CacheFile;
  private dirty = false;

  /** Opens `file`; its content is used only when it was written for `key`. */
  constructor(
    private readonly file: string,
    key: string,
  ) {
    let data: CacheFile = { key, rankings: {} };
    if (existsSync(file)) {
      try {
        const read = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
        if (read.key === key) data = read;
      } catch {
        // A damaged cache is rebuilt, never trusted.
      }
    }
    this.data = data;
  }

  /** The cached ranking of `question` by `system`, or computes and keeps it. */
  ranking(system: string, question: string, compute: () => number[]): number[] {
    const bySystem = (this.data.rankings[system] ??= {});
    const cached = bySystem[question];
    if (cached !== undefined) return cached;
    const ranking = compute();
    bySystem[question] = ranking;
    this.dirty = true;
    return ranking;
  }

  /** Writes the file when anything was added (written whole, then renamed, so never half-written). */
  save(): void {
    if (!this.dirty) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.data));
    renameSync(temporary, this.file);
    this.dirty = false;
  }
}
