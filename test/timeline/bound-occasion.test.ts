/**
 * A date after "before", "after" or "since" bounds the act; it is not its date (Quirk et al.
 * 1985, 9.37–9.43, on prepositions of time). "Ms Ferro said on Tuesday that the roof had been
 * inspected before Saturday's match": the inspection is not of Saturday, the match is (its
 * entry says so), and "on Tuesday" dates the statement. After a possessive date the next word
 * heads a noun phrase, though the tagger reads "match" as a verb. Invented stadium sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.date, e.quotes.map((q) => q.dates ?? null)];
// Thursday 13 February 2025: Tuesday is the 11th, the Saturday before it the 8th.
const eventsOf = (sentence: string) => buildTimeline(articleOf('2025-02-13', sentence)).map(shown);

describe('an occasion after a preposition of time relationship', () => {
  it.each(['before', 'after', 'since'])(
    '"%s Saturday\'s match" dates the match, not the inspection; "on Tuesday" dates the statement',
    (preposition) => {
      expect(
        eventsOf(
          `Ms Ferro said on Tuesday that the roof had been inspected ${preposition} Saturday's match.`,
        ),
      ).toEqual([
        ['2025-02-08', ["Saturday's match"]],
        ['2025-02-11', [null]],
      ]);
    },
  );

  it('reads a noun phrase with a modifier: "Saturday\'s football match"', () => {
    expect(eventsOf("The roof was inspected before Saturday's football match.")).toEqual([
      ['2025-02-08', ["Saturday's football match"]],
    ]);
  });

  it('takes no past form ending the clause into the noun phrase: "since Monday\'s storm hit"', () => {
    expect(eventsOf("The pier has been shut since Monday's storm hit.")).toEqual([
      ['2025-02-10', ["Monday's storm"]],
    ]);
  });

  it('keeps the possessive the object of the act when no preposition bounds it', () => {
    expect(eventsOf("Fans praised Saturday's match on Tuesday.")).toEqual([
      ['2025-02-08', ["Saturday's match"]],
      ['2025-02-11', [null]],
    ]);
  });
});
