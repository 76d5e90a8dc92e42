/**
 * vitest's global set-up (vitest.config.ts): makes the WordNet cache (src/search/wordnet-cache.ts)
 * once, in the main process, before any test worker starts. After a change to the code its name
 * is made of, every worker found none and read WordNet itself at once: some 3 s of CPU each,
 * three times over on two cores, which ran the first WordNet test of each worker past its 20 s
 * (66 s and 78 s measured, flaky34). A cache already there is not read here.
 */
import { existsSync } from 'node:fs';
import { loadWordNetRelations, wordnetCacheFile } from '../../src/search/wordnet-cache.js';

export default function setup(): void {
  const file = wordnetCacheFile();
  if (file !== null && !existsSync(file)) loadWordNetRelations(file);
}
