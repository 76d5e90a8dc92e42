/**
 * A rule or a figure said to hold from a start ("takes effect in June") against one reported in
 * force: compared only like with like.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { holdsFromStart } from '../../src/search/select/fact-stance.js';

const relation = (a: string, b: string, context: RelationContext = {}) => {
  const r = classifyFacts(a, b, context);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};

describe('what holds from a start', () => {
  it('is read from the words that give the start, not from a span or a lower-case "may"', () => {
    for (const text of [
      'The new 20mph limit takes effect in June.',
      'The rules, which come into force on 1 May, were agreed.',
      'Bars must close by 11pm under the new rules, in force from 1 June.',
      'From April, the fee is £40.',
      'Visitors are limited to 200 a day starting in May.',
      'The agreement went into immediate effect.',
      // The idiom's one definition (text/taking-effect.ts) also reads "enter into force".
      'The treaty entered into force on 3 May.',
      'As of next year, the cap is 150.',
    ])
      expect(holdsFromStart(text), text).toBe(true);
    for (const text of [
      'The speed limit on Harl Road is 30mph.',
      'Ferries ran from May to September.',
      'Visitors may come from far away.',
      'The limit is in force on Harl Road.',
    ])
      expect(holdsFromStart(text), text).toBe(false);
  });

  it('is never set against a value reported in force, nor taken for the same fact', () => {
    const inForce = 'The speed limit on Harl Road is 30mph.';
    for (const next of [
      'The new speed limit on Harl Road is 20mph and takes effect in June.',
      'From June, the speed limit on Harl Road is 20mph.',
    ]) {
      expect(relation(next, inForce)).not.toBe('disagree');
      expect(relation(inForce, next)).not.toBe('disagree');
    }
    const published: RelationContext = { published: ['2026-03-01', '2026-03-02'] };
    expect(
      relation(
        'Under the plan, 200 visitors a day are allowed at Harl Point from May.',
        'Under the plan, 300 visitors a day are allowed at Harl Point.',
        published,
      ),
    ).not.toBe('disagree');
    expect(
      relation(
        'Under the plan, 200 visitors a day are allowed at Harl Point from May.',
        'Under the plan, 200 visitors a day are allowed at Harl Point.',
      ),
    ).toBe('different-fact: in force from a start on one side only');
  });

  it('is compared with another start, like with like', () => {
    expect(
      relation(
        'The 20mph speed limit on Harl Road takes effect in June.',
        'The 30mph speed limit on Harl Road takes effect in June.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'The speed limit on Harl Road will be 20mph from June.',
        'The speed limit on Harl Road will be 30mph from June.',
      ),
    ).toBe('disagree');
    expect(
      relation(
        'Under the plan, 200 visitors a day are allowed at Harl Point from May.',
        'Under the plan, 200 visitors a day are allowed at Harl Point from May.',
      ),
    ).toBe('same-fact');
  });
});
