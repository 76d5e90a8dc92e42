/**
 * A number question that names its dimension ("how heavy", "what share") is not hinted at by a
 * figure stated in another dimension's unit, a span of time or a date: a quantity is compared
 * only with quantities of its own dimension (plan/quantity.ts `withoutOtherMeasures`). A figure
 * with no unit still hints. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { withoutNumberLabels } from '../../src/search/plan/number-label.js';
import { withoutOtherMeasures } from '../../src/search/plan/quantity.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const BELLS: SearchFixtureArticle = {
  id: 'bells',
  title: 'Marlow church bells rung again after recasting',
  outlet: 'Marlow Bugle',
  published: '2026-03-14',
  paragraphs: [
    [
      'The bells were rung on Sunday for the first time in two years.',
      'The first peal of the bells took 45 minutes, ten minutes longer than planned, after a rope snapped on bell four.',
    ],
    ['The bells were recast at a foundry in Leicestershire, each weighing about 900 kilograms.'],
  ],
};

const HALL: SearchFixtureArticle = {
  id: 'hall',
  title: 'Trust and council share the cost of Brenton hall repairs',
  outlet: 'Brenton Herald',
  published: '2026-06-02',
  paragraphs: [
    [
      'The Brenton Heritage Trust has put an extra $2 million into the hall repairs, after its board voted on May 28 to cover part of the rising cost.',
    ],
    ['Council leader Ida Marsh said the trust had agreed to cover 40 per cent of the repair cost.'],
  ],
};

describe('figures of another dimension', () => {
  it('are blanked, whole, unless their unit is of the asked dimension', () => {
    expect(withoutOtherMeasures('The closure took 38 minutes.', 'weight')).not.toMatch(/\d/);
    expect(withoutOtherMeasures('It cost an extra $24 million.', 'share')).not.toMatch(/\d/);
    expect(withoutOtherMeasures('It rose 40 feet and 12 per cent.', 'weight')).not.toMatch(/\d/);
    // The asked dimension's own figures stay, and so does a unit two dimensions share.
    expect(withoutOtherMeasures('each weighing 310 tonnes', 'weight')).toContain('310 tonnes');
    expect(withoutOtherMeasures('a bag of five pounds', 'weight')).toContain('five pounds');
    // A share of a sum hints at the sum.
    expect(withoutOtherMeasures('about 12 per cent over budget', 'money')).toContain('12 per');
    // A figure with no unit is left.
    expect(withoutOtherMeasures('31 piles were tested', 'length')).toContain('31');
  });

  it('give no hint of the asked quantity; a figure with no unit still hints', () => {
    const heavy = answerTypeOf('how heavy is each bell?')!;
    expect(heavy).toMatchObject({ name: 'number', dimension: 'weight' });
    expect(answerTypeScore('each weighing about 900 kilograms', heavy)).toBe(1);
    expect(answerTypeScore('The peal took 45 minutes, ten minutes longer.', heavy)).toBe(0);
    expect(answerTypeScore('The bells were rung on Sunday, March 8.', heavy)).toBe(0);
    expect(answerTypeScore('Four of them were cracked.', heavy)).toBe(0.5);
    // A numeral after the noun it names one of is a label, not a quantity.
    expect(answerTypeScore('The crack was found on bell four.', heavy)).toBe(0);
    const share = answerTypeOf('what share of the cost is the trust covering?')!;
    expect(share).toMatchObject({ dimension: 'share' });
    expect(answerTypeScore('It put an extra $2 million in on May 28.', share)).toBe(0);
    expect(answerTypeScore('It agreed to cover 40 per cent of the cost.', share)).toBe(1);
  });

  it('leave a numeral labelling one of a series out, but not a figure after a bound', () => {
    expect(withoutNumberLabels('a valve stuck on gate nine.')).not.toContain('nine');
    expect(withoutNumberLabels('found in room 101, she said')).not.toContain('101');
    expect(withoutNumberLabels('the load rose to just 12.')).toContain('12');
    expect(withoutNumberLabels('it weighed in at 40.')).toContain('40');
    expect(withoutNumberLabels('on gate nine hundred people waited')).toContain('nine');
  });

  it('rank the passage stating the asked quantity first', () => {
    const { engine } = engineOver(BELLS, HALL);
    expect(engine.ask('how heavy is each bell?').passages[0]?.quote).toContain('900 kilograms');
    expect(
      engine.ask('what share of the hall repair cost is the trust covering?').passages[0]?.quote,
    ).toContain('40 per cent');
  });
});
