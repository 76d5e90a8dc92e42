/**
 * The check of `/timeline` filters (src/timeline/query.ts) on a keyword that cannot be matched
 * as typed (src/timeline/keyword-problem.ts). The keyword is matched as words,
 * so a search engine's minus before a word ("-strike", to leave it out) would silently find the
 * word itself: it is refused with a sentence saying so.
 */
import { describe, expect, it } from 'vitest';
import { keywordProblem } from '../../src/timeline/keyword-problem.js';
import { checkTimelineFilters } from '../../src/timeline/index.js';

describe('keywordProblem', () => {
  it('refuses a word written with a leading minus, naming the word to give', () => {
    expect(keywordProblem('-strike')).toBe(
      "keyword: '-strike' starts with '-', which does not leave a word out here: the timeline keeps the entries whose quotes contain the keyword; give the word alone ('strike') to keep those",
    );
    expect(keywordProblem('- pay deal')).toMatch(
      /^keyword: '- pay deal' starts with '-'.*\('pay deal'\)/,
    );
  });

  it('refuses a keyword with no letter or digit: it names no word to look for', () => {
    for (const keyword of ['--', '...', '—', '!?'])
      expect(keywordProblem(keyword), keyword).toBe(
        `keyword: '${keyword}' has no letter or digit, so it names no word to look for`,
      );
  });

  it('accepts words, phrases, quoted phrases, a negative number and an amount', () => {
    for (const keyword of [
      'strike',
      'pay deal',
      "'hot war'",
      '-30',
      '£5m',
      'co-op',
      'U.S.',
      '+strike',
    ])
      expect(keywordProblem(keyword), keyword).toBeNull();
  });
});

describe('checkTimelineFilters', () => {
  it("runs the timeline's own checks first, then the keyword's", () => {
    expect(checkTimelineFilters({ from: '2020-13', keyword: '-war' })).toMatch(/^from: /);
    expect(checkTimelineFilters({ keyword: '  -war ' })).toMatch(/^keyword: '-war' starts with/);
    expect(checkTimelineFilters({ keyword: 'war' })).toBeNull();
    expect(checkTimelineFilters({ source: 'nope' }, ['a'])).toBe(
      "source: no article with id 'nope'",
    );
  });
});
