/**
 * One quantity told differently by two outlets: a weight taken at one check ("at the check" /
 * "when the vet examined her"), a day's count of people taking part told with two verbs ("turned
 * out" / "joined police"), a penalty, a dimension. Invented reports; the near misses keep apart
 * two holders, two checks on two days, a phrase that is no check, two days or an unstated one, two
 * activities, a fine on another body, and a running count.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

const DAYS = ['2026-03-10', '2026-03-12'] as const;
/** How two passages relate, read both ways round (a relation must not depend on the order). */
const kinds = (a: string, b: string) => [
  classifyFacts(a, b, { published: DAYS }).kind,
  classifyFacts(b, a, { published: [DAYS[1], DAYS[0]] }).kind,
];
const DISAGREE = ['disagree', 'disagree'];

const CHECKED = 'Pip weighed 3.1 kg at the check on Tuesday.';
const EXAMINED = 'Pip weighed 2.7 kg when the vet examined her.';
const TURNED_OUT = 'About 50 volunteers turned out on Monday.';
const JOINED = 'Seventy volunteers joined police on Monday.';

const engineOf = enginesOf(() => ({
  weight: twoOutlets(
    ['Rescued otter recovering (Echo)', 'Otter pup gains strength (Radio)'],
    [
      `A rescued otter pup is recovering at the Brayford sanctuary.\n\nKeepers said ${CHECKED}\n\nShe is fed five times a day.`,
      `The sanctuary at Brayford has released new photographs of its otter pup.\n\n${EXAMINED}\n\nVisitors are not allowed near the pool.`,
    ],
    ['2026-03-11', '2026-03-13'],
  ),
  volunteers: twoOutlets(
    ['Search for missing walker (Echo)', 'Walker search widens (Radio)'],
    [
      'The search for a walker missing on Fell Moor continued on Tuesday.\n\nAbout 50 volunteers turned out on Monday to comb the moor.\n\nThe walker was last seen on Saturday.',
      'Police have widened the search for a walker missing on Fell Moor.\n\nSeventy volunteers joined police on Monday to search the moor.\n\nA helicopter was also used.',
    ],
    DAYS,
  ),
  fine: twoOutlets(
    ['Housing trust fined over damp (Echo)', 'Trust penalised for repairs delay (Radio)'],
    [
      'Tenants in Marl Street complained for two years about damp.\n\nThe ombudsman fined the Orla Housing Trust £20,000 for failing to carry out repairs.\n\nThe trust said it would appeal.',
      'A housing association has been penalised after tenants waited months for repairs.\n\nThe ombudsman fined the Orla Housing Trust £14,000, according to the ruling.\n\nTenants welcomed the decision.',
    ],
    DAYS,
  ),
  fence: twoOutlets(
    ['Depot fence questioned (Echo)', 'Inspectors check depot fence (Radio)'],
    [
      'Neighbours have objected to the new depot on Kell Road.\n\nThe fence around the depot was 4 metres high, the operator said.\n\nIt was put up in January.',
      'Council inspectors visited the Kell Road depot last week.\n\nInspectors measured the fence around the depot at 3.1 metres high.\n\nThe operator has been asked to respond.',
    ],
    DAYS,
  ),
}));

describe('a weight told with the check it was taken at', () => {
  it('"weighed 3.1 kg at the check" / "weighed 2.7 kg when the vet examined her" disagree', () => {
    expect(kinds(CHECKED, EXAMINED)).toEqual(DISAGREE);
    expect(kinds('Pip weighed 3.1 kg.', EXAMINED)).toEqual(DISAGREE);
  });

  it('answers "how much" with both passages marked as differing', () => {
    expect(differingSources(engineOf('weight'), 'How much did Pip weigh?')).toEqual([
      ['number', 'echo radio'],
    ]);
  });

  it('keeps two holders, two checks on two days and a phrase that is no check apart', () => {
    expect(kinds(CHECKED, 'Tam weighed 2.7 kg when the vet examined her.')).not.toContain(
      'disagree',
    );
    expect(kinds(CHECKED, 'Pip weighed 2.7 kg when the vet examined her on Friday.')).not.toContain(
      'disagree',
    );
    expect(
      kinds(
        'Pip weighed 3.1 kg at the check on 3 March.',
        'Pip weighed 2.7 kg at the check on 9 March.',
      ),
    ).not.toContain('disagree');
    expect(kinds(CHECKED, 'Pip weighed 0.9 kg when she was found.')).not.toContain('disagree');
  });
});

describe('a count of people taking part on one day, told with two verbs', () => {
  it('"About 50 volunteers turned out on Monday" / "Seventy volunteers joined police on Monday" disagree', () => {
    expect(kinds(TURNED_OUT, JOINED)).toEqual(DISAGREE);
  });

  it('answers "how many" with both passages marked as differing', () => {
    expect(
      differingSources(engineOf('volunteers'), 'How many volunteers helped on Monday?'),
    ).toEqual([['number', 'echo radio']]);
  });

  it('reads "about 50" and 52 as one count (within the stated range)', () => {
    expect(kinds(TURNED_OUT, '52 volunteers joined police on Monday.')).not.toContain('disagree');
  });

  it('keeps two days, a day stated on one side only, two activities and two acts apart', () => {
    expect(kinds(TURNED_OUT, 'Seventy volunteers joined police on Tuesday.')).not.toContain(
      'disagree',
    );
    expect(kinds(TURNED_OUT, 'Seventy volunteers joined police.')).not.toContain('disagree');
    expect(
      kinds(
        'About 50 volunteers joined the search on Monday.',
        'Seventy volunteers joined the clean-up on Monday.',
      ),
    ).not.toContain('disagree');
    expect(kinds(TURNED_OUT, 'Seventy volunteers were injured on Monday.')).not.toContain(
      'disagree',
    );
    expect(
      kinds(
        'About 50 volunteers from Carrow turned out on Monday.',
        'Seventy volunteers from Dunsby joined police on Monday.',
      ),
    ).not.toContain('disagree');
  });
});

describe('a penalty and a dimension told differently', () => {
  it('one fine on one body: two sums disagree; a fine on another body does not', () => {
    const fined = 'The ombudsman fined the Orla Housing Trust £20,000.';
    expect(kinds(fined, 'The ombudsman fined the Orla Housing Trust £14,000.')).toEqual(DISAGREE);
    expect(kinds(fined, 'The ombudsman fined the Kell Housing Trust £14,000.')).not.toContain(
      'disagree',
    );
    expect(
      differingSources(engineOf('fine'), 'How much was the Orla Housing Trust fined?'),
    ).toEqual([['number', 'echo radio']]);
  });

  it('one height told as a claim and as a measurement', () => {
    expect(differingSources(engineOf('fence'), 'How high is the fence around the depot?')).toEqual([
      ['number', 'echo radio'],
    ]);
  });

  it('does not set a running count against a later total', () => {
    expect(
      kinds('The flock has lost 7 sheep so far.', 'The flock lost 11 sheep in all.'),
    ).not.toContain('disagree');
  });
});
