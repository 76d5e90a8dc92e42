/**
 * An act that undoes another ("called off", "cancelled", "postponed", "withdrew its offer") is a
 * second event: never the same fact as the act it undoes, nor a disagreement with it
 * (src/search/select/fact-stance.ts, 'reversed').
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../../src/search/select/fact-relation.js';
import { stancesOf } from '../../../src/search/select/fact-stance.js';

const published = { published: ['2026-03-02', '2026-03-20'] as const };

describe('an act of undoing', () => {
  it('is read in the active and the passive, and "withdraw" only of what was put forward', () => {
    expect(stancesOf('The ferry strike has been called off.').get('reversed')).toBe(0);
    expect(stancesOf('The union called the strike off on Monday.').has('reversed')).toBe(true);
    expect(stancesOf('Harl Council scrapped the parking scheme.').has('reversed')).toBe(true);
    expect(stancesOf('Dunmore Foods withdrew its offer for the mill.').has('reversed')).toBe(true);
    expect(stancesOf('The offer for the mill was withdrawn on Friday.').has('reversed')).toBe(true);
    expect(stancesOf('The council dropped its plans for the depot.').has('reversed')).toBe(true);
    expect(stancesOf('The depot scheme was dropped in May.').has('reversed')).toBe(true);
    // Troops withdrawn are moved, prices that dropped fell; a call for something is not a
    // calling-off.
    expect(stancesOf('Bread prices dropped by 4% in May.').has('reversed')).toBe(false);
    expect(stancesOf('The reserve of troops is to be withdrawn.').has('reversed')).toBe(false);
    expect(stancesOf('Residents called for the office to stay open.').has('reversed')).toBe(false);
  });

  it('reads "overturn" and "reverse" as undoing only with an object or in the passive (session 30)', () => {
    const undoes = (text: string) => stancesOf(text).has('reversed');
    expect(undoes('The court overturned the ruling.')).toBe(true);
    expect(undoes('The ruling was overturned on appeal.')).toBe(true);
    expect(undoes('The council reversed its decision.')).toBe(true);
    expect(undoes('The ban, which the court overturned, was lifted.')).toBe(true);
    // Intransitive: a vehicle's motion, no act undone.
    expect(undoes('A bus overturned on the A40 near Kelby.')).toBe(false);
    expect(undoes('The boat overturned, killing two.')).toBe(false);
    expect(undoes('The lorry reversed into a wall.')).toBe(false);
  });

  it.each([
    'The parade was CALLED OFF.',
    'The council cancelled the fair.',
    'The board cancels the contract.',
    'Cancellation of the contract followed.',
    'The council scrapped the plan.',
    'Organisers abandoned the race.',
    'The abandonment of the plan followed.',
    'The match was postponed.',
    'The postponement was announced.',
    'The board suspended the chairman.',
    'The suspension of the chairman followed.',
    'The council shelved the plan.',
    'The council revoked the licence.',
    'The revocation of the licence followed.',
    'The council rescinded the order.',
    'The court overturned the ruling.',
    'The ruling was reversed on appeal.',
    'The reversal came on Friday.',
    'The government made a U-turn on the tax.',
    'The scheme was put on hold.',
    'The firm withdrew its bid.',
    'The bid was withdrawn.',
    'The withdrawal of the bid followed.',
    'The council dropped its plans.',
    'The scheme was dropped.',
  ])('reads an act of undoing in "%s"', (text) => {
    expect(stancesOf(text).has('reversed')).toBe(true);
  });

  it('governs the whole sentence, but only what follows it in a clause after "but"', () => {
    const later = 'A tunnel was proposed in 2009 but shelved after funding was cut.';
    expect(stancesOf(later).get('reversed')).toBe(later.indexOf('shelved'));
  });

  it('keeps a vote to strike and the strike called off apart, both ways round', () => {
    const vote =
      'Workers at the Harl Road bakery have voted to strike over plans to close the site.';
    const off =
      'The strike planned at the Harl Road bakery next month has been called off after Dunmore Foods offered better terms.';
    expect(classifyFacts(vote, off, published)).toEqual({
      kind: 'different-fact',
      reason: 'undone or called off',
    });
    expect(classifyFacts(off, vote, { published: ['2026-03-20', '2026-03-02'] }).kind).toBe(
      'different-fact',
    );
  });

  it('is never set against the date of the act it undoes', () => {
    expect(
      classifyFacts(
        'The ferry strike planned for 4 May 2026 has been called off.',
        'The ferry strike is planned for 5 May 2026.',
        published,
      ).kind,
    ).toBe('different-fact');
  });

  it('leaves one undoing in two words comparable ("shelved" / "dropped")', () => {
    expect(
      classifyFacts(
        'A tunnel had been proposed once before, in 2009, but was dropped when regional funding dried up.',
        'A similar tunnel was proposed in 2009 but shelved after the regional government withdrew funding.',
      ).kind,
    ).toBe('same-fact');
  });

  it('leaves two reports of one undoing comparable', () => {
    expect(
      classifyFacts(
        'The strike at the Harl Road bakery has been called off after Dunmore Foods offered better terms.',
        'The strike at the Harl Road bakery was called off after Dunmore Foods offered better terms.',
        { published: ['2026-03-20', '2026-03-20'] },
      ).kind,
    ).toBe('same-fact');
  });

  it('reads a passive "dropped" with a goal of motion as something let fall, not undone (session 70)', () => {
    const undoes = (text: string) => stancesOf(text).has('reversed');
    expect(undoes('Some 400 tonnes of sandbags were dropped onto the Harl spillway.')).toBe(false);
    expect(undoes('Leaflets were dropped into every letterbox in Kelby.')).toBe(false);
    // A scheme given up has no place it went to, whatever follows.
    expect(undoes('The depot scheme was dropped in May.')).toBe(true);
    expect(undoes('The charges were dropped on Friday.')).toBe(true);
    expect(undoes('The plan was dropped by the council.')).toBe(true);
    expect(
      classifyFacts(
        'A helicopter dropped 400 tonnes of sandbags onto the Harl spillway.',
        'Some 400 tonnes of sandbags were dropped onto the Harl spillway by a helicopter.',
        { published: ['2026-02-11', '2026-02-12'] },
      ).kind,
    ).toBe('same-fact');
  });
});
