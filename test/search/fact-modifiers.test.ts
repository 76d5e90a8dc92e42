/**
 * A participle inside a noun phrase ("the man arrested in May", "the 17 evacuated homes") or the
 * verb of a relative clause ("the residents who were evacuated") says which thing, not what
 * happened: it is no event word of the report.
 */
import { describe, expect, it } from 'vitest';
import { eventWords } from '../../src/search/select/fact-predicates.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

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

  it("a relative clause's verb, before the sentence's own verb, is not the event", () => {
    expect(
      eventWords('The Tarn residents who were evacuated last week were allowed back on Sunday.'),
    ).toEqual(new Set(['allow']));
    expect(eventWords('The mayor, who was re-elected in May, praised the crews.')).toEqual(
      new Set(['prais']),
    );
    expect(eventWords('The firm that built the bridge went into administration.')).toEqual(
      new Set(['went']),
    );
    // Near misses: a clause with no verb after it, a "which" clause on the whole sentence, and
    // "that" after a verb of saying (no noun before it) keep their verbs.
    expect(eventWords('Crews cleared the road that collapsed.').has('collap')).toBe(true);
    expect(eventWords('The bridge closed on Monday, which delayed thousands.').has('delay')).toBe(
      true,
    );
    expect(eventWords('Officials confirmed that crews reopened the road.').has('reopen')).toBe(
      true,
    );
  });

  it('so a report of what the described people did next is not "also reported by" one of where they are', () => {
    const published = ['2025-06-13', '2025-06-16'] as const;
    expect(
      classifyFacts(
        'The residents evacuated from Tarn are still staying in Brenna.',
        'The Tarn residents who were evacuated last week were allowed back into their homes on Sunday.',
        { published },
      ).kind,
    ).toBe('different-fact');
    // Near miss: one act told of the same described people stays one fact. Both articles of
    // Monday 16 June: one Sunday, 15 June ("on Sunday" of 13 June is 8 June, another day).
    expect(
      classifyFacts(
        'The Tarn residents who were evacuated last week were allowed back into their homes on Sunday.',
        'The residents evacuated from Tarn were allowed back into their homes on Sunday.',
        { published: ['2025-06-16', '2025-06-16'] },
      ).kind,
    ).toBe('same-fact');
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
