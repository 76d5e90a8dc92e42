/**
 * A match's score after the beaten side ("beat Ashby Wanderers 3-1 on Saturday") is one value, a
 * tally (src/search/select/fact-values.ts `tallySpans`), and a day counted from publication is
 * read from each article's own date: "yesterday" in an article of Sunday 8 March and "on
 * Saturday" in one of Monday 9 March are both 7 March, so the two reports are one fact. Another
 * score, another Saturday, the sides swapped or another result stay apart. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { factValues } from '../../src/search/select/fact-values.js';

/** 8 March 2026 is a Sunday, 9 March a Monday, 16 March the Monday after. */
const on = (a: string, b: string): RelationContext => ({ published: [a, b] });
const tallies = (text: string) =>
  factValues(text).positioned.flatMap((v) =>
    'number' in v && v.kind === 'tally' ? [v.number] : [],
  );

const YESTERDAY =
  'Corbin Town beat Ashby Wanderers 3-1 in the first match in the new stand yesterday.';
const SATURDAY =
  'Corbin Town beat Ashby Wanderers 3-1 on Saturday in the first match in the new stand.';

describe('a score after the beaten side', () => {
  it('is one value, a tally', () => {
    expect(tallies(SATURDAY)).toEqual(['3-1']);
    expect(tallies(YESTERDAY)).toEqual(['3-1']);
    expect(tallies('Corbin Town won 2-0 at home.')).toEqual(['2-0']);
  });

  it('is no tally as a range, or where no word of winning or voting is said', () => {
    expect(tallies('About 10-15 people waited in the rain.')).toEqual([]);
    expect(tallies('Children aged 5-11 in the town can join.')).toEqual([]);
  });
});

describe('two reports of one match', () => {
  it('are one fact, its day read from each article’s date', () => {
    expect(classifyFacts(YESTERDAY, SATURDAY, on('2026-03-08', '2026-03-09'))).toEqual({
      kind: 'same-fact',
    });
    expect(classifyFacts(SATURDAY, YESTERDAY, on('2026-03-09', '2026-03-08'))).toEqual({
      kind: 'same-fact',
    });
  });

  it('near misses: another Saturday, another score, the sides swapped, another result', () => {
    expect(classifyFacts(YESTERDAY, SATURDAY, on('2026-03-08', '2026-03-16')).kind).toBe(
      'different-fact',
    );
    for (const other of [
      'Corbin Town beat Ashby Wanderers 3-2 on Saturday in the first match in the new stand.',
      'Ashby Wanderers beat Corbin Town 3-1 on Saturday in the first match in the new stand.',
      'Corbin Town lost to Ashby Wanderers 3-1 on Saturday in the first match in the new stand.',
    ])
      expect(classifyFacts(YESTERDAY, other, on('2026-03-08', '2026-03-09')).kind, other).not.toBe(
        'same-fact',
      );
  });
});
