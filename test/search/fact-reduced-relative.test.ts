/**
 * A participle after a noun that says which thing is meant ("the two men arrested on 12 March")
 * is no act the report tells: "also reported by" never joins it to a report of that act.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { inReducedRelative } from '../../src/search/select/fact-clauses.js';

/** Whether the word `word` of `text` is read as a reduced relative clause's participle. */
function reduced(text: string, word: string): boolean {
  const fact = analyseFact(text);
  const index = fact.sequence.findIndex((u) => text.slice(u.start, u.end) === word);
  expect(index).toBeGreaterThanOrEqual(0);
  return inReducedRelative(fact, index, fact.events());
}

const published = { published: ['2026-03-21', '2026-03-14'] as const };

describe('a participle that says which thing is meant', () => {
  it('is read after a noun, before an adverbial, when the clause goes on to its own verb', () => {
    expect(reduced('The two men arrested on 12 March remain on bail.', 'arrested')).toBe(true);
    expect(reduced('The ferries cancelled on Friday will sail again next week.', 'cancelled')).toBe(
      true,
    );
  });

  it('is not the clause’s own verb: with an object, an auxiliary, or no verb after it', () => {
    expect(reduced('Police arrested two men on Thursday.', 'arrested')).toBe(false);
    expect(reduced('The men were arrested on Thursday and questioned.', 'arrested')).toBe(false);
    expect(reduced('Shares jumped on Monday as investors cheered.', 'jumped')).toBe(false);
    expect(reduced('The council voted on Monday to close the pool.', 'voted')).toBe(false);
    expect(reduced('The pool opened in May and closed in June.', 'opened')).toBe(false);
  });

  it('keeps a report of the bail apart from one of the arrest', () => {
    const bail = 'The two men arrested on 12 March remain on bail.';
    const arrest =
      'The men, from Dunmore, were arrested on Thursday and questioned for two days at the central police station.';
    expect(classifyFacts(bail, arrest, published).kind).toBe('different-fact');
    expect(classifyFacts(arrest, bail, published).kind).toBe('different-fact');
  });
});
