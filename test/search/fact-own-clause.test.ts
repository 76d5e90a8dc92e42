/**
 * Two reports of one act with other details beside it: each read as its own clause, an
 * apposition after the subject and what follows a clause break set aside
 * (src/search/select/fact-clauses.ts `ownClause`, fact-clause-relations.ts `inOwnClauses`); a noun
 * before the subject's head is no act (fact-acts.ts `modifiesSubject`).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { ownClause } from '../../src/search/select/fact-clauses.js';

const published = ['2026-03-11', '2026-03-10'] as const;
const kinds = (a: string, b: string) => [
  classifyFacts(a, b, { published }).kind,
  classifyFacts(b, a, { published: [published[1], published[0]] }).kind,
];
const serviced = 'The Tarnbury pump station failed at 2am on Monday, two days after a service.';

describe("a report's own clause", () => {
  it('sets aside an apposition after the subject and what follows a clause break', () => {
    expect(
      ownClause('The station, run by Marl Water, failed at about 2am on Monday in a heavy storm.'),
    ).toBe('The station failed at about 2am on Monday in a heavy storm.');
    expect(ownClause(serviced)).toBe('The Tarnbury pump station failed at 2am on Monday');
    expect(ownClause('In all, 35 homes were flooded.')).toBe('In all');
    expect(ownClause('The station failed.')).toBe('The station failed.');
    expect(ownClause('The depot opened on March 2, 2020.')).toBe(
      'The depot opened on March 2, 2020.',
    );
  });

  it('finds one act on one day told with other details', () => {
    expect(
      kinds(
        serviced,
        'The station, run by Marl Water, failed at about 2am on Monday in a heavy storm.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });

  it('claims nothing for another hour, another day, another act or differing details', () => {
    for (const other of [
      'The station, run by Marl Water, failed at about 4am on Monday in a heavy storm.',
      'The station, run by Marl Water, failed at about 2am on Sunday in a heavy storm.',
      'The station, run by Marl Water, reopened at about 2am on Monday after the storm.',
      'The Tarnbury pump station failed at 2am on Monday, five days after a service.',
    ])
      expect(kinds(serviced, other)).not.toContain('same-fact');
  });

  it('is not read when what is set aside denies the clause', () => {
    expect(
      kinds(
        serviced,
        'The station, run by Marl Water, failed at about 2am on Monday, but the company denies this.',
      ),
    ).not.toContain('same-fact');
  });

  it('keeps a series whole: a comma before its later members is no clause break', () => {
    const banned =
      'The ban means you cannot use a hosepipe to water a garden, clean a car or fill a swimming pool.';
    expect(ownClause(banned)).toBe(banned);
    // A comma before what opens a clause of its own still ends the own clause.
    expect(ownClause('The station failed on Monday, and crews were called in or sent home.')).toBe(
      'The station failed on Monday',
    );
    // Shortened at the series' first comma, a report of what a ban forbids shared half its
    // words ("water", "use", "ban") with one of the notice a ban needs, and was joined to it.
    expect(
      kinds(
        'The law requires a water company to give customers notice and a chance to object before a temporary use ban begins.',
        "Elmbrook Water's temporary use ban means you cannot use a hosepipe to water a garden, clean a car or fill a swimming pool.",
      ),
    ).not.toContain('same-fact');
  });
});
