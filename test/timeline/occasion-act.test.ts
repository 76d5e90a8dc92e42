/**
 * A sentence dated only by an occasion it names ("demanding a replay of Sunday's county cup
 * final") tells the act of its own verb: it is another sentence's source for that day only when
 * both tell that act ("sent off … in Sunday's final" / "were sent off in the final on Sunday"),
 * not when they only name the occasion, its place or its people. Invented cup final articles.
 */
import { describe, expect, it } from 'vitest';
import { entrySources, one } from './fixtures.js';

const ATTENDANCE = one(
  'turnout',
  '2026-05-11',
  "Attendance at Sunday's county cup final reached 18,200, according to the league.",
);

describe('a sentence dated by an occasion it names', () => {
  it('is its own event when it tells another act than the sentence dating the occasion', () => {
    const march = one(
      'march',
      '2026-05-12',
      "Hundreds of Vessen Rovers fans marched to the league offices last night, demanding a replay of Sunday's county cup final.",
    );
    expect(entrySources([march, ATTENDANCE])).toEqual([
      '2026-05-10: march',
      '2026-05-10: turnout',
      '2026-05-11: march',
    ]);
  });

  it('joins a sentence telling the same act of that day', () => {
    const referee = one(
      'referee',
      '2026-05-12',
      "The league said the referee sent off two Vessen players in Sunday's county cup final.",
    );
    const report = one(
      'report',
      '2026-05-11',
      'Two Vessen players were sent off in the county cup final on Sunday.',
    );
    expect(entrySources([referee, report])).toEqual(['2026-05-10: referee, report']);
  });
});
