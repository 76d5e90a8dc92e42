/**
 * A verb of giving's passive may have the recipient as its subject ("Families at Kelby School were
 * sent a letter") or the thing given ("Letters … were sent too late"): Quirk et al. 1985,
 * §10.25ff; fact-recipient-passive.ts. One report of each is one fact only when the other names the
 * recipient too. A participle after its noun naming its agent ("The review commissioned by Tarby
 * Council") states that act of that agent (fact-agent-relative.ts). An outside tester (session
 * 70) saw a review's finding that letters were sent too late shown as "also reported by" beside a
 * report that families were sent a letter.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { synonymsFor } from '../support/index-synonyms.js';

const related = (a: string, b: string) =>
  [a, b].map(
    (x) =>
      classifyFacts(x, x === a ? b : a, { published: [null, null], synonyms: synonymsFor(a, b) })
        .kind,
  );

describe('the passive of a verb of giving', () => {
  it('keeps a recipient as subject apart from a report naming no recipient', () => {
    const families = 'Families at Kelby School were sent a letter on Monday evening.';
    for (const letters of [
      'Letters warning parents at Kelby School were sent too late, a review has found.',
      'Letters warning parents at Kelby School were sent on Monday.',
    ])
      expect(related(letters, families), letters).toEqual(['different-fact', 'different-fact']);
  });

  it('joins the two passives when both name the recipient', () => {
    expect(
      related(
        'Letters were sent to every parent at Kelby School on Monday.',
        'Every parent at Kelby School was sent a letter on Monday.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });
});

describe('a participle after its noun naming its agent', () => {
  it('tells its act as the active does', () => {
    expect(
      related(
        'The review commissioned by Tarby Council will report in May.',
        'Tarby Council commissioned the review, which will report in May.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
    expect(
      related(
        'An inquiry led by Judge Ola Penn will examine the Tarby fire.',
        'Judge Ola Penn will lead the inquiry into the Tarby fire.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('reads "by" before a time as no agent', () => {
    expect(
      related(
        'A letter sent by Friday to parents at Kelby School was wrong.',
        'Letters were sent to parents at Kelby School by Friday.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });
});
