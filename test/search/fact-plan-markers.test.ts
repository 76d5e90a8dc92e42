/**
 * The words that mark a plan ("is due to", "is set to", "is scheduled to", "remains on course
 * to") are its stance, compared as such (fact-stance.ts), not words of what is planned
 * (fact-stance.ts `planMarkerSpans`); and a claim, its attribution set aside, counts a word told
 * with a WordNet synonym as shared ("completed" / "finished"), as a whole passage does. So one
 * plan told in two wordings is one fact; a plan against an outcome, another act, another time,
 * another name, a negation or a possibility still is not. Invented sentences, articles published
 * on one day.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { planMarkerSpans } from '../../src/search/select/fact-stance.js';
import { synonymsFor } from '../support/index-synonyms.js';

const DAY = '2026-05-12';

function relation(a: string, b: string): string {
  const r = classifyFacts(a, b, { published: [DAY, DAY], synonyms: synonymsFor(a, b) });
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
}

const marked = (text: string) => planMarkerSpans(text).map((s) => text.slice(s.start, s.end));

const due = 'The Kelby footbridge is due to be completed in the spring of 2027.';

describe('the words that mark a plan', () => {
  it('are found as spans, "due to" before a noun phrase (a cause) left out', () => {
    expect(marked(due)).toEqual(['due to']);
    expect(marked('The bridge remains on course to be finished in May.')).toEqual([
      'remains on course to',
    ]);
    expect(marked('A hearing is scheduled for September; the mill is set to close.')).toEqual([
      'scheduled for',
      'set to',
    ]);
    expect(marked('The delay was due to the storm.')).toEqual([]);
  });

  it('tell one plan in two wordings as one fact', () => {
    expect(
      relation(
        due,
        'The Kelby footbridge remains on course to be finished in the spring of 2027, according to the council.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'The Kelby footbridge is set to be completed by the spring of 2027.',
        'The Kelby footbridge is scheduled to be finished in the spring of 2027.',
      ),
    ).toBe('same-fact');
  });

  it('still keep a plan apart from an outcome, a negation, a possibility and another occurrence', () => {
    const at = (what: string) => `The Kelby footbridge ${what} in the spring of 2027.`;
    expect(relation(due, at('was finished'))).toBe('different-fact: plan or outcome');
    expect(relation(due, at('is no longer on course to be finished'))).toBe(
      'different-fact: polarity',
    );
    expect(relation(due, at('might be finished'))).toBe('different-fact: modality');
    expect(relation(due, at('was originally due to be finished'))).toBe(
      'different-fact: another occurrence',
    );
  });

  it('still keep apart two acts, two times and two names planned alike', () => {
    const council = ', according to the council.';
    const onCourse = (what: string) =>
      `The Kelby footbridge remains on course to be ${what}${council}`;
    expect(relation(due, onCourse('demolished in the spring of 2027'))).toMatch(/^different-fact/);
    expect(relation(due, onCourse('finished in the autumn of 2027'))).toMatch(/^different-fact/);
    expect(
      relation(
        due,
        `The Selby footbridge remains on course to be finished in the spring of 2027${council}`,
      ),
    ).toMatch(/^different-fact/);
    expect(
      relation(
        'The Kelby footbridge is due to reopen in the spring of 2027.',
        'The Kelby footbridge is set to close in the spring of 2027.',
      ),
    ).toMatch(/^different-fact/);
  });
});
