import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { participantsSwapped } from '../../src/search/select/fact-participants.js';

const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};
const swapped = (a: string, b: string) => participantsSwapped(analyseFact(a), analyseFact(b));

describe('who did what to whom', () => {
  it('keeps apart reports whose agent and patient of one action are swapped', () => {
    expect(
      relation(
        'Halden Foods bought Brisk Dairies for $40 million last spring.',
        'Brisk Dairies bought Halden Foods for $40 million last spring.',
      ),
    ).toBe('different-fact: who did it and to whom swapped');
    expect(
      relation(
        'The Tarnby council sued the harbour contractor over the delays.',
        'The harbour contractor sued the Tarnby council over the delays.',
      ),
    ).toBe('different-fact: who did it and to whom swapped');
  });

  it('reads the passive: the agent comes after "by"', () => {
    expect(
      relation(
        'Brisk Dairies was bought by Halden Foods for $40 million last spring.',
        'Halden Foods bought Brisk Dairies for $40 million last spring.',
      ),
    ).toBe('same-fact');
    expect(
      swapped(
        'The harbour contractor was sued by the Tarnby council over the delays.',
        'The harbour contractor sued the Tarnby council over the delays.',
      ),
    ).toBe(true);
  });

  it('still finds the same fact when the participants keep their roles', () => {
    expect(
      relation(
        'Halden Foods bought Brisk Dairies for $40 million last spring.',
        'Last spring Halden Foods bought Brisk Dairies for $40 million.',
      ),
    ).toBe('same-fact');
    expect(
      swapped(
        'Greta Lund said she had been asked by Omar Pell to chair the inquiry.',
        'Omar Pell asked Greta Lund to chair the inquiry, Lund said.',
      ),
    ).toBe(false);
  });

  it('reads participants within the clause of the action only', () => {
    expect(
      swapped(
        'Halden Foods, the dairy group, said Brisk Dairies had closed the plant.',
        'Brisk Dairies closed the plant, Halden Foods said.',
      ),
    ).toBe(false);
  });
});
