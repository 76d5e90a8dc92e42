/**
 * A sentence of two main clauses reports, in its first, what a shorter report may state alone
 * (src/search/select/fact-clauses.ts `mainClauses`, fact-relation.ts).
 */
import { describe, expect, it } from 'vitest';
import { mainClauses } from '../../../src/search/select/fact-clauses.js';
import { classifyFacts } from '../../../src/search/select/fact-relation.js';

const published = { published: ['2026-09-29', '2026-09-26'] as const };
const short = 'The ballot at the Harl Road depot will close on 12 October.';

describe('two main clauses', () => {
  it('are read at a semicolon or at ", and" before a subject, not in a list', () => {
    expect(
      mainClauses('The ballot closes on 12 October, and the union says a strike may follow.'),
    ).toEqual({
      first: 'The ballot closes on 12 October',
      later: 'the union says a strike may follow.',
    });
    expect(mainClauses('The depot closes on Friday; staff were told on Monday.')?.first).toBe(
      'The depot closes on Friday',
    );
    expect(mainClauses('They burned cars, houses, and banks in the town.')).toBeNull();
  });

  it('link the first clause to a report of it alone, both ways round', () => {
    const long =
      'The ballot at the Harl Road depot closes on 12 October, and the union says any strike could begin in November.';
    expect(classifyFacts(long, short, published).kind).toBe('same-fact');
    expect(classifyFacts(short, long, { published: ['2026-09-26', '2026-09-29'] }).kind).toBe(
      'same-fact',
    );
  });

  it('do not when the later clause undoes the first', () => {
    expect(
      classifyFacts(
        'The ballot at the Harl Road depot closes on 12 October; the union has since called it off.',
        short,
        published,
      ).kind,
    ).toBe('different-fact');
  });
});
