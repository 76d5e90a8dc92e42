/**
 * "How long" asked of two outlets that give one closure different lengths: a duration is a count
 * of units of time, set against the other as any count (select.ts `aspectOf`). Tiny invented
 * corpora of two articles beside unrelated ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import {
  frontMatterArticle,
  plainCorpusEngine,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

type Corpus = Awaited<ReturnType<typeof plainCorpusEngine>>;

/** Two articles of one day, Tarn Echo's and Gull Radio's, with `echo` and `radio` as bodies. */
function twoOutlets(echo: string, radio: string): Record<string, string> {
  return {
    'echo.md': frontMatterArticle('Ring road fire (Echo)', 'Tarn Echo', '2026-06-03', echo),
    'radio.md': frontMatterArticle('Ring road blaze (Radio)', 'Gull Radio', '2026-06-03', radio),
    ...UNRELATED_ARTICLES,
  };
}

const corpora: Record<string, Corpus> = {};
const engineOf = (name: string): Engine => corpora[name]!.engine;

beforeAll(async () => {
  const files: Record<string, Record<string, string>> = {
    hours: twoOutlets(
      'A timber lorry caught fire near Kelby.\n\nThe Kelby ring road was closed for six hours on Tuesday.',
      'Fire crews were called to a burning lorry.\n\nThe Kelby ring road was closed for nine hours on Tuesday.',
    ),
    days: twoOutlets(
      'A timber lorry caught fire near Kelby.\n\nThe Kelby ring road was closed for six hours on Tuesday.',
      'Fire crews were called to a burning lorry.\n\nThe Kelby ring road was closed for nine hours on Monday.',
    ),
  };
  await Promise.all(
    Object.entries(files).map(async ([name, corpus]) => {
      corpora[name] = await plainCorpusEngine(corpus);
    }),
  );
}, 120_000);
afterAll(() => Promise.all(Object.values(corpora).map((corpus) => corpus.cleanup())));

const differ = (engine: Engine, question: string) =>
  engine.ask(question).sourcesDiffer.map((d) => [
    d.aspect,
    d.quotes
      .map((q) => q.source.id)
      .sort()
      .join(' '),
  ]);

describe('two lengths of one closure', () => {
  it('"six hours" / "nine hours" on one day differ on the number', () => {
    expect(differ(engineOf('hours'), 'How long was the ring road closed?')).toEqual([
      ['number', 'echo radio'],
    ]);
  });

  it('closures of two days are two facts, not a dispute', () => {
    expect(differ(engineOf('days'), 'How long was the ring road closed?')).toEqual([]);
  });
});
