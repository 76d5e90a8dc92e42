/**
 * The thin layer between the benchmark and the engine: everything the bench needs from
 * src/corpus and src/engine goes through here, so an engine API change touches one file. The
 * engine's code is the launcher's compiled tree, as production runs it (compiled.ts).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type * as CorpusLoad from '../src/corpus/load.js';
import { DEFAULT_INDEX_FILE } from '../src/engine/index-file.js';
import type * as EngineApi from '../src/engine/index.js';
import type * as LiveApi from '../src/engine/live.js';
import type { Engine } from '../src/engine/types.js';
import { compiledModule } from './compiled.js';

const engineApi = () => compiledModule<typeof EngineApi>('src/engine/index.ts');

/**
 * Imports the engine's compiled modules (and the corpus layer's), so that a timed load or build
 * after it measures the engine's work, not the launcher's compile check and module loading, as
 * plain lunr's is timed with lunr already imported.
 */
export async function importEngine(): Promise<void> {
  await Promise.all([engineApi(), compiledModule<typeof CorpusLoad>('src/corpus/load.ts')]);
}

/** A corpus folder as the engine's corpus layer reads it: read, cleaned, segmented. */
export interface SegmentedCorpus {
  articles: number;
  /** The text of every sentence, in corpus order. */
  sentences: string[];
}

/** Loads the corpus folder as the engine does (read, clean, segment) and returns its sentences. */
export async function segmentCorpus(corpusDir: string): Promise<SegmentedCorpus> {
  const { loadCorpus } = await compiledModule<typeof CorpusLoad>('src/corpus/load.ts');
  const corpus = await loadCorpus(corpusDir);
  const sentences = corpus.sentences.map((sentence) =>
    (corpus.articles[sentence.article]?.text ?? '').slice(sentence.start, sentence.end),
  );
  return { articles: corpus.articles.length, sentences };
}

/** The engine's own account of a build, stage by stage, in milliseconds. */
export interface EngineBuildStages {
  readMs: number;
  /** Cleaning and sentence segmentation. */
  segmentMs: number;
  searchMs: number;
  timelineMs: number;
  writeMs: number;
  events: number;
}

/** Builds the engine's index of `corpusDir` from scratch and saves it. */
export async function buildEngineIndex(corpusDir: string): Promise<EngineBuildStages> {
  const stats = await (await engineApi()).buildIndex({ corpusDir });
  const { read, clean, search, timeline, write } = stats.milliseconds;
  return {
    readMs: read,
    segmentMs: clean,
    searchMs: search,
    timelineMs: timeline,
    writeMs: write,
    events: stats.events,
  };
}

/** Opens the engine on a prebuilt index; never builds. */
export async function openPrebuiltEngine(corpusDir: string): Promise<Engine> {
  return (await engineApi()).openEngine({ corpusDir, rebuild: 'never' });
}

/**
 * Opens the engine on a prebuilt index as a served process does (`openLiveEngine`, as the bot's
 * worker and the console open it, so with its warm-up before the first question:
 * src/engine/ask-warm-up.ts), without watching the folder; never builds.
 */
export async function openServedEngine(corpusDir: string): Promise<Engine> {
  const { openLiveEngine } = await compiledModule<typeof LiveApi>('src/engine/live.ts');
  return openLiveEngine({ corpusDir, rebuild: 'never', watch: false });
}

/** Bytes on disk of the engine's saved index for `corpusDir`. */
export async function engineIndexBytes(corpusDir: string): Promise<number> {
  return (await stat(path.join(corpusDir, DEFAULT_INDEX_FILE))).size;
}
