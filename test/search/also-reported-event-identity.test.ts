/**
 * "Also reported by" only for one event on both sides (src/search/select/fact-event-identity.ts):
 * not for another decision of the same verb ("voted to accept a pay deal" / "voted to walk
 * out"), nor for a report that leaves out a figure of the passage's clause ("81% … on a turnout
 * of 74%" / "81% …", its article giving another turnout elsewhere); still for one decision told
 * alike. Tiny invented corpora of two articles beside unrelated ones.
 */
import { describe, expect, it } from 'vitest';
import { enginesOf, twoOutlets } from '../support/two-outlets.js';

const days = ['2025-03-13', '2025-03-13'] as const;
const accepted =
  'Workers at the Pellam Wire factory have voted to accept a pay deal, bringing the dispute to an end.';
const corpus = (radio: string, echo = accepted) =>
  twoOutlets(
    ['Pellam Wire dispute', 'Pellam Wire vote'],
    [`${echo}\n\nTalks lasted a month.`, radio],
    days,
  );

const engineOf = enginesOf(() => ({
  walkOut: corpus('Workers at the Pellam Wire factory have voted to walk out next week.'),
  alike: corpus(
    'Workers at the Pellam Wire factory have voted to accept a pay deal, the union said.',
  ),
  turnout: corpus(
    'Union members at Pellam Wire voted 81% in favour of strike action.\n\nTurnout was 71%, the union said.',
    'Union members at Pellam Wire voted 81% in favour of strike action on a turnout of 74%.',
  ),
}));

/** The outlets of every "also reported by" in the answer. */
const alsoReported = (name: string, question: string) =>
  engineOf(name)
    .ask(question)
    .passages.flatMap((p) => p.alsoReportedBy.map((q) => q.source.id));

describe('"also reported by" for one event only', () => {
  it('is not claimed for another decision of the same verb', () => {
    expect(alsoReported('walkOut', 'What did the Pellam Wire workers vote to do?')).toEqual([]);
  });

  it('is claimed for one decision told alike', () => {
    expect(alsoReported('alike', 'What did the Pellam Wire workers vote to do?')).toHaveLength(1);
  });

  it('is not claimed when the other leaves out a figure of the clause', () => {
    expect(
      alsoReported('turnout', 'How did Pellam Wire union members vote on strike action?'),
    ).toEqual([]);
  });
});
