import { describe, expect, it } from 'vitest';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

const engineOf = enginesOf(() => ({
  weight: twoOutlets(
    ['Rescued otter recovering (Echo)', 'Otter pup gains strength (Radio)'],
    [
      'A rescued otter pup is recovering at the Brayford sanctuary.\n\nKeepers said Pip weighed 3.1 kg at the check on Tuesday.\n\nShe is fed five times a day.',
      'The sanctuary at Brayford has released new photographs of its otter pup.\n\nPip weighed 2.7 kg when the vet examined her.\n\nVisitors are not allowed near the pool.',
    ],
    ['2026-03-04', '2026-03-06'],
  ),
  fine: twoOutlets(
    ['Housing trust fined over damp (Echo)', 'Trust penalised for repairs delay (Radio)'],
    [
      'Tenants in Marl Street complained for two years about damp.\n\nThe ombudsman fined the Orla Housing Trust £20,000 for failing to carry out repairs.\n\nThe trust said it would appeal.',
      'A housing association has been penalised after tenants waited months for repairs.\n\nThe ombudsman fined the Orla Housing Trust £14,000, according to the ruling.\n\nTenants welcomed the decision.',
    ],
    ['2026-03-04', '2026-03-05'],
  ),
  volunteers: twoOutlets(
    ['Search for missing walker (Echo)', 'Walker search widens (Radio)'],
    [
      'The search for a walker missing on Fell Moor continued on Tuesday.\n\nAbout 50 volunteers turned out on Monday to comb the moor.\n\nThe walker was last seen on Saturday.',
      'Police have widened the search for a walker missing on Fell Moor.\n\nSeventy volunteers joined police on Monday to search the moor.\n\nA helicopter was also used.',
    ],
    ['2026-03-10', '2026-03-11'],
  ),
  fence: twoOutlets(
    ['Depot fence questioned (Echo)', 'Inspectors check depot fence (Radio)'],
    [
      'Neighbours have objected to the new depot on Kell Road.\n\nThe fence around the depot was 4 metres high, the operator said.\n\nIt was put up in January.',
      'Council inspectors visited the Kell Road depot last week.\n\nInspectors measured the fence around the depot at 3.1 metres high.\n\nThe operator has been asked to respond.',
    ],
    ['2026-03-04', '2026-03-07'],
  ),
}));

describe('probe', () => {
  it('weight', () => {
    expect(differingSources(engineOf('weight'), 'How much did Pip weigh?')).toEqual([['number', 'echo radio']]);
  });
  it('fine', () => {
    expect(differingSources(engineOf('fine'), 'How much was the Orla Housing Trust fined?')).toEqual([['number', 'echo radio']]);
  });
  it('volunteers', () => {
    expect(differingSources(engineOf('volunteers'), 'How many volunteers helped on Monday?')).toEqual([['number', 'echo radio']]);
  });
  it('fence', () => {
    expect(differingSources(engineOf('fence'), 'How high is the fence around the depot?')).toEqual([['number', 'echo radio']]);
  });
});
