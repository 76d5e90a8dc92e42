/**
 * A supplementary relative clause on a name ("The Kelby Star, which can carry ten cars, …") is a
 * statement of its own: two reports of other events contradict each other when their
 * supplements on one name give figures whose ranges cannot both hold, and only then; and a
 * supplement shared is no ground for "also reported by" of the whole sentences. Invented
 * sentences of one day's articles; an invented corpus for the reply.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { supplementsOf } from '../../src/search/select/fact-supplement.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const SAME_DAY = { published: ['2026-03-06', '2026-03-06'] } as const;
const relation = (a: string, b: string) => {
  const found = classifyFacts(a, b, SAME_DAY);
  expect(classifyFacts(b, a, SAME_DAY), `${b} / ${a}`).toEqual(found);
  return found.kind;
};
const runs = (capacity: string) =>
  `The landing craft Kelby Star, which can carry ${capacity}, has now made three freight runs.`;
const arrived = (capacity: string) =>
  `The Kelby Star, which can carry ${capacity}, arrived at Marl pier at 11:20 this morning.`;

describe('supplementary relative clauses', () => {
  it('reads each as its name and its predicate', () => {
    expect(supplementsOf(runs('ten cars'))).toEqual([
      { name: 'Kelby Star', statement: 'Kelby Star can carry ten cars.' },
    ]);
    expect(supplementsOf('Tom Reyne, who has run the shop for 9,800 days, said so.')).toEqual([
      { name: 'Tom Reyne', statement: 'Tom Reyne has run the shop for 9,800 days.' },
    ]);
    expect(supplementsOf('The ferry that can carry ten cars arrived.')).toEqual([]);
  });

  it('"which can carry ten cars" / "which can carry up to eight cars" differ on the number', () => {
    expect(relation(runs('ten cars'), arrived('up to eight cars or two lorries'))).toBe('disagree');
    expect(relation(runs('more than ten cars'), arrived('up to eight cars'))).toBe('disagree');
  });

  it('ranges that can both hold, or another name, are not set against it', () => {
    for (const [a, b] of [
      [runs('ten cars'), arrived('up to twelve cars')],
      [runs('about ten cars'), arrived('ten cars')],
      [runs('ten cars'), arrived('ten cars')],
      [runs('ten cars'), 'The Marl Star, which can carry eight cars, arrived at Marl pier.'],
    ] as const)
      expect(relation(a, b), `${a} / ${b}`).not.toBe('disagree');
  });

  it('a supplement shared makes no same fact of two other events', () => {
    expect(relation(runs('ten cars'), arrived('ten cars'))).not.toBe('same-fact');
  });
});

const FILES: Record<string, string> = {
  'harbour-news.txt':
    'Landing craft keeps island supplied\n\nThe landing craft Kelby Star, which can carry ten cars, has now made three freight runs. Islanders welcomed the service.',
  'coast-post.txt':
    'Supplies reach the island\n\nThe Kelby Star, which can carry up to eight cars or two lorries, arrived at Marl pier at 11:20 this morning with a fuel tanker.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('harbour-news.txt', '2026-03-06'),
      datedArticle('coast-post.txt', '2026-03-06'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe("one vessel's capacity told in two supplements", () => {
  it('shows the two side by side as sources that differ on the number', () => {
    const reply = engine.ask('How many cars can the Kelby Star carry?');
    expect(reply.sourcesDiffer.map((d) => d.aspect)).toEqual(['number']);
    expect(reply.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'coast-post',
      'harbour-news',
    ]);
    for (const passage of reply.passages) expect(passage.alsoReportedBy).toEqual([]);
  });
});
