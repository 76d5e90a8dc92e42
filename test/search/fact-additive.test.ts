/**
 * Untrue "also reported by" an outside tester found (session 71), on invented sentences: an
 * additive word names another member of a class than the one it adds to (fact-additive.ts). The
 * focus of "also" (Quirk et al. 1985, §8.116) must be told by the other report; "extra" or "more"
 * before a noun (Huddleston & Pullum 2002, ch. 5) names other things than a report of that noun
 * without one. Related with the synonyms an index over the two sentences would hold, each way
 * round. One fact told twice, "also" or "extra" on it, stays joined.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { additiveMemberApart } from '../../src/search/select/fact-additive.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { synonymsFor } from '../support/index-synonyms.js';

/** The relation of `a` and `b`, each way round, with their words' synonyms. */
const related = (a: string, b: string) =>
  [a, b].map((x) => {
    const y = x === a ? b : a;
    return classifyFacts(x, y, { synonyms: synonymsFor(a, b) }).kind;
  });

const never = () => false;

describe('"also": the member it adds must be told by the other report', () => {
  it('keeps one club cancelling two different things apart', () => {
    expect(
      related(
        'Kelmoor Rowing Club, which has about 140 members, cancelled its spring races and a novice coaching week that was due to start on Tuesday.',
        'Kelmoor Rowing Club has also cancelled its open week, which usually draws crews from across the county.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });

  it('joins "also" on a fact the other report tells whole', () => {
    expect(
      related(
        'Brenmoor Mining also denied that safety warnings at Tarrow had been ignored.',
        'Brenmoor Mining denied that safety warnings at Tarrow had been ignored.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
    expect(
      related(
        'The inspectorate also said the pumps at Tarrow had failed.',
        'The pumps at Tarrow had failed, the inspectorate said.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('reads the focus up to the end of its clause, and no focus after "Also,"', () => {
    const also = analyseFact('Kelmoor Rowing Club has also cancelled its open week, which is new.');
    expect(
      additiveMemberApart(also, analyseFact('Kelmoor Rowing Club cancelled its open week.'), never),
    ).toBe(false);
    expect(
      additiveMemberApart(
        also,
        analyseFact('Kelmoor Rowing Club cancelled its spring races.'),
        never,
      ),
    ).toBe(true);
    expect(
      additiveMemberApart(
        analyseFact('Also, the club cancelled its spring races.'),
        analyseFact('The club cancelled its spring races.'),
        never,
      ),
    ).toBe(false);
  });
});

describe('"extra" and "more" before a noun the other report names without one', () => {
  it('keeps extra signs apart from the signs another body put up', () => {
    expect(
      related(
        'Fences and yellow warning signs were put up at each gate, and the cafe has been closed.',
        'Dunholt Parish Council said extra warning signs were being put up at every footpath around the reservoir.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });

  it('reads "more" only as a determiner before a noun', () => {
    const plain = analyseFact('Wardens put up warning signs at the gates.');
    expect(
      additiveMemberApart(
        analyseFact('Wardens put up more warning signs at the gates.'),
        plain,
        never,
      ),
    ).toBe(true);
    expect(
      additiveMemberApart(
        analyseFact('Wardens put up more than 40 warning signs at the gates.'),
        plain,
        never,
      ),
    ).toBe(false);
    expect(
      additiveMemberApart(
        analyseFact('Wardens put up warning signs at the gates, more quickly than planned.'),
        plain,
        never,
      ),
    ).toBe(false);
  });

  it('joins one addition both reports call extra', () => {
    expect(
      related(
        'Officials estimate that the average household in Dunholt will pay an extra £41 a year in water charges.',
        "According to the council's own estimates, the average household in Dunholt will pay around £41 a year extra in water charges.",
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('leaves "extra" before a noun the other report does not name', () => {
    expect(
      additiveMemberApart(
        analyseFact(
          'The outbreak cost the trust £436,000, including extra cleaning at the schools.',
        ),
        analyseFact('The outbreak cost the trust £412,000.'),
        never,
      ),
    ).toBe(false);
  });
});
