/**
 * "that" after a noun opens a relative clause: the past form right after it is that clause's
 * verb ("the ice cores that reached port on Sunday": past), not an adjective after a determiner.
 * After a preposition, "that" is a determiner and a participle after it an adjective. Invented sentences, published Tuesday 2026-06-09.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { relativeThatPast } from '../../src/timeline/relative-that.js';
import { articleOf } from './fixtures.js';

const entriesOf = (...sentences: string[]) =>
  buildTimeline(articleOf('2026-06-09', ...sentences)).map((e) => [e.date, e.future]);

describe('"that" as a relative pronoun', () => {
  it('after a noun, the past form after it dates its clause', () => {
    expect(
      entriesOf('The lab is ready to receive the ice cores that reached port on Sunday.'),
    ).toEqual([['2026-06-07', false]]);
  });

  it('each dated clause of a sentence is an entry of its own', () => {
    expect(
      entriesOf(
        'Researchers said on Tuesday they were ready to receive the ice cores that reached port on Sunday.',
      ),
    ).toEqual([
      ['2026-06-07', false],
      ['2026-06-09', false],
    ]);
  });

  it('after a preposition, "that" is a determiner: no relative clause', () => {
    const relative = (sentence: string) =>
      relativeThatPast(sentence, sentence.slice(0, sentence.indexOf(' Sunday')));
    expect(relative('The lab took in the ice cores that reached port on Sunday.')).toBe(true);
    // The last "that" before the date opens its clause.
    expect(relative('Staff said that the ice cores that reached port on Sunday were intact.')).toBe(
      true,
    );
    expect(relative('Pumps stood idle in that flooded section on Sunday.')).toBe(false);
  });
});
