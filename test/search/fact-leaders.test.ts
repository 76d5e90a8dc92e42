/**
 * Who leads one body (fact-leaders.ts): the agent of "led by" is its leader, in a clause of its
 * own, as a reduced relative ("an inquiry led by …") or set off by commas ("an inquiry, led by
 * …,"); "X will lead the …" names one too. The same leader told both ways is one fact (fact-acts.ts:
 * "led" is a form of "lead", WordNet's exception list); two leaders of one body differ on the actor.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { irregularLemmaStems } from '../../src/search/verb-forms.js';

const published = ['2026-03-10', '2026-03-10'] as const;
const relation = (a: string, b: string, context = {}) =>
  classifyFacts(a, b, { published, ...context });
const wray = 'An inquiry led by Judge Anna Wray will examine the Oxbury flood.';

describe('the leader of one body', () => {
  it('reads an irregular form as its verb', () => {
    expect([...irregularLemmaStems()('led')]).toEqual(['lead']);
    expect(irregularLemmaStems()('walked').size).toBe(0);
  });

  it('told as "led by" and as "will lead" is one fact', () => {
    expect(
      relation(wray, 'Judge Anna Wray will lead the inquiry into the Oxbury flood.').kind,
    ).toBe('same-fact');
    expect(
      relation(
        'An inquiry into the Kelby failure will be led by retired engineer Ruth Dane, the council said on Monday.',
        'The council announced on Monday that an inquiry, led by retired engineer Ruth Dane, would look at the Kelby failure.',
      ).kind,
    ).toBe('same-fact');
  });

  it('differs on the actor when two leaders are named', () => {
    expect(relation(wray, 'Judge Tom Hale will lead the inquiry into the Oxbury flood.')).toEqual({
      kind: 'disagree',
      aspect: 'actor',
    });
    expect(
      relation(
        'The inquiry into the Kelby flood will be led by Judge Tom Hale.',
        'The council has set up an inquiry, led by Judge Anna Wray, into the Kelby flood.',
      ),
    ).toEqual({ kind: 'disagree', aspect: 'actor' });
  });

  it('is no disagreement for another body, a denial, another aspect asked or weeks apart', () => {
    const hale = 'Judge Tom Hale will lead the inquiry into the Oxbury flood.';
    for (const [a, b, context] of [
      [wray, 'Judge Tom Hale will lead the inquiry into the Oxbury fire.', {}],
      [wray, 'Judge Tom Hale will not lead the inquiry into the Oxbury flood.', {}],
      [wray, hale, { asked: 'date' }],
      [wray, hale, { published: ['2026-03-10', '2026-05-10'] }],
    ] as const)
      expect(relation(a, b, context).kind, b).toBe('different-fact');
  });

  it('is never the same fact under two leaders', () => {
    expect(
      relation(wray, 'A review led by Judge Tom Hale will examine the Oxbury flood defences.'),
    ).toEqual({ kind: 'different-fact', reason: 'different leaders' });
  });

  it('is not the same fact for another body, nor a leader giving evidence', () => {
    expect(relation(wray, 'Judge Anna Wray will lead the inquiry into the Oxbury fire.').kind).toBe(
      'different-fact',
    );
    expect(
      relation(wray, 'Judge Anna Wray will give evidence to the inquiry into the Oxbury flood.')
        .kind,
    ).toBe('different-fact');
  });
});

describe('a present participle before a noun', () => {
  it('modifies it and tells no act: "the pumping station"', () => {
    expect(
      relation(
        'The Selby pumping station was shut after a fuel leak.',
        'The fuel leak at the Selby pumping station reached the river.',
      ).kind,
    ).toBe('different-fact');
  });
});
