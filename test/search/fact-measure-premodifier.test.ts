/**
 * A length written before a noun (src/search/select/fact-measure-premodifier.ts): "An eight-day
 * public inquiry into …" / "A six-day public inquiry into …" give one inquiry two lengths, whatever
 * the clauses report ("will open on 9 September" / "opened yesterday"); an outside tester found
 * the two not called "sources differ". Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { premodifyingLengthsDiffer } from '../../src/search/select/fact-measure-premodifier.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';

type Case = [string, string, string, string];

const relation = ([a, b, p, q]: Case) => [
  classifyFacts(a, b, { published: [p, q] }),
  classifyFacts(b, a, { published: [q, p] }),
];

describe('one thing given two lengths before its noun', () => {
  it('is a disagreement on the number, the clauses told apart', () => {
    for (const pair of <Case[]>[
      [
        'An eight-day public inquiry into the Dorley Farm appeal will open at the Marle Corn Exchange on 9 September.',
        'A six-day public inquiry into plans for 300 homes at Dorley Farm opened yesterday at the Corn Exchange.',
        '2025-09-01',
        '2025-09-10',
      ],
      [
        'A four-week trial of the Tresco Bank chief executive began on 2 March.',
        'Jurors were sworn in on Monday for a six-week trial of the Tresco Bank chief executive.',
        '2026-03-03',
        '2026-03-04',
      ],
    ])
      for (const found of relation(pair))
        expect(found, pair.join(' / ')).toEqual({ kind: 'disagree', aspect: 'number' });
  });

  it('reads digits and number words alike', () => {
    expect(
      premodifyingLengthsDiffer(
        analyseFact('A 3-day festival in Orlin Park opened on 4 July 2026.'),
        analyseFact('The five-day festival in Orlin Park began on July 4, 2026.'),
        ['2026-07-05', '2026-07-05'],
      ),
    ).toBe(true);
  });
});

describe('near misses', () => {
  it('two days, no day, no shared name, another noun or one length are no dispute', () => {
    for (const pair of <Case[]>[
      // Two days: two strikes.
      [
        'A two-day strike at Kelby Mills ended on Tuesday.',
        'A three-day strike at Kelby Mills will begin on Monday.',
        '2026-03-11',
        '2026-03-12',
      ],
      // No day stated: which occurrence each names is not known.
      [
        'An eight-day inquiry into the Dorley Farm appeal was told of traffic fears.',
        'A six-day inquiry into the Dorley Farm appeal heard from residents.',
        '2026-03-01',
        '2026-03-11',
      ],
      // No name both write after the noun.
      [
        'An eight-day public inquiry into the Dorley Farm appeal opened on 9 September.',
        'A six-day public inquiry into the Marsh Lane appeal opened on 9 September.',
        '2025-09-10',
        '2025-09-10',
      ],
      // Another noun after the measure.
      [
        'A two-day strike at Kelby Mills began on 9 March.',
        'A three-day walkout at Kelby Mills began on 9 March.',
        '2026-03-10',
        '2026-03-10',
      ],
    ])
      for (const found of relation(pair)) expect(found.kind, pair.join(' / ')).not.toBe('disagree');
    expect(
      premodifyingLengthsDiffer(
        analyseFact(
          'An eight-day public inquiry into the Dorley Farm appeal opened on 9 September.',
        ),
        analyseFact('An eight-day public inquiry into plans for Dorley Farm began on 9 September.'),
        ['2025-09-10', '2025-09-10'],
      ),
    ).toBe(false);
  });
});
