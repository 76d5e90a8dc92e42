/**
 * One change of a measure told in other words (fact-changes.ts), a count told as "put the number
 * of N at X" (fact-measures.ts), and who said a thing against a detail the other report adds
 * (fact-slots.ts `framingAgainstClaim`). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';

const days = (a: string, b: string): RelationContext => ({ published: [a, b] });
const sameDay = days('2026-05-12', '2026-05-12');
const relation = (a: string, b: string, context: RelationContext = sameDay) => {
  const r = classifyFacts(a, b, context);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

const CLIMBED =
  'Tarvian wheat futures climbed 1.8 percent on Monday after the harvest forecast was cut.';

describe('one change of a measure told by two verbs of change', () => {
  it('differs on the number when the figures cannot be the same', () => {
    expect(
      relation(
        CLIMBED,
        'Tarvian wheat futures ended Monday up 2.1 per cent as traders reacted to the lower forecast.',
      ),
    ).toBe('disagree');
    expect(relation(CLIMBED, 'Tarvian wheat futures closed 2.1 percent higher on Monday.')).toBe(
      'disagree',
    );
    expect(
      relation(
        'Harl Mining shares fell 4 percent on Tuesday.',
        'Harl Mining shares ended Tuesday down 6 per cent, dealers said.',
      ),
    ).toBe('disagree');
  });

  it('is no disagreement for a change the other way, of another thing, or on another day', () => {
    const none = /^(?!disagree)/;
    expect(
      relation(CLIMBED, 'Tarvian wheat futures ended Monday down 2.1 per cent as traders reacted.'),
    ).toMatch(none);
    expect(
      relation(CLIMBED, 'Tarvian barley futures ended Monday up 2.1 per cent as traders reacted.'),
    ).toMatch(none);
    expect(
      relation(CLIMBED, 'Tarvian wheat futures ended Tuesday up 2.1 per cent as traders reacted.'),
    ).toMatch(none);
    // No day named: the figure may be a week's.
    expect(
      relation(CLIMBED, 'Tarvian wheat futures ended the week up 2.1 per cent as traders reacted.'),
    ).toMatch(none);
  });

  it('is no disagreement for a forecast, a change against another measure, or weeks apart', () => {
    const none = /^(?!disagree)/;
    expect(
      relation(
        CLIMBED,
        'Tarvian wheat futures are expected to end Monday up 2.1 per cent, traders said.',
      ),
    ).toMatch(none);
    expect(
      relation(
        'Tarvian wheat futures climbed 1.8 percent against the dollar on Monday.',
        'Tarvian wheat futures ended Monday up 2.1 per cent against the euro.',
      ),
    ).toMatch(none);
    expect(
      relation(
        CLIMBED,
        'Tarvian wheat futures ended Monday up 2.1 per cent as traders reacted.',
        days('2026-05-12', '2026-05-26'),
      ),
    ).toMatch(none);
  });

  it('is no disagreement when the figures are the same', () => {
    expect(
      relation(CLIMBED, 'Tarvian wheat futures ended Monday up 1.8 per cent as traders reacted.'),
    ).not.toBe('disagree');
  });
});

describe('a count told as "put the number of N at X"', () => {
  const PUT = "Police put the number of cars towed in Seltz during Saturday's market at about 400.";

  it('counts N as "X N were …" does', () => {
    expect(
      relation(PUT, "Police said 520 cars were towed in Seltz during Saturday's market."),
    ).toBe('disagree');
  });

  it('is no disagreement with a count of another act, place or day, or a plan', () => {
    const none = /^(?!disagree)/;
    expect(
      relation(PUT, "Police said 520 cars were stolen in Seltz during Saturday's market."),
    ).toMatch(none);
    expect(
      relation(PUT, "Police said 520 cars were towed in Harlow during Saturday's market."),
    ).toMatch(none);
    expect(
      relation(PUT, "Police said 520 cars were towed in Seltz during Sunday's market."),
    ).toMatch(none);
    expect(
      relation(
        PUT,
        "Police said they expect 520 cars to be towed in Seltz during Saturday's market.",
      ),
    ).toMatch(none);
  });
});

describe('who said it on one side, a detail added on the other', () => {
  const SAID = "The choir's appeal raised 58,200 crowns, organisers said.";

  it('is no other thing reported in that place', () => {
    expect(
      relation(SAID, "The choir's appeal raised 58,200 crowns, the most in the appeal's history."),
    ).toBe('same-fact');
  });

  it('still keeps two speakers, a denial and another figure apart', () => {
    expect(relation(SAID, "The choir's appeal raised 58,200 crowns, police said.")).toBe(
      'different-fact: different words in one place',
    );
    expect(
      relation(SAID, "The choir's appeal did not raise 58,200 crowns, the most in its history."),
    ).not.toBe('same-fact');
    expect(
      relation(SAID, "The choir's appeal raised 61,500 crowns, the most in the appeal's history."),
    ).not.toBe('same-fact');
    expect(
      relation(SAID, "The choir's appeal spent 58,200 crowns, the most in the appeal's history."),
    ).not.toBe('same-fact');
  });
});
