/**
 * "Also reported by" needs one event, and an event is its predicate with its participants
 * (Davidson 1967): two reports that share only the names of what they are about say two things
 * of it. A word of a name ("Kelbury Rovers' new East Stand", "Kelby Rise") names; it does not
 * describe, so WordNet's senses of it ("stand" / "rise", "rise" / "climb") never make it the
 * other report's predicate told in other words (fact-synonym-terms.ts). Invented sentences:
 * related with the synonyms an index over them would hold, and in a tiny corpus of two outlets
 * beside unrelated articles.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { enginesOf, twoOutlets } from '../support/two-outlets.js';
import { synonymsFor } from '../support/index-synonyms.js';

const DAY = '2026-02-13';

/** The relation of `a` and `b`, each way round, with their words' synonyms, of one day. */
const related = (a: string, b: string) =>
  [a, b].map((x) => {
    const y = x === a ? b : a;
    return classifyFacts(x, y, { published: [DAY, DAY], synonyms: synonymsFor(a, b) }).kind;
  });

const rose = "The cost of Kelbury Rovers' new East Stand has risen sharply, the club has admitted.";
const parking =
  'Kelbury Rovers and the borough council have agreed a parking plan for the new East Stand, ending a row that delayed its opening.';
const approved =
  "Kelbury Rovers' plan for a new East Stand has been approved by the borough council.";

describe('reports sharing only the names of their participants', () => {
  it('are two facts, though a word of the name is a synonym of the predicate', () => {
    expect(related(rose, parking)).toEqual(['different-fact', 'different-fact']);
    expect(related(rose, approved)).toEqual(['different-fact', 'different-fact']);
    expect(
      related(
        'Rents at Kelby Rise have climbed sharply, tenants say.',
        'Tenants at Kelby Rise have agreed a new lease with the landlord.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });

  it('still join one predicate told of the same name', () => {
    expect(
      related(
        rose,
        'The cost of the new East Stand at Kelbury Rovers has risen sharply, the club said.',
      ),
    ).toEqual(['same-fact', 'same-fact']);
  });
});

const engineOf = enginesOf(() => ({
  parking: twoOutlets(
    ['East Stand costs soar', 'Club and council agree parking plan'],
    [`${rose}\n\nThe project is over budget.`, `${parking}\n\nFans welcomed the news.`],
    ['2026-01-06', '2026-01-08'],
  ),
  alike: twoOutlets(
    ['East Stand costs soar', 'Stand costs rise'],
    [
      `${rose}\n\nThe project is over budget.`,
      'The cost of the new East Stand at Kelbury Rovers has risen sharply, the club said.',
    ],
    ['2026-01-06', '2026-01-07'],
  ),
}));

/** The outlets of every "also reported by" in the answer. */
const alsoReported = (name: string, question: string) =>
  engineOf(name)
    .ask(question)
    .passages.flatMap((p) => p.alsoReportedBy.map((q) => q.source.id));

describe('"also reported by" across a shared name', () => {
  it('is not claimed for another predicate of the same name', () => {
    expect(alsoReported('parking', "Has the cost of Kelbury Rovers' East Stand risen?")).toEqual(
      [],
    );
  });

  it('is claimed for one predicate told alike', () => {
    expect(alsoReported('alike', "Has the cost of Kelbury Rovers' East Stand risen?")).toHaveLength(
      1,
    );
  });
});
