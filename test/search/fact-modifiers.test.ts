/**
 * A participle inside a noun phrase ("the man arrested in May", "the 17 evacuated homes") says
 * which thing, not what happened: it is no event word of the report.
 */
import { describe, expect, it } from 'vitest';
import { eventWords } from '../../src/search/select/fact-predicates.js';

describe('verbs that describe a noun', () => {
  it('a reduced relative clause before the main verb is not the event', () => {
    expect([...eventWords('The man arrested in May would face no further action.')]).toEqual([
      'face',
    ]);
    expect([
      ...eventWords(
        'The 22-year-old man arrested earlier this month remained under investigation.',
      ),
    ]).toEqual(['remain']);
  });

  it('a participle before its noun is not the event', () => {
    expect(
      eventWords('Residents of the 17 evacuated homes spent the night at the school.'),
    ).toEqual(new Set(['spent']));
  });

  it('a participle after a determiner with no noun after it is the noun: "the injured"', () => {
    expect(
      eventWords('Two of the injured, both from Ashby, were flown to Kell Hospital on Sunday.'),
    ).toEqual(new Set(['flown']));
    // Near miss: a participle after its subject, before its object, tells the event.
    expect(eventWords('The storm injured two walkers on Sunday.')).toEqual(new Set(['injur']));
  });

  it('a main verb stays the event: with an object, alone, or before another clause', () => {
    expect(eventWords('Police arrested a man in May.')).toEqual(new Set(['arrest']));
    expect(eventWords('The fire started on Friday evening near the crag.')).toEqual(
      new Set(['start']),
    );
    expect(
      eventWords('The fire started near the crag before firefighters arrived.').has('start'),
    ).toBe(true);
    expect(eventWords('The man was arrested in May.')).toEqual(new Set(['arrest']));
  });
});
