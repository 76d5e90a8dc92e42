/**
 * A page line (byline, dateline) answers a question about the article itself, never a question
 * about an event in the story because one of its words is a word of an article's name: "what
 * date does the ballot close" asks when the ballot closes, not when the article titled "Mill to
 * close…" came out. A tiny invented corpus read from files.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  // Its file name (its id) and title hold "close"; it never mentions a ballot.
  'mill-to-close.txt': [
    'Harwick mill to close with loss of 90 jobs',
    'By Ana Ruiz, Coast Post',
    'March 4, 2023',
    'The Harwick paper mill will shut in June, its owners said.',
    'The site has made paper since 1921.',
  ].join('\n\n'),
  // Its id holds "ballot"; it states no date line.
  'mill-ballot.txt': [
    'Mill workers vote on strike',
    'Workers at the Harwick mill began voting on strike action on Monday.',
    'The ballot closes on 12 April.',
  ].join('\n\n'),
  ...UNRELATED_ARTICLES,
};

const engine = suiteEngine(FILES);

const pageQuotes = (answer: Answer) =>
  answer.passages.filter((passage) => passage.page).map((passage) => passage.quote);

describe('"what date does the ballot close"', () => {
  it('is answered by the story, not by the dateline of an article whose name says "close"', () => {
    const answer = engine.ask('what date does the ballot close');
    expect(pageQuotes(answer)).toEqual([]);
    expect(answer.passages[0]?.quote).toBe('The ballot closes on 12 April.');
  });

  it('while a question about the article itself still gets its date line', () => {
    const answer = engine.ask('what date was the story about the mill closing published');
    expect(pageQuotes(answer)[0]).toBe('March 4, 2023');
  });
});
