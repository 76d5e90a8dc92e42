/**
 * One quantity told with two figures in ways the wording alone does not join: one vote told in
 * two words of deciding, or without its day ("Governors voted 14 to 5 to close …" / "The
 * proposal to close … was carried 13-6"); two speakers' figures for one quantity ("The company
 * said 70 jobs would go" / "Union officials said 95 jobs would go"); one workforce told from
 * either side ("The depot employs 27 staff" / "31 staff work at the depot"); a weekly rate; a
 * lower bound against a figure below it. Invented reports; the near misses keep apart two voting
 * bodies, votes weeks apart, a speaker's own act, two places, an estimate, another employer, a
 * past workforce, a figure above a bound, and a running count.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

const DAYS = ['2026-03-10', '2026-03-12'] as const;
/** How two passages relate, read both ways round (a relation must not depend on the order). */
const kinds = (a: string, b: string, days: readonly [string, string] = DAYS) => [
  classifyFacts(a, b, { published: days }).kind,
  classifyFacts(b, a, { published: [days[1], days[0]] }).kind,
];
const DISAGREE = ['disagree', 'disagree'];
const WEEKS_APART = ['2026-03-10', '2026-04-21'] as const;

const VOTED = 'Governors voted 14 to 5 to close the Rowan Street annexe.';
const CARRIED = 'The proposal to close the Rowan Street annexe was carried 13-6.';
const COMPANY = 'The company said 70 jobs would go at the Brindle factory.';
const UNION = 'Union officials said 95 jobs would go at the Brindle factory.';
const EMPLOYS = 'The Hollin Lane depot employs 27 staff.';
const WORK_AT = '31 staff work at the depot.';

const engineOf = enginesOf(() => ({
  vote: twoOutlets(
    ['Annexe to close (Echo)', 'Annexe vote (Radio)'],
    [
      `The Rowan Street annexe of Pellham College will close in the summer.\n\n${VOTED}\n\nStudents will move to the main site.`,
      `Students at Pellham College have protested against the closure of an annexe.\n\n${CARRIED}\n\nA petition has 900 names.`,
    ],
    DAYS,
  ),
  speakers: twoOutlets(
    ['Jobs to go at factory (Echo)', 'Factory cuts (Radio)'],
    [
      `The Brindle biscuit factory is to cut jobs.\n\n${COMPANY}\n\nThe factory makes wafers.`,
      `Workers at the Brindle biscuit factory have been told of cuts.\n\n${UNION}\n\nTalks continue next week.`,
    ],
    DAYS,
  ),
  staff: twoOutlets(
    ['Depot faces review (Echo)', 'Depot review (Radio)'],
    [
      `The Hollin Lane recycling depot is to be reviewed by the council.\n\n${EMPLOYS}\n\nIt opened in 2004.`,
      `A review of the Hollin Lane recycling depot begins next month.\n\n${WORK_AT}\n\nUnions have asked for talks.`,
    ],
    DAYS,
  ),
  rate: twoOutlets(
    ['Library hours cut (Echo)', 'Library cuts (Radio)'],
    [
      'Opening hours at Tanfield library will be cut from April.\n\nThe library gets 4,800 visits a week.\n\nVolunteers may run a reading group.',
      'Tanfield library will open three days a week instead of five.\n\nThe library receives about 3,900 visits a week.\n\nThe council must save money.',
    ],
    DAYS,
  ),
  bound: twoOutlets(
    ['Solar farm approved (Echo)', 'Solar farm plan (Radio)'],
    [
      'A solar farm near Gorsey Hill has been approved.\n\nThe Gorsey Hill farm will have more than 500 solar panels.\n\nWork begins in June.',
      'Plans for a solar farm at Gorsey Hill went ahead this week.\n\nThe Gorsey Hill farm will have 410 solar panels.\n\nNeighbours had objected.',
    ],
    DAYS,
  ),
}));

describe('one vote told in two words of deciding, or without its day', () => {
  it('"voted 14 to 5 to close" / "was carried 13-6" disagree', () => {
    expect(kinds(VOTED, CARRIED)).toEqual(DISAGREE);
    // "to" and what was voted for may follow a tally in words, as "in favour" may.
    expect(kinds(VOTED, VOTED.replace('14 to 5', '13 to 6'))).toEqual(DISAGREE);
  });

  it('answers "what was the vote" with both passages marked as differing', () => {
    expect(
      differingSources(engineOf('vote'), 'What was the vote on closing the Rowan Street annexe?'),
    ).toEqual([['number', 'echo radio']]);
  });

  it('keeps two voting bodies, votes weeks apart, another thing and a score apart', () => {
    expect(
      kinds(VOTED, 'The college council voted 13 to 6 to close the Rowan Street annexe.'),
    ).not.toContain('disagree');
    expect(kinds(VOTED, CARRIED, WEEKS_APART)).not.toContain('disagree');
    expect(
      kinds(VOTED, 'The proposal to close the Kelby Road annexe was carried 13-6.'),
    ).not.toContain('disagree');
    expect(kinds('Rowan Street won 3-1 at home.', 'Rowan Street beat Kelby 2-1.')).not.toContain(
      'disagree',
    );
  });
});

describe('two speakers’ figures for one quantity', () => {
  it('"the company said 70 jobs would go" / "union officials said 95 jobs would go" disagree', () => {
    expect(kinds(COMPANY, UNION)).toEqual(DISAGREE);
    expect(
      kinds(
        '70 jobs will go at the Brindle factory, the company said.',
        '95 jobs will go at the Brindle factory, according to the union.',
      ),
    ).toEqual(DISAGREE);
    expect(
      kinds(
        'Organisers said 5,000 people attended the march.',
        'Police said 2,000 people attended the march.',
      ),
    ).toEqual(DISAGREE);
  });

  it('answers "how many" with both passages marked as differing', () => {
    expect(
      differingSources(engineOf('speakers'), 'How many jobs will go at the Brindle factory?'),
    ).toEqual([['number', 'echo radio']]);
  });

  it('keeps claims about the speaker, two places, two acts, two days, weeks apart and an estimate apart', () => {
    for (const [a, b] of [
      // Two named bodies may each speak of their own patients.
      [
        'Kelby hospital said 19 patients had been treated for food poisoning.',
        'Arden hospital said 28 patients had been treated for food poisoning.',
      ],
      // "he" and "she" may be the speakers: two holders of two catches.
      ['Tam said he had caught 12 fish.', 'Jo said she had caught 9 fish.'],
      [COMPANY, UNION.replace('Brindle factory', 'Brindle depot')],
      ['Police said 3 people were arrested.', 'Organisers said 5 people were injured.'],
      [
        'The company said on Monday that 70 jobs would go.',
        'The union said on Friday that 95 jobs would go.',
      ],
      [
        'The trust puts the cost of the new roof at £3m.',
        'The council said the new roof would cost £2m.',
      ],
      [
        'The company said 70 jobs would go at the Brindle factory.',
        'The company has not said whether 95 jobs would go at the Brindle factory.',
      ],
    ])
      expect(kinds(a as string, b as string), `${a} / ${b}`).not.toContain('disagree');
    expect(kinds(COMPANY, UNION, WEEKS_APART)).not.toContain('disagree');
  });
});

describe('one workforce told from either side', () => {
  it('"the depot employs 27 staff" / "31 staff work at the depot" disagree', () => {
    expect(kinds(EMPLOYS, WORK_AT)).toEqual(DISAGREE);
    expect(kinds(EMPLOYS, 'About 40 staff are employed at the depot.')).toEqual(DISAGREE);
    // A clause describing the employer, and a general word for those employed on each side.
    expect(
      kinds(
        'The Hollin Lane depot, which opened in 2004, employs 27 staff.',
        '31 people work at the depot.',
      ),
    ).toEqual(DISAGREE);
  });

  it('answers "how many staff" with both passages marked as differing', () => {
    expect(
      differingSources(engineOf('staff'), 'How many staff work at the Hollin Lane depot?'),
    ).toEqual([['number', 'echo radio']]);
  });

  it('keeps another employer, a past workforce, another act, another noun and weeks apart apart', () => {
    for (const other of [
      '31 staff work at the Marsh Road depot.',
      '31 staff work at the library.',
      '31 staff were laid off at the depot.',
      '31 volunteers work at the depot.',
      // Nurses are some of the staff, not all.
      '31 nurses work at the depot.',
      // Told in the past: the workforce before a change, maybe.
      '31 staff worked at the depot.',
    ])
      expect(kinds(EMPLOYS, other), other).not.toContain('disagree');
    expect(kinds('The Hollin Lane depot employed 27 staff.', WORK_AT)).not.toContain('disagree');
    expect(kinds(EMPLOYS, WORK_AT, WEEKS_APART)).not.toContain('disagree');
  });
});

describe('a weekly rate and a lower bound', () => {
  it('flags two weekly rates of one place, and a bound against a figure below it', () => {
    expect(
      differingSources(engineOf('rate'), 'How many visits does Tanfield library get a week?'),
    ).toEqual([['number', 'echo radio']]);
    expect(
      differingSources(engineOf('bound'), 'How many solar panels will the Gorsey Hill farm have?'),
    ).toEqual([['number', 'echo radio']]);
  });

  it('never sets a bound against a figure above it, nor a running count against its total', () => {
    expect(
      kinds(
        'The Gorsey Hill farm will have more than 500 solar panels.',
        'The Gorsey Hill farm will have 560 solar panels.',
      ),
    ).not.toContain('disagree');
    expect(
      kinds('The herd has lost 7 goats so far.', 'The herd lost 11 goats in all.'),
    ).not.toContain('disagree');
  });
});
