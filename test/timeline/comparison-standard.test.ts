/**
 * A date in the standard of a comparison ("compared with September last year", "than in 2019",
 * "up 8 per cent on last year", "up from 41 a year earlier", "against the same month last year")
 * dates what the event is compared against, never the event (Quirk et al. 1985, §15.63–15.70):
 * it is left undated, and the event keeps a date of its own. "more than 200 … on 3 March", "fell
 * 3 per cent on Monday", "no later than 3 November" and "protested against the plan in March"
 * keep their dates. Invented Kestrow sentences, published Monday 6 October 2025.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (...paragraphs: string[]) => {
  const { events, undated } = buildTimelineDetailed(articleOf('2025-10-06', ...paragraphs));
  return { dated: events.map((e) => e.date), undated: undated.map((u) => u.text) };
};

describe("a date in a comparison's standard", () => {
  it.each([
    [
      'Footfall on Kestrow Quay fell by 11 per cent compared with September last year.',
      [],
      'September last year',
    ],
    [
      'Compared with last year, ferry crossings to Kestrow rose in March.',
      ['2025-03'],
      'last year',
    ],
    ['Ferry crossings to Kestrow in March were higher than in 2019.', ['2025-03'], '2019'],
    ['Kestrow market takings were up 8 per cent on last year.', [], 'last year'],
    [
      'Fares on the Kestrow ferry rose to 52 pence in March, up from 41 pence in 2019.',
      ['2025-03'],
      '2019',
    ],
    [
      'Ferry crossings to Kestrow in July were 12 per cent higher against the same month last year.',
      ['2025-07'],
      'last year',
    ],
  ])('leaves the standard undated: "%s"', (sentence, dated, undated) => {
    const found = datesOf(sentence);
    expect(found.dated).toEqual(dated);
    expect(found.undated).toContain(undated);
  });

  it('reads a standard counted from the story\'s date: "up from 41,000 a year earlier"', () => {
    const found = datesOf(
      'The Kestrow ferry carried 52,000 passengers in August, up from 41,000 a year earlier.',
    );
    expect(found.dated).toEqual(['2025-08']);
    expect(found.undated).toContain('a year earlier');
  });

  it.each([
    ['More than 200 people attended the Kestrow fair on 3 March.', ['2025-03-03']],
    ['Shares in Kestrow Ferries fell 3 per cent on Monday.', ['2025-10-06']],
    ['The Kestrow vote will be held no later than 3 November.', ['2025-11-03']],
    ['Kestrow traders protested against the plan in March.', ['2025-03']],
    ['Kestrow fares were raised from 41 to 52 pence in March.', ['2025-03']],
    ['The Kestrow fair opened from 9am on Saturday.', ['2025-10-04']],
  ])('keeps the date of an event that is no standard: "%s"', (sentence, dated) => {
    expect(datesOf(sentence).dated).toEqual(dated);
  });
});
