/**
 * One vote's tally told alike in other words (src/search/select/fact-tallies.ts `talliesAgree`):
 * "Trustees voted 14 to 3 on Monday in favour of selling Pell Boathouse" / "The sale of Pell
 * Boathouse was carried by fourteen votes to three on Monday night" share few words, but one
 * tally of one vote on one day (or, a day untold, in the days both report) about one named thing
 * is that vote's result told twice. Another day, a report of no day weeks later, the opposite outcome, a denial, a plan, another boathouse and a second
 * vote stay apart. Invented sentences and articles.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

// 10 March 2026 is a Tuesday, 11 March a Wednesday: "on Monday" in both is 9 March.
const TUESDAY = '2026-03-10';
const WEDNESDAY = '2026-03-11';
const on = (a: string | null, b: string | null): RelationContext => ({ published: [a, b] });

const VOTED = 'Trustees voted 14 to 3 on Monday in favour of selling Pell Boathouse.';
const CARRIED =
  'The sale of Pell Boathouse was carried by fourteen votes to three on Monday night.';

describe('one tally of one vote told in other words', () => {
  it('is one fact, in figures or in words, both ways round', () => {
    expect(classifyFacts(VOTED, CARRIED, on(TUESDAY, WEDNESDAY))).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(CARRIED, VOTED, on(WEDNESDAY, TUESDAY))).toEqual({ kind: 'same-fact' });
    expect(
      classifyFacts(
        VOTED,
        'The sale of Pell Boathouse was carried by 14 votes to 3 on Monday, the chair said.',
        on(TUESDAY, WEDNESDAY),
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('keeps apart another day, and a report of no day published weeks later or undated', () => {
    const dayless = CARRIED.replace(' on Monday night', '');
    expect(classifyFacts(VOTED, CARRIED, on(TUESDAY, '2026-03-18')).kind).toBe('different-fact');
    expect(classifyFacts(VOTED, dayless, on(TUESDAY, '2026-04-08')).kind).toBe('different-fact');
    expect(classifyFacts(VOTED, dayless, on(TUESDAY, null)).kind).toBe('different-fact');
  });

  it('joins a report of no day published within the days both report: one vote, as a dispute reads it', () => {
    const dayless = CARRIED.replace(' on Monday night', '');
    expect(classifyFacts(VOTED, dayless, on(TUESDAY, WEDNESDAY))).toEqual({ kind: 'same-fact' });
  });

  it('keeps apart the opposite outcome, a denial, a plan, another boathouse, a second vote', () => {
    for (const other of [
      'The sale of Pell Boathouse was rejected by fourteen votes to three on Monday.',
      'The sale of Pell Boathouse was not carried by fourteen votes to three on Monday.',
      'The sale of Pell Boathouse will be carried by fourteen votes to three on Monday.',
      'The sale of Lark Boathouse was carried by fourteen votes to three on Monday.',
      'A second vote on the sale of Pell Boathouse was carried by fourteen votes to three on Monday.',
    ])
      expect(classifyFacts(VOTED, other, on(TUESDAY, WEDNESDAY)).kind, other).toBe(
        'different-fact',
      );
  });

  it('still finds two tallies of that vote a disagreement', () => {
    expect(
      classifyFacts(
        VOTED,
        'The sale of Pell Boathouse was carried by fifteen votes to three on Monday.',
        on(TUESDAY, WEDNESDAY),
      ),
    ).toEqual({ kind: 'disagree', aspect: 'number', anchor: ['vote'] });
    // Another boathouse's vote is no dispute about this one.
    const lark = 'The sale of Lark Boathouse was carried by fifteen votes to three on Monday.';
    expect(classifyFacts(VOTED, lark, on(TUESDAY, WEDNESDAY)).kind).toBe('different-fact');
  });
});

/** Each shown passage's source with the sources of its "also reported by", in order shown. */
function links(answer: Answer): Array<[string, string[]]> {
  return [...answer.passages, ...answer.closest].map((p) => [
    p.source.id,
    p.alsoReportedBy.map((q) => q.source.id),
  ]);
}

describe('"also reported by" for one vote told in other words', () => {
  const engine = suiteEngine({
    'voted.md': frontMatterArticle(
      'Rowing club boathouse to be sold',
      'Vale Post',
      TUESDAY,
      `The rowing club will move to new premises next year.\n\n${VOTED}\n\nThe club has used it since its founding.`,
    ),
    'carried.md': frontMatterArticle(
      'Trustees back boathouse sale',
      'Fen Radio',
      WEDNESDAY,
      `A long debate preceded the decision.\n\n${CARRIED}\n\nBuyers have until June to bid.`,
    ),
    'lark.md': frontMatterArticle(
      'Second boathouse decision',
      'Vale Post',
      WEDNESDAY,
      'The sale of Lark Boathouse was carried by fourteen votes to three on Monday.\n\nIts rowers will move to Pell.',
    ),
  });

  it('joins the two reports of the Pell vote and not the Lark one', () => {
    const answer = engine.ask('How did the trustees vote on selling Pell Boathouse?', { limit: 5 });
    const joined = links(answer).flatMap(([id, also]) =>
      also.map((other) => [id, other].sort().join('+')),
    );
    expect(joined).toEqual(['carried+voted']);
  }, 120_000);
});
