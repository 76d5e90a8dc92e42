/**
 * "Sources differ" on a number only when the two figures measure one thing: the same measured
 * noun (fact-compounds.ts), the same currency (fact-value-slots.ts `sameValue`), the same period
 * (fact-resolved-time.ts `sameTime`, fact-changes.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';

// Wednesday 3 March 2021 and Tuesday 3 March 2026: "on Monday" is 1 March 2021, 2 March 2026.
const sameDay = (date: string): RelationContext => ({ published: [date, date] });
const kind = (a: string, b: string, context: RelationContext = sameDay('2021-03-03')) =>
  classifyFacts(a, b, context).kind;

const FUTURES = 'Tarvian wheat futures climbed 1.8 percent on Monday.';

describe('figures of two things measured', () => {
  it('sets no figure of a compound against one of its first word alone', () => {
    expect(kind(FUTURES, 'Tarvian wheat climbed 2.1 percent on Monday.')).toBe('different-fact');
    expect(
      kind('Police officers arrested 40 people in Kelby.', 'Police arrested 45 people in Kelby.'),
    ).toBe('different-fact');
    // The same compound on both sides: one measure, two figures.
    expect(kind(FUTURES, 'Tarvian wheat futures climbed 2.1 percent on Monday.')).toBe('disagree');
    // A word after a preposition only says which: "dozens of" is no compound's head.
    expect(
      kind(
        'The council sanctioned dozens of Harlow traders on 17 December 2020.',
        'The council sanctioned 20 Harlow traders on 17 December 2020.',
      ),
    ).toBe('disagree');
  });

  it('never sets amounts of two currencies against each other, nor takes them for one', () => {
    expect(
      kind(
        'The Corvel fund lost $2 million on Monday.',
        'The Corvel fund lost €3 million on Monday.',
      ),
    ).toBe('different-fact');
    expect(
      kind(
        'The Corvel fund lost $2 million on Monday.',
        'The Corvel fund lost €2 million on Monday.',
      ),
    ).toBe('different-fact');
    // One currency, written as a sign or a word.
    expect(
      kind(
        'The Corvel fund lost $2 million on Monday.',
        'The Corvel fund lost 3 million dollars on Monday.',
      ),
    ).toBe('disagree');
    expect(
      kind(
        'The Corvel fund lost $2 million on Monday.',
        'The Corvel fund lost 2 million dollars on Monday.',
      ),
    ).toBe('same-fact');
  });
});

describe('figures of two periods', () => {
  it('does not take "on Monday" and "last week" left unresolved for one time', () => {
    // On 3 March 2026 last week runs into March and February: the timeline dates it to neither.
    expect(
      kind(FUTURES, 'Tarvian wheat futures climbed 2.1 percent last week.', sameDay('2026-03-03')),
    ).toBe('different-fact');
    expect(
      kind(FUTURES, 'Tarvian wheat futures climbed 2.1 percent on Monday.', sameDay('2026-03-03')),
    ).toBe('disagree');
  });

  it('does not set a change on Monday against one on Monday of another week', () => {
    expect(kind(FUTURES, 'Last week Tarvian wheat futures ended Monday up 2.1 per cent.')).toBe(
      'different-fact',
    );
    expect(kind(FUTURES, 'Tarvian wheat futures ended Monday up 2.1 per cent.')).toBe('disagree');
  });
});

describe('figures of one measure in other sentence shapes', () => {
  const TOLL = 'The death toll from the Ashby landslide stood at 14.';

  it('sets a toll put at one figure against the toll standing at another', () => {
    expect(kind('Officials put the death toll from the Ashby landslide at 12.', TOLL)).toBe(
      'disagree',
    );
  });

  it('takes "at least 12" as compatible with 14, never as a dispute', () => {
    expect(kind('At least 12 people died in the Ashby landslide.', TOLL)).not.toBe('disagree');
    expect(
      kind(
        'At least 12 people died in the Ashby landslide.',
        '14 people died in the Ashby landslide.',
      ),
    ).not.toBe('disagree');
    // A control: two exact figures of one toll differ.
    expect(
      kind('12 people died in the Ashby landslide.', '14 people died in the Ashby landslide.'),
    ).toBe('disagree');
  });
});
