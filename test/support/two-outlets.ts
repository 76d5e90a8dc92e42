/**
 * Two outlets' articles on one story, Tarn Echo's (`echo.md`) and Gull Radio's (`radio.md`),
 * beside unrelated ones, each set built into its own engine: the fixture of the tests of
 * "also reported by" and "sources differ" across outlets.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { frontMatterArticle, plainCorpusEngine, UNRELATED_ARTICLES } from './corpus-fixture.js';

/** [Tarn Echo's, Gull Radio's]: titles, bodies or publication days (YYYY-MM-DD). */
type EchoRadio = readonly [string, string];

/** The corpus files of two outlets' articles, beside {@link UNRELATED_ARTICLES}. */
export function twoOutlets(
  titles: EchoRadio,
  bodies: EchoRadio,
  published: EchoRadio,
): Record<string, string> {
  return {
    'echo.md': frontMatterArticle(titles[0], 'Tarn Echo', published[0], bodies[0]),
    'radio.md': frontMatterArticle(titles[1], 'Gull Radio', published[1], bodies[1]),
    ...UNRELATED_ARTICLES,
  };
}

/**
 * Builds each named corpus into an engine before the file's tests and removes them after;
 * returns the look-up of an engine by its corpus's name (throws for a name never built).
 */
export function enginesOf(
  files: () => Record<string, Record<string, string>>,
): (name: string) => Engine {
  const corpora: Record<string, Awaited<ReturnType<typeof plainCorpusEngine>>> = {};
  beforeAll(async () => {
    await Promise.all(
      Object.entries(files()).map(async ([name, corpus]) => {
        corpora[name] = await plainCorpusEngine(corpus);
      }),
    );
  }, 120_000);
  afterAll(() => Promise.all(Object.values(corpora).map((corpus) => corpus.cleanup())));
  return (name) => {
    const corpus = corpora[name];
    if (corpus === undefined) throw new Error(`no corpus named ${name}`);
    return corpus.engine;
  };
}

/** Each "sources differ" of an answer: [its aspect, its outlets' ids sorted, joined by a space]. */
export const differingSources = (engine: Engine, question: string): string[][] =>
  engine.ask(question).sourcesDiffer.map((d) => [
    d.aspect,
    d.quotes
      .map((q) => q.source.id)
      .sort()
      .join(' '),
  ]);
