/**
 * One club's new stand told by two outlets (src/search/select/fact-relation.ts): a capacity's
 * range with its unit after either end (fact-range-units.ts), a price's change told by "rise from
 * … to …" and by ", up from …" inside a reported clause (fact-change-ends.ts), and a match's
 * score with its day counted from each article's own date ("yesterday" / "on Saturday"). Each
 * pair is shown as "also reported by"; a report of another thing with the same figures is not
 * joined. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';
import { joinedSourcePairs } from '../support/also-reported-links.js';

// 8 March 2026 is a Sunday, 9 March a Monday: "yesterday" in the first and "on Saturday" in the
// second are both 7 March.
describe('"also reported by" for one new stand told by two outlets', () => {
  const engine = suiteEngine({
    'post.md': frontMatterArticle(
      'Wendle Park stand opens',
      'Vale Post',
      '2026-03-08',
      [
        'Capacity at Wendle Park will rise from 12,300 to 19,800 seats when the east stand is finished.',
        'Adult season tickets will rise from £310 to £365 next season.',
        'Corbin Town beat Ashby Wanderers 3-1 in the first match in the new stand yesterday.',
      ].join('\n\n'),
    ),
    'radio.md': frontMatterArticle(
      'Corbin win in new stand',
      'Fen Radio',
      '2026-03-09',
      [
        'Corbin Town beat Ashby Wanderers 3-1 on Saturday in the first match in the new stand.',
        'Capacity at Wendle Park will rise from 12,300 seats to 19,800 when the east stand is finished.',
        'In other news from the club, chief executive Mara Stott confirmed last week that an adult season ticket will cost £365 next season, up from £310.',
      ].join('\n\n'),
    ),
    'parking.md': frontMatterArticle(
      'Parking charges',
      'Vale Post',
      '2026-03-09',
      'Car parking permits at the Kelby depot will cost £365 next season, up from £310.',
    ),
  });

  it('joins the two reports of the capacity', () => {
    const answer = engine.ask('How many seats will Wendle Park hold?', { limit: 5 });
    expect(joinedSourcePairs(answer)).toContain('post+radio');
  }, 240_000);

  it('joins the two reports of the season ticket price, not the parking permits', () => {
    const answer = engine.ask('How much will an adult season ticket cost next season?', {
      limit: 5,
    });
    expect(joinedSourcePairs(answer)).toEqual(['post+radio']);
  }, 240_000);

  it('joins the two reports of the score', () => {
    const answer = engine.ask('What was the score in the first match in the new stand?', {
      limit: 5,
    });
    expect(joinedSourcePairs(answer)).toContain('post+radio');
  }, 240_000);
});
