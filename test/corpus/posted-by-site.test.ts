import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/corpus/byline.js';
import { cleanArticle } from '../../src/corpus/clean.js';

const HEADLINE = 'Allotment rents frozen for another year';
const STORY = 'Rents for allotments in Fernley will stay at £40 a year, the parish clerk said.';

describe('a blog’s "Posted by NAME on SITE, DATE" credit line', () => {
  it('states the author, the site and the date', () => {
    expect(parseByline('Posted by Carys Webb on Fernley Notes, 2 May 2026')).toEqual({
      author: 'Carys Webb',
      outlet: 'Fernley Notes',
      date: '2026-05-02',
    });
  });

  it('is dropped from the text as a byline, its date the dateline', () => {
    const line = 'Posted by Carys Webb on Fernley Notes, 2 May 2026';
    const cleaned = cleanArticle(`${HEADLINE}\n\n${line}\n\n${STORY}`);
    expect(cleaned.text).toBe(`${HEADLINE}\n\n${STORY}`);
    expect(cleaned.dateline).toBe('2026-05-02');
  });

  it.each(['Posted by Carys Webb on Monday', 'Posted by the clerk on Fernley Notes, who said no.'])(
    'names no site when "on" is followed by a day or a sentence: "%s"',
    (line) => {
      expect(parseByline(line)?.outlet ?? null).toBeNull();
    },
  );
});
