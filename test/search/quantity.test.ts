/** The dimension a quantity question asks in, and numbers in it (src/search/plan/quantity.ts). */
import { describe, expect, it } from 'vitest';
import {
  askedDimension,
  asksDifference,
  asksSumByVerb,
  holdsDimension,
} from '../../src/search/plan/quantity.js';

describe('the dimension a question asks a quantity in', () => {
  it('reads money, shares, lengths and weights from the question’s words', () => {
    expect(askedDimension('How much did the new bridge cost?')).toBe('money');
    expect(askedDimension('what salary does the harbour master earn')).toBe('money');
    expect(askedDimension('What percentage of the vote did she get?')).toBe('share');
    expect(askedDimension('what share of the cost does the region pay')).toBe('share');
    // A rate is a share even when the question also speaks of paying or of height.
    expect(askedDimension('what interest rate did the bonds pay')).toBe('share');
    expect(askedDimension('how high was the prime rate in 1981')).toBe('share');
    expect(askedDimension('How tall is the lighthouse?')).toBe('length');
    expect(askedDimension('how far is the quay from the station')).toBe('length');
    expect(askedDimension('how heavy is each gate')).toBe('weight');
    expect(askedDimension('what temperature is the water')).toBe('temperature');
    expect(askedDimension('how high was the water temperature')).toBe('temperature');
    expect(askedDimension('what wind speeds did the storm bring')).toBe('speed');
    // "How fast" asks as often how quickly a figure grows: no dimension of its own.
    expect(askedDimension('how fast had the population been growing')).toBeNull();
  });

  it('names none for counts, progress, time spans or questions without a quantity cue', () => {
    expect(askedDimension('how many firms paid no tax')).toBeNull();
    expect(askedDimension('how far along is the piling')).toBeNull();
    expect(askedDimension('how long did the meeting last')).toBeNull();
    expect(askedDimension('how much did the river rise')).toBeNull();
    expect(askedDimension('Who opened the quay?')).toBeNull();
  });
});

describe('a number in a dimension', () => {
  it('finds speeds only with their units', () => {
    expect(holdsDimension('Gusts reached 70mph on the coast.', 'speed')).toBe(true);
    expect(holdsDimension('winds of fifty miles an hour', 'speed')).toBe(true);
    expect(holdsDimension('a 40-knot gale', 'speed')).toBe(true);
    expect(holdsDimension('70 homes flooded in an hour', 'speed')).toBe(false);
  });

  it('finds amounts of money written with a symbol, a code or a currency’s name', () => {
    expect(holdsDimension('The quay cost $4.5 million.', 'money')).toBe(true);
    expect(holdsDimension('a fee of 300 EUR a year', 'money')).toBe(true);
    expect(holdsDimension('The quay cost 4 million crowns.', 'money')).toBe(true);
    expect(holdsDimension('tea at 10 cents a pound', 'money')).toBe(true);
    expect(holdsDimension('All eleven gates closed in 2021.', 'money')).toBe(false);
  });

  it('reads a figure with a "p" joined to it as a sum in pence, not a time or a page', () => {
    expect(holdsDimension('He raised his target price to 420p from 380p.', 'money')).toBe(true);
    expect(holdsDimension('The shares closed up 4.5p.', 'money')).toBe(true);
    expect(holdsDimension('The meeting starts at 7pm on page 12.', 'money')).toBe(false);
  });

  it('reads "a" as one before a currency or a scale, not before a weight', () => {
    expect(holdsDimension('raise the price by up to a dollar and a half a pack', 'money')).toBe(
      true,
    );
    expect(holdsDimension('a grant of half a million pounds', 'money')).toBe(true);
    expect(holdsDimension('a pound of flour and a thousand eggs', 'money')).toBe(false);
  });

  it('reads "a" as one before a unit of length, not before a noun of a place', () => {
    expect(holdsDimension('the queue stretched back more than a mile', 'length')).toBe(true);
    expect(holdsDimension('water half a metre deep', 'length')).toBe(true);
    expect(holdsDimension('They parked in a yard on the second floor.', 'length')).toBe(false);
  });

  it('reads "a" as one before a unit of weight, not in "a ton of"', () => {
    expect(holdsDimension('The bags, each weighing about a tonne, were dropped.', 'weight')).toBe(
      true,
    );
    expect(holdsDimension('half a kilo of flour', 'weight')).toBe(true);
    expect(holdsDimension('They had a ton of questions for the council.', 'weight')).toBe(false);
  });

  it('finds shares as a percentage, per cent or a fraction', () => {
    expect(holdsDimension('She got 10% of the votes.', 'share')).toBe(true);
    expect(holdsDimension('nearly 90 per cent of farms', 'share')).toBe(true);
    expect(holdsDimension('a 21 1/2-percent prime rate', 'share')).toBe(true);
    expect(holdsDimension('about half of the town', 'share')).toBe(true);
    expect(holdsDimension('his sixth term in office', 'share')).toBe(false);
  });

  it('finds lengths and weights only with their units', () => {
    expect(holdsDimension('The gates are 12 metres tall.', 'length')).toBe(true);
    expect(holdsDimension('a 212m barrier', 'length')).toBe(true);
    expect(holdsDimension('six hundred miles up the river', 'length')).toBe(true);
    expect(holdsDimension('all eleven gates', 'length')).toBe(false);
    expect(holdsDimension('Each gate weighs 300 tonnes.', 'weight')).toBe(true);
    expect(holdsDimension('Each gate weighs a great deal.', 'weight')).toBe(false);
  });
});

describe('a sum asked by the verb', () => {
  it('is asked when "what" is the object of a verb of costing or paying', () => {
    expect(asksSumByVerb('what did the new bridge end up costing')).toBe(true);
    expect(asksSumByVerb('what did the mayor say the quay costs')).toBe(true);
    expect(asksSumByVerb('what did the council pay the contractor')).toBe(true);
  });

  it('is not asked of a thing paid for, or of the noun "cost"', () => {
    expect(asksSumByVerb('what did the council pay for')).toBe(false);
    expect(asksSumByVerb('what did the review blame the cost increase on')).toBe(false);
    expect(asksSumByVerb('what did the mayor say about the cost of the quay')).toBe(false);
    expect(asksSumByVerb('who paid for the quay')).toBe(false);
  });
});

describe('a sum and a temperature in a text', () => {
  it('reads a sum after a currency sign as money, never as a length or a weight', () => {
    expect(holdsDimension('would cost an estimated £1.2m', 'length')).toBe(false);
    expect(holdsDimension('a bill of $40t', 'weight')).toBe(false);
    expect(holdsDimension('a wall 1.2m high', 'length')).toBe(true);
    expect(holdsDimension('heated to 24C', 'temperature')).toBe(true);
    expect(holdsDimension('around 20 degrees', 'temperature')).toBe(true);
    expect(holdsDimension('several degrees of separation', 'temperature')).toBe(false);
  });
});

describe('a question asking how much a quantity changed', () => {
  it('is asked by any form of a verb of change, as the fact relations read a change', () => {
    expect(asksDifference('how much did the port fees rise')).toBe(true);
    expect(asksDifference('by how much have the fares risen')).toBe(true);
    // Verbs of change the fact relations read (search/change-verbs.ts), in any form.
    expect(asksDifference('how much did the shares tumble on Monday')).toBe(true);
    expect(asksDifference('how much money was lost on the bridge')).toBe(true);
    expect(asksDifference('how much is the council reducing the grant')).toBe(true);
    expect(asksDifference('how big a raise did the dockers get')).toBe(true);
    expect(asksDifference('how much over budget was the barrier')).toBe(true);
  });

  it('is not asked by a question for the quantity itself', () => {
    expect(asksDifference('how much did the new bridge cost')).toBe(false);
    expect(asksDifference('what was the closing price of the shares')).toBe(false);
  });
});
