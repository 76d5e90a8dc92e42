/**
 * The test before "sources differ" for a question asking a number (differ-count.ts): it passes
 * every pair the comparison finds disagreeing on the number, by each way it finds one, and spares
 * a pair stating no two numbers of one kind. Invented passages.
 */
import { describe, expect, it } from 'vitest';
import { mayDisagreeOnNumber } from '../../src/search/select/differ-count.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { relateFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';

const sameDay: RelationContext = { published: ['2026-06-03', '2026-06-03'] };
const nextDay: RelationContext = { published: ['2026-03-02', '2026-03-03'] };

/** Pairs the comparison finds disagreeing on the number, each way it finds one, with dates. */
const DISAGREEING: Array<[string, string, RelationContext, string]> = [
  ['The oak was insured for £40,000.', 'The oak was insured for £25,000.', sameDay, 'one place'],
  [
    'About 200 people marched through Seltz on Saturday.',
    'Some 350 people marched through Seltz on Saturday.',
    sameDay,
    'one count each',
  ],
  [
    'None was taken to hospital after the fire at the Marl depot.',
    'Four people were taken to hospital after the fire at the Marl depot.',
    sameDay,
    'a count of nought',
  ],
  [
    'Tarvian wheat futures climbed 1.8 percent on Monday after the harvest forecast was cut.',
    'Tarvian wheat futures closed 2.1 percent higher on Monday.',
    sameDay,
    'one change',
  ],
  [
    'The men are trapped at a depth of 640 metres in the Brenn colliery.',
    'The miners are trapped some 700 metres below the surface at the Brenn colliery.',
    nextDay,
    'one length',
  ],
  [
    'Negotiators spent 11 days in talks over the Kelby bridge.',
    'The talks over the Kelby bridge lasted 14 days.',
    { published: ['2026-03-04', '2026-03-05'] },
    'one span',
  ],
  [
    'Councillors approved the Harl Road barrier last night by nine votes to four after a long debate.',
    'The Harl Road barrier will be built after the planning committee voted eight to five on Tuesday.',
    { published: ['2025-11-05', '2025-11-06'] },
    'one vote',
  ],
  [
    'A 60-strong search team using two dogs and a drone found the two hikers in a gully at 5.30am, about nine hours after they were reported missing.',
    'Police said the hikers were found by a team of about 50 volunteers shortly before dawn.',
    { published: ['2026-10-02', '2026-10-02'] },
    'one group',
  ],
  [
    'The company said 70 jobs would go at the Brindle factory.',
    'Union officials said 95 jobs would go at the Brindle factory.',
    sameDay,
    'two claims',
  ],
  [
    'The landing craft Kelby Star, which can carry ten cars, has now made three freight runs.',
    'The Kelby Star, which can carry up to eight cars, arrived at Marl pier at 11:20 this morning.',
    sameDay,
    'supplements on one name',
  ],
];

describe('the test before "sources differ" on a number', () => {
  it('passes every pair the comparison finds disagreeing on the number', () => {
    for (const [x, y, context, way] of DISAGREEING) {
      const a = analyseFact(x);
      const b = analyseFact(y);
      const relation = relateFacts(a, b, { ...context, asked: 'number', disputeOnly: true });
      expect(relation, way).toMatchObject({ kind: 'disagree', aspect: 'number' });
      expect(mayDisagreeOnNumber(a, b), way).toBe(true);
      expect(mayDisagreeOnNumber(b, a), way).toBe(true);
    }
  });

  it('spares a pair stating numbers of different kinds only', () => {
    const sum = analyseFact('The Marl depot was insured for £40,000.');
    const people = analyseFact('Forty people worked at the Marl depot.');
    const age = analyseFact('A 52-year-old man was arrested at the Marl depot.');
    const share = analyseFact('Output at the Marl depot rose 4 per cent.');
    for (const [a, b] of [
      [sum, people],
      [people, age],
      [sum, share],
      [age, share],
    ] as const) {
      expect(relateFacts(a, b, { ...sameDay, asked: 'number', disputeOnly: true }).kind).not.toBe(
        'disagree',
      );
      expect(mayDisagreeOnNumber(a, b)).toBe(false);
    }
  });

  it('spares a pair where one side states no number', () => {
    expect(
      mayDisagreeOnNumber(
        analyseFact('The oak was insured for £40,000.'),
        analyseFact('The oak was insured by the parish council.'),
      ),
    ).toBe(false);
  });
});
