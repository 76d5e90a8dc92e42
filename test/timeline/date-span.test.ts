/**
 * A date is read where it was found, never looked for by its words: a quote may hold the
 * sentence before its date's (a pronoun subject leans on it) with the same date words, and
 * readings of an action, a part of a month or the days a sentence states must be of the date's
 * own sentence and offsets (TimeML: each TIMEX3 is anchored by its own offsets in the text).
 * Invented council, viaduct and ferry articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf, entrySources, type FixtureArticle } from './fixtures.js';

const article = (id: string, published: string, ...sentences: string[]): FixtureArticle => ({
  id,
  published,
  paragraphs: [sentences],
});

describe('the action of a date whose words the sentence before also holds', () => {
  it('"on Monday" twice: the sale ahead is no source of the closing ahead', () => {
    // Published Wednesday 11 March 2026: the vote was on 9 March, the sale is on 16 March.
    const gazette = article(
      'gazette',
      '2026-03-11',
      'The council voted on Monday to close Elm Street pool.',
      'It will sell the Kell Road library on Monday.',
    );
    const post = article('post', '2026-03-11', 'The council will close Elm Street pool on Monday.');
    expect(entrySources([gazette, post], true)).toEqual([
      '2026-03-09: gazette',
      '2026-03-16 future: gazette',
      '2026-03-16 future: post',
    ]);
  });

  it('the second "on Monday" is read with its own act: the library sale joins its other source', () => {
    const gazette = article(
      'gazette',
      '2026-03-11',
      'The council voted on Monday to close Elm Street pool.',
      'It will sell the Kell Road library on Monday.',
    );
    const post = article(
      'post',
      '2026-03-11',
      'The council will sell the Kell Road library on Monday.',
    );
    expect(entrySources([gazette, post], true)).toEqual([
      '2026-03-09: gazette',
      '2026-03-16 future: gazette, post',
    ]);
  });
});

describe("the part of a month read at the date, not at the month's first mention", () => {
  // Published May 2026: the footbridge reopened in March 2026, the viaduct reopens in March 2027.
  const ledger = (part: string) =>
    article(
      'ledger',
      '2026-05-10',
      'The trust reopened the footbridge over the Kell in early March.',
      `It expects to reopen the viaduct over the Kell in ${part}.`,
    );
  const council = article(
    'council',
    '2026-05-12',
    'The trust expects to reopen the viaduct over the Kell on 16 March 2027.',
  );

  it('"late March" ahead, after "early March" past in the sentence before, is no source of 16 March', () => {
    expect(entrySources([ledger('late March'), council], true)).toEqual([
      '2026-03: ledger',
      '2027-03 future: ledger',
      '2027-03-16 future: council',
    ]);
  });

  it('"mid-March" is', () => {
    expect(entrySources([ledger('mid-March'), council], true)).toEqual([
      '2026-03: ledger',
      '2027-03-16 future: ledger, council',
    ]);
  });
});

describe("the days a sentence states are its own, not the sentence before's", () => {
  it('a month leaning on a sentence that dates another day joins the day it tells', () => {
    const ledger = article(
      'ledger',
      '2026-04-02',
      'The ferry company sold its Tarnby depot on 2 March.',
      'It cut the Orlby crossing in March, after the storm damage.',
    );
    const post = article(
      'post',
      '2026-04-03',
      'The ferry company cut the Orlby crossing on 20 March.',
    );
    expect(entrySources([ledger, post])).toEqual([
      '2026-03-02: ledger',
      '2026-03-20: ledger, post',
    ]);
  });
});

describe('a date of a leaning sentence that the sentence before also gives', () => {
  it('"last year" twice, two acts: the route cut is listed, and joins its other source', () => {
    const ledger = article(
      'ledger',
      '2026-05-10',
      'The ferry firm was sold last year.',
      'It cut the Tarnby route last year, the council said.',
    );
    const post = article('post', '2026-05-11', 'The ferry firm cut the Tarnby route last year.');
    expect(entrySources([ledger, post])).toEqual(['2025: ledger', '2025: ledger, post']);
  });

  it('"on Monday" twice, one sinking: one quote, the longer, which holds the other', () => {
    const quotes = buildTimeline(
      corpusOf(
        article(
          'ledger',
          '2026-03-11',
          'The ferry Kell Star sank off Tarnby on Monday.',
          'It sank in calm water on Monday, the coastguard said.',
        ),
      ),
    ).map((e) => [e.date, e.quotes.map((q) => q.quote)]);
    expect(quotes).toEqual([
      [
        '2026-03-09',
        [
          'The ferry Kell Star sank off Tarnby on Monday. It sank in calm water on Monday, the coastguard said.',
        ],
      ],
    ]);
  });
});
