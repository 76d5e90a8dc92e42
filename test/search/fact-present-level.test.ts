/**
 * A sum stated as the present level of one thing, in other words on each side ("is now
 * £20,000" / "has risen to £25,000", fact-levels.ts `presentLevelAt`), is one measure: two such
 * sums that cannot be the same, in articles of about one day, differ on the number. Invented
 * sentences, and a tiny invented corpus for the question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/types.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { presentLevelAt } from '../../src/search/select/fact-levels.js';
import {
  frontMatterArticle,
  plainCorpusEngine,
  UNRELATED_ARTICLES,
} from '../support/corpus-fixture.js';

const relation = (
  a: string,
  b: string,
  published: readonly [string, string] = ['2026-06-03', '2026-06-03'],
) => {
  const r = classifyFacts(a, b, { published });
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

/** The words of the level read before a passage's one figure, as written; null when none. */
const levelWords = (text: string) => {
  const fact = analyseFact(text);
  const figure = fact.values.positioned.find((v) => 'number' in v)!;
  return (
    presentLevelAt(fact, figure.at)?.words.map((unit) => text.slice(unit.start, unit.end)) ?? null
  );
};

describe('a sum stated as a present level', () => {
  it('is read after "is", "stands at" or a verb of moving or reaching in the present perfect', () => {
    expect(levelWords('The reward is now £20,000.')).toEqual([]);
    expect(levelWords('The reward now stands at £20,000.')).toEqual(['stands']);
    expect(levelWords('The reward has risen to £25,000.')).toEqual(['risen']);
    expect(levelWords('The reward has now reached £25,000.')).toEqual(['reached']);
    expect(levelWords('The reward is now 20,000 pounds.')).toEqual([]);
    expect(levelWords('The reward is now £2.5 million.')).toEqual([]);
  });

  it('is not read after a past form or another verb', () => {
    expect(levelWords('The reward was £20,000.')).toBeNull();
    expect(levelWords('The reward rose to £25,000.')).toBeNull();
    expect(levelWords('The family has offered £25,000.')).toBeNull();
    // Something else said of the figure: "short" of a target, a moment "after a donation".
    expect(levelWords('The fund is £2,000 short.')).toBeNull();
    expect(levelWords('The reward has risen to £25,000 after a donation.')).toBeNull();
  });
});

describe('two present levels of one sum', () => {
  it('"is now £20,000" / "has risen to £25,000" on one day differ on the number', () => {
    expect(relation('The reward is now £20,000.', 'The reward has risen to £25,000.')).toBe(
      'disagree',
    );
    expect(relation('The reward has risen to £25,000.', 'The reward is now £20,000.')).toBe(
      'disagree',
    );
  });

  it('are no dispute when one is past, of another thing, or weeks apart', () => {
    expect(relation('The reward was £20,000.', 'The reward has risen to £25,000.')).not.toBe(
      'disagree',
    );
    expect(relation('The reward rose to £20,000.', 'The reward has risen to £25,000.')).not.toBe(
      'disagree',
    );
    expect(relation('The reward is now £20,000.', 'The fine has risen to £25,000.')).not.toBe(
      'disagree',
    );
    expect(
      relation('The reward is now £20,000.', 'The reward has risen to £25,000.', [
        '2026-06-03',
        '2026-06-24',
      ]),
    ).not.toBe('disagree');
  });

  it('agreeing, are no dispute', () => {
    expect(relation('The reward is now £25,000.', 'The reward has risen to £25,000.')).not.toBe(
      'disagree',
    );
  });
});

type Corpus = Awaited<ReturnType<typeof plainCorpusEngine>>;
let corpus: Corpus;

beforeAll(async () => {
  corpus = await plainCorpusEngine({
    'echo.md': frontMatterArticle(
      'Yard fire (Echo)',
      'Tarn Echo',
      '2026-06-03',
      'Fire destroyed a timber stack at the Kelby yard.\n\nThe reward is now £20,000.',
    ),
    'radio.md': frontMatterArticle(
      'Yard blaze (Radio)',
      'Gull Radio',
      '2026-06-03',
      'Crews fought a blaze at the Kelby yard overnight.\n\nThe reward has risen to £25,000.',
    ),
    ...UNRELATED_ARTICLES,
  });
}, 120_000);
afterAll(() => corpus.cleanup());

describe('asked how much the sum is', () => {
  it('quotes both under "sources differ"', () => {
    const engine: Engine = corpus.engine;
    expect(
      engine.ask('How much is the reward?').sourcesDiffer.map((d) => [
        d.aspect,
        d.quotes
          .map((q) => q.source.id)
          .sort()
          .join(' '),
      ]),
    ).toEqual([['number', 'echo radio']]);
  });
});
