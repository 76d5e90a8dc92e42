/**
 * The index saves a timeline quote by its article and offsets (saved-timeline.ts): the quoted
 * text is already saved as the article's, and the source is the article's metadata. Read back,
 * the timeline is the one built, field for field.
 */
import { describe, expect, it } from 'vitest';
import { readTimeline, saveTimeline } from '../../src/engine/saved-timeline.js';
import { sourceOf } from '../../src/timeline/events.js';
import { gazetteArticle } from '../timeline/fixtures.js';
import type { TimelineEvent } from '../../src/types/timeline.js';

const ARTICLES = [
  gazetteArticle(
    'dam',
    '2024-03-04',
    'The dam was built in 1962. Boat trips were halted on 3 March 2024.',
  ),
  gazetteArticle(
    'ferry',
    '2024-03-04',
    'The ferry resumed on 3 March 2024. It had stopped in 2023.',
  ),
];

function quoteOf(a: number, start: number, end: number) {
  const source = sourceOf(ARTICLES[a]!);
  return { quote: ARTICLES[a]!.text.slice(start, end), source, start, end };
}

const TIMELINE: TimelineEvent[] = [
  { date: '1962', precision: 'year', yearStated: true, future: false, quotes: [quoteOf(0, 0, 26)] },
  {
    date: '2024-03-03',
    precision: 'day',
    yearStated: true,
    future: false,
    deadline: true,
    quotes: [
      quoteOf(0, 27, ARTICLES[0]!.text.length),
      { ...quoteOf(1, 0, 34), precision: 'month', dates: 'the ferry' },
    ],
  },
];

describe('the saved timeline', () => {
  it('saves quotes without their text or source, and reads back the timeline built', () => {
    const saved = saveTimeline(TIMELINE, ARTICLES);
    expect(saved[1]!.quotes[1]).toEqual({
      article: 1,
      start: 0,
      end: 34,
      precision: 'month',
      dates: 'the ferry',
    });
    const read = readTimeline(JSON.parse(JSON.stringify(saved)), ARTICLES);
    expect(read).toEqual(TIMELINE);
    // Written as JSON, field for field in the same order.
    expect(JSON.stringify(read)).toBe(JSON.stringify(TIMELINE));
    // One source per article, shared by its quotes.
    expect(read[0]!.quotes[0]!.source).toBe(read[1]!.quotes[0]!.source);
  });

  it("refuses to save a quote that is not its article's text at its offsets", () => {
    const wrong = [
      { ...TIMELINE[0]!, quotes: [{ ...quoteOf(0, 0, 26), quote: 'The dam was built in 1963' }] },
    ];
    expect(() => saveTimeline(wrong, ARTICLES)).toThrow('is not its article');
    const moved = [
      { ...TIMELINE[0]!, quotes: [{ ...quoteOf(0, 0, 26), source: sourceOf(ARTICLES[1]!) }] },
    ];
    expect(() => saveTimeline(moved, ARTICLES)).toThrow('is not its article');
  });

  it('refuses a saved quote of no article of the corpus', () => {
    const saved = saveTimeline(TIMELINE, ARTICLES);
    expect(() => readTimeline(saved, ARTICLES.slice(0, 1))).toThrow('names no article');
  });
});
