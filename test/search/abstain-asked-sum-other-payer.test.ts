/**
 * The sum gate (src/search/abstain-asked-sum.ts) on a payer the question names: "how much did
 * the clearance cost the army" is not answered by "the clearance cost the council £1.2m", a
 * sum another payer bore (FrameNet's Expensiveness frame, its Payer; "cost" as a ditransitive
 * verb, Quirk et al. 1985, §10.24), nor by the noun's "cost … to the council". Tiny invented
 * corpus: a wartime shell's clearance and what it cost the town's council.
 */
import { describe, expect, it } from 'vitest';
import { askedSumHeld } from '../../src/search/abstain-asked-sum.js';
import { costPayerOf, costsOtherPayer } from '../../src/search/cost-payer.js';
import { passageWordsOf } from '../../src/search/plan/asked-words.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const CLEARANCE: SearchFixtureArticle = {
  id: 'clearance',
  title: 'Shell clearance bill revealed',
  outlet: 'Tarnby Echo',
  published: '2026-03-20',
  paragraphs: [
    ['The clearance operation cost the council £1.2 million, including hotel rooms for evacuees.'],
    ['A review puts the cost of the operation to the council at £1.6 million.'],
    ['Army engineers detonated the shell on Friday afternoon.'],
  ],
};

const gate = (question: string) => {
  const { index } = engineOver(CLEARANCE);
  return askedSumHeld(index.abstentionInput(index.rank(question)));
};

describe('a sum asked of a payer the question names', () => {
  it('is refused when every sum is told of another payer', () => {
    expect(gate('how much did the clearance operation cost the army')).toBe(false);
    const { engine } = engineOver(CLEARANCE);
    expect(engine.ask('how much did the clearance operation cost the army').answered).toBe(false);
  }, 240_000);

  it('is answered when the payer is the one told, or none is asked', () => {
    expect(gate('how much did the clearance operation cost the council')).toBe(true);
    expect(gate('how much did the clearance operation cost')).toBe(true);
    const { engine } = engineOver(CLEARANCE);
    const reply = engine.ask('how much did the clearance operation cost the council');
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.quote).toContain('£1.2 million');
  }, 240_000);
});

describe('costPayerOf', () => {
  it('reads the indirect object of "cost" up to a preposition', () => {
    expect(costPayerOf('how much did the operation cost the army')).toEqual(new Set(['armi']));
    expect(costPayerOf('how much did it cost the council in 2020')).toEqual(new Set(['council']));
    expect(costPayerOf('how much will it cost to build')).toBeNull();
    expect(costPayerOf('how much did the operation cost')).toBeNull();
  });
});

describe('costsOtherPayer', () => {
  const army = new Set(['armi']);
  const words = (text: string) => passageWordsOf(text);
  it('finds a payer between the verb and the figure, or after the noun’s "to"', () => {
    expect(costsOtherPayer(words('The operation cost the council £1.2 million.'), army)).toBe(true);
    expect(costsOtherPayer(words('The cost of the work to the council was £2m.'), army)).toBe(true);
  });
  it('finds none when the sentence names no payer or the asked one', () => {
    expect(costsOtherPayer(words('The operation cost £1.2 million.'), army)).toBe(false);
    expect(costsOtherPayer(words('The operation cost an estimated £2m.'), army)).toBe(false);
    expect(costsOtherPayer(words('The operation cost the army £1.2 million.'), army)).toBe(false);
    expect(costsOtherPayer(words('It cost millions of pounds.'), army)).toBe(false);
  });
});
