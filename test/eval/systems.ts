/**
 * The systems compared on each corpus: the engine (through its public interface only) and two
 * baselines on the same sentences the engine's corpus layer produces.
 */
import { buildPlainIndex, searchPlain } from '../../bench/plain-lunr.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { openEngine, type Answer, type AnswerPassage } from '../../src/engine/index.js';
import type { ShownQuote, SystemAnswer } from './metrics.js';
import { BaselineCache, baselineKey } from './baseline-cache.js';
import { buildMiniSearch, searchMiniSearch } from './minisearch-baseline.js';

/** How many passages every system shows: the engine's default reply. */
export const SHOWN = 3;

/** A system under evaluation. */
export interface System {
  name: string;
  answer(question: string): SystemAnswer;
}

/** The systems' names, in the order reports show them. */
export const SYSTEM_NAMES = ['engine', 'plain lunr', 'MiniSearch'] as const;

/** A sentence of the corpus with the article file it comes from. */
interface CorpusSentence {
  text: string;
  file: string;
}

/** The systems ready on one corpus, and the article files the corpus layer loaded. */
export interface OpenedSystems {
  systems: System[];
  /** Article files as the corpus layer names them (relative to the articles folder). */
  files: string[];
  /** Writes the baselines' new rankings to the cache file, if one was given. */
  saveCache(): void;
}

/**
 * The engine and both baselines, ready on the corpus folder `dir`. With `cacheFile`, the
 * baselines' rankings are read from and kept in that file ({@link BaselineCache}), and their
 * indexes are built only when a question is not cached.
 */
export async function openSystems(
  dir: string,
  options: { cacheFile?: string } = {},
): Promise<OpenedSystems> {
  const corpus = await loadCorpus(dir);
  const fileOfId = new Map(corpus.articles.map((article) => [article.meta.id, article.meta.file]));
  const sentences: CorpusSentence[] = corpus.sentences.map((s) => {
    const article = corpus.articles[s.article]!;
    return { text: article.text.slice(s.start, s.end), file: article.meta.file };
  });
  const texts = sentences.map((s) => s.text);

  const engine = await openEngine({ corpusDir: dir });
  const shown = (passage: AnswerPassage): ShownQuote[] =>
    [passage, ...passage.alsoReportedBy].map((quote) => ({
      text: quote.quote,
      file: fileOfId.get(quote.source.id) ?? quote.source.id,
    }));
  const fromEngine = (answer: Answer): SystemAnswer => ({
    answered: answer.answered,
    passages: answer.answered ? answer.passages.map(shown) : [],
    withheld: answer.answered ? [] : answer.closest.map(shown),
  });

  // A baseline refuses only when it finds nothing at all.
  const fromIndices = (indices: number[]): SystemAnswer => {
    const passages = indices.slice(0, SHOWN).map((i) => [sentences[i]!]);
    return { answered: passages.length > 0, passages, withheld: [] };
  };
  const cache =
    options.cacheFile === undefined
      ? null
      : new BaselineCache(options.cacheFile, baselineKey(texts));
  const cached = (system: string, question: string, rank: () => number[]) => {
    const top = () => rank().slice(0, SHOWN);
    return cache === null ? top() : cache.ranking(system, question, top);
  };
  let lunrIndex: ReturnType<typeof buildPlainIndex> | undefined;
  let mini: ReturnType<typeof buildMiniSearch> | undefined;
  const systems: System[] = [
    { name: 'engine', answer: (q) => fromEngine(engine.ask(q, { limit: SHOWN })) },
    {
      name: 'plain lunr',
      answer: (q) =>
        fromIndices(
          cached('plain lunr', q, () =>
            searchPlain((lunrIndex ??= buildPlainIndex(texts)), q).map((r) => Number(r.ref)),
          ),
        ),
    },
    {
      name: 'MiniSearch',
      answer: (q) =>
        fromIndices(
          cached('MiniSearch', q, () => searchMiniSearch((mini ??= buildMiniSearch(texts)), q)),
        ),
    },
  ];
  return {
    systems,
    files: corpus.articles.map((article) => article.meta.file),
    saveCache: () => cache?.save(),
  };
}
