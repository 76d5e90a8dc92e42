/**
 * The one list of money verbs (money-verbs.ts) and the forms its readers take from it: every
 * form of a verb by its lemma, the irregular ones from WordNet's exception list (verb-forms.ts).
 */
import { describe, expect, it } from 'vitest';
import { moneyVerbsOf, moneyVerbTest } from '../../src/search/money-verbs.js';
import { askedDimension } from '../../src/search/plan/quantity.js';
import { verbFormStems } from '../../src/search/verb-forms.js';

describe('verb forms by lemma', () => {
  it('gives the regular forms by their stem and the irregular ones from WordNet', () => {
    expect([...verbFormStems(['spend', 'rise'])()].sort()).toEqual([
      'rise',
      'risen',
      'rose',
      'spend',
      'spent',
    ]);
    expect([...verbFormStems(['commit'], 4)()]).toEqual(['comm']);
  });
});

describe('money verbs', () => {
  it('selects the verbs that put a sum to a purpose', () => {
    expect(moneyVerbsOf('purpose')).toEqual([
      'spend',
      'commit',
      'pledge',
      'provide',
      'invest',
      'allocate',
      'earmark',
    ]);
  });

  it('knows every form of a selected verb, irregular ones too', () => {
    const paying = moneyVerbTest(['pay', 'lend']);
    for (const word of ['pay', 'pays', 'paid', 'paying', 'Lent', 'lends'])
      expect(paying(word)).toBe(true);
    for (const word of ['payment', 'lender', 'spent']) expect(paying(word)).toBe(false);
  });

  it('asks for money by a verb of costing or paying, but not by its "-ing" form', () => {
    expect(askedDimension('how much did the repairs cost')).toBe('money');
    expect(askedDimension('how much was spent on the bridge')).toBe('money');
    expect(askedDimension('how much have they paid')).toBe('money');
    expect(askedDimension('what did the costing say')).toBe('money');
    expect(askedDimension('what did he say about defence spending')).toBeNull();
  });
});
