import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { parseTimestamp } from '../../src/corpus/furniture.js';

const HEADLINE = 'Harbour ferry cut to three sailings a day';
const STORY =
  'The ferry between Wexmoor and Holt Island will run three times a day from Monday, the operator said.';
const article = (...blocks: string[]) => blocks.join('\n\n');

describe('a blog’s "Posted …" line: metadata, its section furniture', () => {
  it.each([
    'Posted 3 March 2025 in Local News',
    'Posted in Local News on 3 March 2025',
    'Posted on March 3, 2025 | Filed under: Transport, Local News',
    'Posted: 3 March 2025 | Category: Local News | 2 Comments',
    'This entry was posted on Monday, March 3, 2025 at 9:14 am and is filed under Local News.',
  ])('"%s" gives the date and is dropped', (line) => {
    expect(parseTimestamp(line)).toEqual({ published: '2025-03-03' });
    for (const raw of [article(HEADLINE, line, STORY), `${HEADLINE}\n${line}\n\n${STORY}`]) {
      const cleaned = cleanArticle(raw);
      expect(cleaned.text).toBe(article(HEADLINE, STORY));
      expect(cleaned.headline).toBe(HEADLINE);
      expect(cleaned.dateline).toBe('2025-03-03');
      expect(cleaned.dropped).toContainEqual({ line, reason: 'time stamp' });
    }
  });

  it('gives way to a date stated above it, and is dropped at the foot too', () => {
    const above = cleanArticle(article(HEADLINE, '1 March 2025', 'Posted 3 March 2025', STORY));
    expect(above.dateline).toBe('2025-03-01');
    const foot = cleanArticle(article(HEADLINE, STORY, 'Posted 3 March 2025 in Local News'));
    expect(foot.text).toBe(article(HEADLINE, STORY));
  });

  it.each([
    'Posted on March 3, 2025, the video shows the mayor falling into the harbour.',
    'Published in the Gazette on 3 March 2025, the letter argued for a new ferry.',
  ])('leaves a sentence that opens like one: "%s"', (line) => {
    expect(parseTimestamp(line)).toBeNull();
    expect(cleanArticle(article(HEADLINE, line, STORY)).text).toBe(article(HEADLINE, line, STORY));
  });

  it('reads the author of "Posted on … by NAME in SECTION" without the section', () => {
    expect(parseByline('Posted on 3 March 2025 by Ana Ruiz in Transport')).toEqual({
      author: 'Ana Ruiz',
      outlet: null,
      date: '2025-03-03',
    });
    expect(parseByline('Posted on March 3, 2025 by Ana Ruiz in Local News, Courts')?.author).toBe(
      'Ana Ruiz',
    );
    // Where the reporter filed from is no part of the name either.
    expect(parseByline('By Ana Ruiz in Kyiv')?.author).toBe('Ana Ruiz');
  });
});
