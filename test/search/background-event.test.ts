/**
 * An earlier event of the kind a question asks about, told as background ("In 1981 seven workers
 * were trapped …" in a report of 2024), gives its place to the main event's passage when the
 * question names no time of its own (background-event.ts; van Dijk 1988's news schema; TimeML:
 * events anchored at different times are different events). A question naming the year keeps
 * the background passage first. An article that states no date is read against the latest year
 * the coverage states. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { namesOwnTime, opensOnYear, toldAsBackground } from '../../src/search/background-event.js';
import { dayNumber } from '../../src/text/calendar.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const REPORT: SearchFixtureArticle = {
  id: 'wire-quarry',
  title: 'Pump failure floods Holm quarry',
  outlet: 'Holm Wire',
  published: '2024-05-02',
  paragraphs: [
    ['Four workers were trapped yesterday after a pump failed at the Holm quarry.'],
    ['Rescuers said the men had air and water.'],
    ['In 1981 seven workers were trapped in the flooded Holm quarry tunnel for 40 hours.'],
  ],
};
const HISTORY: SearchFixtureArticle = {
  id: 'review-history',
  title: 'The tunnel’s long record of floods',
  outlet: 'Holm Review',
  published: null,
  paragraphs: [
    ['In 1995 two workers were trapped in the flooded Holm quarry tunnel for 6 hours.'],
    ['The tunnel was dug for the limestone trade.'],
  ],
};
const RESCUE: SearchFixtureArticle = {
  id: 'post-rescue',
  title: 'Quarry workers freed',
  outlet: 'Holm Post',
  published: '2024-05-05',
  paragraphs: [
    ['Rescuers freed the four workers on Friday, three days after they were trapped.'],
    ['The pump has been replaced.'],
  ],
};
const OTHERS: SearchFixtureArticle[] = [
  {
    id: 'radio-council',
    title: 'Council to review quarry safety',
    outlet: 'Radio Holm',
    published: '2024-05-06',
    paragraphs: [['The council will review safety at every quarry in the district.']],
  },
];

describe('an earlier event told as background', () => {
  it('is a passage whose every stated time is more than a decade before the reference year', () => {
    const y1981 = { first: dayNumber(1981, 1, 1), last: dayNumber(1981, 12, 31) };
    const y2023 = { first: dayNumber(2023, 1, 1), last: dayNumber(2023, 12, 31) };
    expect(toldAsBackground([y1981], 2024)).toBe(true);
    expect(toldAsBackground([y1981, y2023], 2024)).toBe(false);
    expect(toldAsBackground([y2023], 2024)).toBe(false);
    expect(toldAsBackground([], 2024)).toBe(false);
    expect(toldAsBackground([y1981], null)).toBe(false);
  });

  it('is read only of a sentence opening on an adjunct of time that holds a year', () => {
    expect(opensOnYear('In 1981 seven workers were trapped.')).toBe(true);
    expect(opensOnYear('Back in March 1981, seven workers were trapped.')).toBe(true);
    expect(opensOnYear('Since 1981 the tunnel has flooded twice.')).toBe(false);
    expect(opensOnYear('The tunnel, which was dug in 1901, is 300 metres long.')).toBe(false);
  });

  it('is not read for a question naming a time or an earlier frame of its own', () => {
    expect(namesOwnTime('how many workers were trapped')).toBe(false);
    expect(namesOwnTime('how many workers were trapped in 1981')).toBe(true);
    expect(namesOwnTime('what happened in the previous flood')).toBe(true);
    expect(namesOwnTime('how long ago was the tunnel dug')).toBe(true);
  });

  it('puts the main event before the background of earlier years, dated or not', () => {
    const { engine } = engineOver(REPORT, HISTORY, RESCUE, ...OTHERS);
    const answer = engine.ask('how long were the workers trapped');
    expect(answer.passages[0]?.quote).toContain('three days after they were trapped');
    const then = engine.ask('how long were the workers trapped in 1981');
    expect(then.passages[0]?.quote).toContain('In 1981 seven workers');
  });
});
