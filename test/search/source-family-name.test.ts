/**
 * An author's family name inside a place's name the coverage writes ("at Ashby Reeve", beside
 * the author "Clara Reeve") is the place's, and names no source:
 * plan/outlet-word-use.ts `familyNameNames`, read by plan/source-match.ts as `writesInName`.
 * Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { familyNameNames } from '../../src/search/plan/outlet-word-use.js';
import { frontMatterArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const article = (title: string, outlet: string, date: string, author: string, text: string) =>
  frontMatterArticle(title, outlet, date, text, author);

const FILES = {
  'plan.md': article(
    'Ferry timetable to drop three island stops',
    'Harlow Courier',
    '2026-03-02',
    'Clara Reeve',
    'The operator said ferries would no longer call at three island piers from June.\n\nThe operator said the new boats were too long for the old piers.',
  ),
  'react.md': article(
    'Islanders angry at ferry plan',
    'Island Echo',
    '2026-03-04',
    'Tom Ridley',
    'Residents of Ashby Reeve say they will be cut off.\n\nThe pier at Ashby Reeve carried 12,000 passengers a year before the pandemic, the harbour board said.',
  ),
  ...UNRELATED_ARTICLES,
};

describe('a family name inside another name', () => {
  it('is a place when the coverage writes the two words as a place', () => {
    const texts = () => ['The pier at Ashby Reeve carried 12,000 passengers.'];
    const proper = (term: string) => term !== 'presid';
    const names = familyNameNames(['Clara Reeve', 'Tom Ridley'], texts, 10, proper);
    expect(names('ashbi', 'reev')).toBe(true);
    // The person's own name, a word also written in lower case (a role), a courtesy title,
    // a word that is no family name, or a pair the coverage never writes.
    expect(names('clara', 'reev')).toBe(false);
    expect(familyNameNames(['Clara Reeve'], texts, 10, () => false)('ashbi', 'reev')).toBe(false);
    expect(names('cllr', 'reev')).toBe(false);
    expect(names('ashbi', 'pier')).toBe(false);
    expect(names('ridley', 'reev')).toBe(false);
    // Another name of a person (a nickname: "Tam Reeve said …") may be the author's own.
    const nickname = () => ['Tam Reeve said the piers were too short.'];
    expect(familyNameNames(['Clara Reeve'], nickname, 10, () => true)('tam', 'reev')).toBe(false);
  });

  const engine = suiteEngine(FILES);

  it("answers from the article on the place, not from the namesake author's", () => {
    const answer = engine.ask(
      'how many passengers did the ashby reeve pier carry before the pandemic?',
    );
    expect(answer.passages[0]?.quote).toContain('12,000 passengers');
  });

  it("still names the source by its author's name", () => {
    const answer = engine.ask('what did clara reeve report about the piers?');
    expect(answer.passages.slice(0, 2).map((passage) => passage.source.id)).toEqual([
      'plan',
      'plan',
    ]);
  });
});
