/**
 * A count told as a present state (search/select/fact-state-window.ts) holds over time: "The
 * Corran Road bakery employs 46 staff" and, ten days later, "52 staff work at the Corran Road
 * bakery" tell one workforce, so the figures are "sources differ"; a weekly rate likewise. A
 * running tally ("have gathered 300 sacks"), a past, a plan, or reports more than a fortnight
 * apart are not set against each other, nor is a count of occurrences ("has 48 norovirus cases")
 * read as a state.
 * Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { toldAsPresentState } from '../../src/search/select/fact-state-window.js';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

const TEN_DAYS = ['2026-09-02', '2026-09-12'] as const;
const FIVE_WEEKS = ['2026-09-02', '2026-10-07'] as const;
/** How two passages relate, read both ways round (a relation must not depend on the order). */
const kinds = (a: string, b: string, days: readonly [string, string] = TEN_DAYS) => [
  classifyFacts(a, b, { published: days }).kind,
  classifyFacts(b, a, { published: [days[1], days[0]] }).kind,
];
const DISAGREE = ['disagree', 'disagree'];
const APART = ['different-fact', 'different-fact'];

const EMPLOYS = 'The Corran Road bakery employs 46 staff.';
const WORK_AT = '52 staff work at the Corran Road bakery.';
const GETS = 'The Wyle Street pool gets 2,300 swims a week.';
const RECEIVES = 'The Wyle Street pool receives about 1,700 swims a week.';

const at = (text: string, figure: string) => text.indexOf(figure);

describe('a count told as a present state', () => {
  it('reads state verbs and rates, never a past, a change, a plan or a tally so far', () => {
    expect(toldAsPresentState(EMPLOYS, at(EMPLOYS, '46'))).toBe(true);
    expect(toldAsPresentState(WORK_AT, 0)).toBe(true);
    expect(toldAsPresentState(GETS, at(GETS, '2,300'))).toBe(true);
    const not = [
      ['The Corran Road bakery employed 46 staff.', '46'],
      ['The Corran Road bakery will employ 46 staff.', '46'],
      ['The Corran Road bakery now employs 46 staff, up from 30.', '46'],
      ['Volunteers have gathered 300 sacks of litter.', '300'],
      ['The Lorne ward has 48 norovirus cases.', '48'],
      ['The Wyle Street pool gets 2,300 swims.', '2,300'],
    ] as const;
    for (const [text, figure] of not)
      expect(toldAsPresentState(text, at(text, figure)), text).toBe(false);
  });

  it('sets two figures of one state told ten days apart against each other', () => {
    expect(kinds(EMPLOYS, WORK_AT)).toEqual(DISAGREE);
    expect(kinds(GETS, RECEIVES)).toEqual(DISAGREE);
  });

  it('reads "employs 46 staff" / "has 52 staff" as one workforce, of one employer only', () => {
    expect(kinds(EMPLOYS, 'The Corran Road bakery has 52 staff.')).toEqual(DISAGREE);
    expect(kinds(EMPLOYS, 'The Kilby Lane bakery has 52 staff.')).toEqual(APART);
    expect(kinds(EMPLOYS, 'The Corran Road bakery has 52 ovens.')).toEqual(APART);
    expect(kinds(EMPLOYS, 'The Corran Road bakery had 52 staff.')).toEqual(APART);
  });

  it('never sets a running tally, a past or reports weeks apart against each other', () => {
    expect(kinds(EMPLOYS, WORK_AT, FIVE_WEEKS)).toEqual(APART);
    expect(kinds(GETS, RECEIVES, FIVE_WEEKS)).toEqual(APART);
    expect(kinds('The Corran Road bakery employed 46 staff.', WORK_AT)).toEqual(APART);
    expect(
      kinds(
        'Volunteers have gathered 300 sacks of litter on Pell beach.',
        'Volunteers have gathered about 520 sacks of litter on Pell beach.',
      ),
    ).toEqual(APART);
  });
});

const engineOf = enginesOf(() => ({
  staff: twoOutlets(
    ['Bakery to expand (Echo)', 'Bakery plans (Radio)'],
    [
      `The Corran Road bakery has applied to build a second oven hall.\n\n${EMPLOYS}\n\nIt opened in 1998.`,
      `Plans for an oven hall at the Corran Road bakery go before councillors in October.\n\n${WORK_AT}\n\nNeighbours have raised concerns about lorries.`,
    ],
    TEN_DAYS,
  ),
  tally: twoOutlets(
    ['Beach clean (Echo)', 'Beach clean goes on (Radio)'],
    [
      'A clean-up of Pell beach began at the weekend.\n\nVolunteers have gathered 300 sacks of litter on Pell beach.\n\nThe council lent gloves.',
      'The clean-up of Pell beach continues.\n\nVolunteers have gathered about 520 sacks of litter on Pell beach.\n\nA skip has been ordered.',
    ],
    TEN_DAYS,
  ),
}));

describe('answers on a state told ten days apart', () => {
  it('marks a workforce told two ways as differing', () => {
    expect(
      differingSources(engineOf('staff'), 'How many staff work at the Corran Road bakery?'),
    ).toEqual([['number', 'echo radio']]);
  });

  it('does not mark a growing tally as differing', () => {
    expect(
      differingSources(
        engineOf('tally'),
        'How many sacks of litter have volunteers gathered on Pell beach?',
      ),
    ).toEqual([]);
  });
});
