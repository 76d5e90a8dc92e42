/**
 * Outlets that give one past figure differently: a cumulative total that a later article gives
 * smaller, one completed gathering's attendance, one past delay's length. Tiny invented corpora
 * of two articles beside unrelated ones; the negative cases keep two moments of a changing
 * figure, two things counted and compatible approximations apart.
 */
import { describe, expect, it } from 'vitest';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

const TITLES = ['Pool closed after illness (Echo)', 'Swimmers fall ill (Radio)'] as const;
const treated = (count: number) =>
  `Swimmers fell ill after a day at the Marlow lido.\n\nThe clinic has treated ${count} patients for food poisoning since Friday.`;
const treatedLater = (count: number) =>
  `The Marlow lido stayed shut on Monday.\n\nDoctors said ${count} patients had been treated for food poisoning.`;

const DELAY_TITLES = ['Water warning late (Echo)', 'Boil notice delayed (Radio)'] as const;
const DAY = ['2026-03-04', '2026-03-04'] as const;

const engineOf = enginesOf(() => ({
  falling: twoOutlets(TITLES, [treated(28), treatedLater(19)], ['2026-03-02', '2026-03-03']),
  rising: twoOutlets(TITLES, [treated(19), treatedLater(28)], ['2026-03-02', '2026-03-03']),
  delay: twoOutlets(
    DELAY_TITLES,
    [
      'Residents of Brayford were told to boil their tap water.\n\nThe Brayford water company took 20 hours to alert customers about the leak.',
      'A burst main let river water into the Brayford supply.\n\nThe water company took 17 hours to alert customers about the leak, a council report found.',
    ],
    DAY,
  ),
  hearing: twoOutlets(
    ['Gym full for quarry hearing (Echo)', 'Quarry plan hearing (Radio)'],
    [
      'Plans for a quarry at Selby Edge were debated.\n\nMore than 300 people packed into the school gym for the hearing.',
      'Councillors heard objections to the Selby Edge quarry.\n\nAbout 180 people attended the hearing.',
    ],
    DAY,
  ),
}));

describe('one hearing attended, told with two verbs', () => {
  it('"more than 300 packed into the gym for the hearing" / "about 180 attended" differ', () => {
    expect(differingSources(engineOf('hearing'), 'How many people attended the hearing?')).toEqual([
      ['number', 'echo radio'],
    ]);
  });
});

describe('a cumulative total given smaller by a later article', () => {
  it('"has treated 28" then "19 had been treated" the next day differ on the number', () => {
    expect(differingSources(engineOf('falling'), 'How many patients were treated?')).toEqual([
      ['number', 'echo radio'],
    ]);
  });

  it('a smaller total first and a larger one later are two moments of one count', () => {
    expect(differingSources(engineOf('rising'), 'How many patients were treated?')).toEqual([]);
  });
});

describe('one past delay told in two lengths', () => {
  it('"took 20 hours" / "took 17 hours" to alert customers differ on the number', () => {
    expect(
      differingSources(engineOf('delay'), 'How long did the company take to alert customers?'),
    ).toEqual([['number', 'echo radio']]);
  });
});
