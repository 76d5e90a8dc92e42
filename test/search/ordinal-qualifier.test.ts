/**
 * A noun restricted by its place in a series ("the trust's first pay offer") asks about one
 * member of it: a passage telling of that member by a word of the same place ("initial") is
 * preferred to one telling of another ("a revised pay offer"; search/sequence-qualifier.ts).
 * Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { askedSequence, holdsAskedSequence } from '../../src/search/sequence-qualifier.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const PAY: SearchFixtureArticle = {
  id: 'pay',
  title: 'Nurses weigh pay talks',
  outlet: 'Vale Courier',
  published: '2026-06-02',
  // The two offers are told in the same words but for their place: without it, the first told
  // would come first.
  paragraphs: [
    ["The trust's revised pay offer was 4.5%, the union said."],
    ["The trust's initial pay offer was 3%, the union said."],
    ['The union will ballot its members on strike action next month.'],
  ],
};

describe('a noun restricted by its place in a series', () => {
  it('is read after a determiner or a possessive, with the nouns it restricts', () => {
    expect(askedSequence("what was the trust's first pay offer")).toEqual([
      { place: 'first', nouns: ['pay', 'offer'] },
    ]);
    expect(askedSequence('how much cheaper are the new health plans')).toEqual([
      { place: 'replacing', nouns: ['health', 'plan'] },
    ]);
    expect(askedSequence('what did the 2nd round decide')[0]?.place).toBe('ordinal:2nd');
    // An adverb, not a modifier: a verb follows and no determiner stands before.
    expect(askedSequence('when did they first meet')).toEqual([]);
    expect(askedSequence('what was the pay offer')).toEqual([]);
  });

  it('is held by a word of the same place before the noun, not by another place', () => {
    const asked = askedSequence("what was the trust's first pay offer");
    expect(holdsAskedSequence("Thornwick's initial offer was a 3% rise.", asked)).toBe(true);
    expect(holdsAskedSequence('The original pay offer was rejected.', asked)).toBe(true);
    expect(holdsAskedSequence('The trust made a revised pay offer of 4.5%.', asked)).toBe(false);
    expect(holdsAskedSequence('The offer was the first in a decade.', asked)).toBe(false);
    expect(holdsAskedSequence('A second offer followed.', asked)).toBe(false);
    // The first and an earlier member may be one: "its first version" / "an earlier version".
    const version = askedSequence('what did the gazette get wrong in its first version');
    expect(holdsAskedSequence('An earlier version of this article misstated it.', version)).toBe(
      true,
    );
  });

  it('ranks the asked member of the series above another', () => {
    const { index } = engineOver(PAY);
    const first = (question: string) => index.rank(question).ranked[0]?.sentence;
    expect(first("what was the trust's first pay offer")).toBe(1);
    expect(first("what is the trust's revised pay offer")).toBe(0);
  });
});
