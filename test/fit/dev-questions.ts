/**
 * The questions `npm run fit` learns from: the development part of every blind set of
 * `npm run eval` (test/eval/split.ts; the test parts are never read here), and the two old
 * development sets whole; never the old held-out set. Each comes with its corpus's index.
 */
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { corpusDir } from '../eval/corpora.js';
import type { EvalQuestion } from '../eval/metrics.js';
import { partOf, readSet, SETS, type CorpusName } from '../eval/sets.js';

/** Sets fitted on: every set but the old held-out one, whose questions stay unseen. */
export const DEFAULT_SETS = SETS.map((spec) => spec.name).filter(
  (name) => name !== 'legacy-heldout-2',
);
/** Old sets that are development sets as a whole (they have no test part). */
const WHOLE_SETS = new Set(['legacy-dev', 'legacy-heldout']);

/** One set's development questions, with the corpus they are asked of, opened. */
export interface DevelopmentSet {
  name: string;
  corpusName: CorpusName;
  /** Written blind from the texts (pooled per corpus in `npm run eval`'s report). */
  blind: boolean;
  corpus: Corpus;
  index: SearchIndex;
  questions: EvalQuestion[];
}

/**
 * Reads the named sets' development questions and opens each corpus once. A set whose file is
 * missing is skipped with a line on `log`.
 *
 * @throws Error when a name is not a set of test/eval/sets.ts.
 */
export async function developmentSets(
  names: readonly string[],
  log: (line: string) => void = console.log,
): Promise<DevelopmentSet[]> {
  const opened = new Map<CorpusName, { corpus: Corpus; index: SearchIndex }>();
  const sets: DevelopmentSet[] = [];
  for (const name of names) {
    const spec = SETS.find((s) => s.name === name);
    if (!spec) throw new Error(`fit: no set named "${name}"`);
    const all = readSet(spec);
    if (!all) {
      log(`set ${name}: missing, skipped`);
      continue;
    }
    const questions = WHOLE_SETS.has(name)
      ? all
      : all.filter((q) => partOf(spec, q.question) === 'dev');
    let corpus = opened.get(spec.corpus);
    if (!corpus) {
      const loaded = await loadCorpus(await corpusDir(spec.corpus));
      corpus = { corpus: loaded, index: SearchIndex.build(loaded, loaded.aliases) };
      opened.set(spec.corpus, corpus);
    }
    log(`set ${name}: ${questions.length} development questions`);
    sets.push({ name, corpusName: spec.corpus, blind: spec.blind, ...corpus, questions });
  }
  return sets;
}
