/**
 * One fact told by two articles in other words: in a clause of time or reason ("a week after the
 * cellar was sealed … on May 6"), with another verb of counting ("recorded" / "counted"), or
 * with another verb of giving money ("commit" / "spend"). Each is one fact (or one sum that
 * differs) only when what is told, its values and its stance agree: another day, another figure,
 * a denial, a plan, another act or another purpose keep the reports apart.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { factiveClause } from '../../src/search/select/fact-subordinate.js';

const days = { published: ['2026-05-12', '2026-05-13'] as const };
const kind = (a: string, b: string, context: object = days) => [
  classifyFacts(a, b, context).kind,
  classifyFacts(b, a, context).kind,
];

describe('a fact told in a clause of time', () => {
  const sealed = 'The mill cellar was sealed on 6 May with a steel door and an alarm.';
  const announced =
    'The find was announced a week after the cellar was sealed with a steel door on May 6.';

  it('reads the clause after "after", "because" or "since", with its value and a past form', () => {
    expect(factiveClause(announced)).toBe('the cellar was sealed with a steel door on May 6');
    expect(factiveClause('The find was announced after the vote.')).toBeNull();
    expect(factiveClause('The find was announced before the cellar was sealed on May 6.')).toBe(
      null,
    );
    expect(
      factiveClause('Police denied the find was announced after the cellar was sealed on May 6.'),
    ).toBeNull();
  });

  it('is one fact with a report of the clause, both ways round', () => {
    expect(kind(sealed, announced)).toEqual(['same-fact', 'same-fact']);
  });

  it('is not one fact for another day, another act, a denial, a plan or another thing', () => {
    for (const other of [
      announced.replace('May 6', 'May 7'),
      announced.replace('sealed', 'opened'),
      announced.replace('was sealed', 'was not sealed'),
      'Police denied the find was announced after the cellar was sealed with a steel door on May 6.',
      announced.replace('after', 'before'),
      announced.replace('the cellar', 'the barn'),
    ])
      expect(kind(sealed, other)).toEqual(['different-fact', 'different-fact']);
    const plan =
      'The find will be announced after the cellar is sealed with a steel door on May 6.';
    expect(kind(sealed, plan, { published: ['2026-05-12', '2026-05-04'] })).toEqual([
      'different-fact',
      'different-fact',
    ]);
    // A pronoun in the clause points to the main clause's thing: the barn, not the cellar.
    const barn =
      'The barn was demolished after it was sealed with a steel door and an alarm on 6 May.';
    expect(factiveClause(barn)).toBeNull();
    expect(
      kind('The mill cellar was sealed with a steel door and an alarm on 6 May.', barn),
    ).toEqual(['different-fact', 'different-fact']);
    // The main clause's own news is not the clause's.
    expect(kind('The find was announced on 13 May.', announced)[0]).toBe('different-fact');
  });
});

describe('one count told with another verb of counting', () => {
  const recorded = 'A first survey has recorded 118 tiles, 40 of them coloured and the rest plain.';
  const counted =
    'The team has counted 118 tiles so far, 40 of them coloured, but expects the number to rise.';

  it('is one fact: the same figures of the same things, a day apart', () => {
    expect(kind(recorded, counted)).toEqual(['same-fact', 'same-fact']);
  });

  it('is not one fact for another figure, a denial, a hope, another act or another thing', () => {
    for (const other of [
      counted.replace('40 of', '41 of'),
      counted.replace('118', '119'),
      'The team has not counted 118 tiles so far, 40 of them coloured.',
      'The team hopes to count 118 tiles, 40 of them coloured.',
      'Thieves have stolen 118 tiles, 40 of them coloured.',
      'The team has counted 118 coins so far, 40 of them gold.',
      'A second survey has recorded 118 tiles, 40 of them coloured.',
    ])
      expect(kind(recorded, other)).toEqual(['different-fact', 'different-fact']);
  });

  it('is not one fact told weeks apart ("so far" moves), nor by two named counters', () => {
    expect(kind(recorded, counted, { published: ['2026-05-02', '2026-05-13'] })).toEqual([
      'different-fact',
      'different-fact',
    ]);
    expect(
      kind(
        'Police counted 118 protesters, 40 of them students.',
        'Organisers counted 118 protesters, 40 of them students.',
      ),
    ).toEqual(['different-fact', 'different-fact']);
  });
});

describe('one sum told with another verb of giving money', () => {
  const sameDay = { published: ['2026-05-04', '2026-05-04'] as const, asked: 'number' as const };
  const committed =
    'Lenz said the government would commit €1.5 million to raising and conserving the wreck.';
  const spent =
    'Lenz said the government would spend 1.2 million euros to raise and conserve the wreck.';

  it('differs on the number: one payer, one purpose, two sums', () => {
    for (const [x, y] of [
      [committed, spent],
      [spent, committed],
    ] as const)
      expect(classifyFacts(x, y, sameDay)).toEqual({ kind: 'disagree', aspect: 'number' });
  });

  it('does not differ for a sum borrowed, another purpose, another payer or a denial', () => {
    for (const other of [
      spent.replace('spend', 'borrow'),
      spent.replace('to raise and conserve the wreck', 'to build a museum for the wreck'),
      spent.replace('the government', 'the council'),
      spent.replace('would spend', 'would not spend'),
      spent.replace('would spend', 'had spent'),
    ])
      expect(kind(committed, other, sameDay)).toEqual(['different-fact', 'different-fact']);
  });
});
