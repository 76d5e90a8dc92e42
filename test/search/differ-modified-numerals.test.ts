/**
 * A figure with a hedge or a bound stands for a range, not a point (Nouwen 2010, "Two kinds of
 * modified numerals", Semantics & Pragmatics 3; Cummins, Sauerland & Solt 2012 on approximators):
 * "about N" an interval around N, "more than N" everything above N, "up to N" everything up to
 * N, a bare "N" itself. Two reports of one quantity differ only when their ranges cannot both
 * hold, and state one value when one range holds the other's point. Invented sentences of one
 * day's articles; an invented corpus for the reply.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const SAME_DAY = { published: ['2026-03-06', '2026-03-06'] } as const;
/** The relation of two passages of one day's articles, asked both ways round. */
const relation = (a: string, b: string) => {
  const found = classifyFacts(a, b, SAME_DAY);
  expect(classifyFacts(b, a, SAME_DAY), `${b} / ${a}`).toEqual(found);
  return found.kind;
};
const hearing = (figure: string) => `${figure} people attended the hearing in the school gym.`;
const ferry = (figure: string) => `The Kelby Star can carry ${figure} cars.`;

describe('modified numerals compared as ranges', () => {
  it('ranges that cannot both hold differ', () => {
    expect(relation(hearing('About 150'), hearing('More than 200'))).toBe('disagree');
    expect(relation(hearing('More than 200'), hearing('180'))).toBe('disagree');
    expect(relation(ferry('ten'), ferry('up to eight'))).toBe('disagree');
    expect(relation(ferry('about ten'), ferry('up to eight'))).toBe('disagree');
    expect(relation(ferry('more than ten'), ferry('up to eight'))).toBe('disagree');
  });

  it("a range holding the other report's point is no disagreement", () => {
    for (const [a, b] of [
      [hearing('About 150'), hearing('152')],
      [hearing('More than 200'), hearing('230')],
      [ferry('ten'), ferry('up to twelve')],
      [ferry('ten'), ferry('at least eight')],
      [ferry('more than ten'), ferry('up to twelve')],
    ] as const)
      expect(relation(a, b), `${a} / ${b}`).not.toBe('disagree');
  });

  it('"also reported by" joins one value told on two scales, never two ranges apart', () => {
    expect(relation(hearing('About 150'), hearing('152'))).toBe('same-fact');
    expect(relation(hearing('About 150'), hearing('Around 150'))).toBe('same-fact');
    const raised = (figure: string) => `The appeal has raised ${figure} for the lifeboat crew.`;
    expect(relation(raised('about £3,000'), raised('around £3,000'))).toBe('same-fact');
    expect(relation(raised('about 3,000 pounds'), raised('around £3,000'))).toBe('same-fact');
    for (const [a, b] of [
      [hearing('About 150'), hearing('More than 200')],
      [hearing('More than 200'), hearing('230')],
      [ferry('ten'), ferry('up to twelve')],
      [raised('about £3,000'), raised('more than £4,000')],
    ] as const)
      expect(relation(a, b), `${a} / ${b}`).not.toBe('same-fact');
  });
});

const FILES: Record<string, string> = {
  'chronicle.txt':
    'Clinic closure angers Dunmore\n\nAbout 150 people attended a public meeting in Dunmore church hall last night. The health board has not said when the clinic will reopen.',
  'gazette.txt':
    'Packed hall demands answers\n\nMore than 200 people crammed into Dunmore church hall on Thursday night. Speakers took turns at the microphone for two hours.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('chronicle.txt', '2026-03-06'),
      datedArticle('gazette.txt', '2026-03-06'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe('one meeting counted as "about 150" and "more than 200"', () => {
  it('shows the two counts side by side as sources that differ on the number', () => {
    const reply = engine.ask('How many people were at the meeting in Dunmore church hall?');
    expect(reply.sourcesDiffer.map((d) => d.aspect)).toEqual(['number']);
    expect(reply.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'chronicle',
      'gazette',
    ]);
    for (const passage of reply.passages) expect(passage.alsoReportedBy).toEqual([]);
  });
});
