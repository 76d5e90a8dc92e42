/**
 * One match's attendance told two ways by one holder: "The club said 25,912 supporters attended,
 * …" / "A crowd of 24,118 watched the match, the club said." (src/search/select/fact-attendance.ts).
 * A crowd's size counts everyone present; a count of supporters who attended counts some of
 * them, so more supporters than the whole crowd is a disagreement, fewer is none. An object
 * left to the context ("attended,") is the event the sentence before reports, so the two are of
 * one match only when those sentences report one fact.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const PUBLISHED = { published: ['2026-03-08', '2026-03-09'] as const };

const MATCH =
  'Dunmore Town beat Ashby Rovers in the first match at the new East Stand on Saturday.';

const FILES: Record<string, string> = {
  'radio.txt': `Town christen East Stand.\n\n${MATCH}\n\nThe club said 25,912 supporters attended, the largest crowd at Pell Road since 1971.`,
  'weekly.txt': `Win for Town in new stand.\n\n${MATCH}\n\nA crowd of 24,118 watched the match, the club said.`,
  'cup.txt':
    'Town out of the cup.\n\nDunmore Town lost to Kelby United in the county cup at Pell Road on Tuesday.\n\nThe club said 31,000 spectators attended.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('radio.txt', '2026-03-08'),
      datedArticle('weekly.txt', '2026-03-09'),
      datedArticle('cup.txt', '2026-03-10'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe("a crowd's size against a count of those who attended", () => {
  it('differs on the number when the part counted is more than the whole', () => {
    for (const [a, b] of <[string, string][]>[
      [
        'The club said 25,912 supporters attended the match.',
        'A crowd of 24,118 watched the match, the club said.',
      ],
      ['25,912 fans attended the match.', 'A crowd of 24,118 saw the match.'],
      ['A crowd of 25,912 attended the match.', 'A crowd of 24,118 watched the match.'],
    ])
      expect(classifyFacts(a, b, PUBLISHED), `${a} / ${b}`).toMatchObject({
        kind: 'disagree',
        aspect: 'number',
      });
  });

  it('claims nothing when the part counted may be within the whole, or is watched elsewhere', () => {
    for (const [a, b] of <[string, string][]>[
      // Supporters are some of the crowd: fewer of them than the crowd is no contradiction.
      [
        'The club said 21,000 supporters attended the match.',
        'A crowd of 24,118 watched the match, the club said.',
      ],
      // Two matches.
      ['25,912 fans attended the final.', 'A crowd of 24,118 watched the replay.'],
      // Viewers of a broadcast are no crowd present.
      ['25,912 fans attended the match.', '24,118 people watched the match on television.'],
      ['25,912 fans attended the match.', 'A crowd of 24,118 watched the match on a big screen.'],
    ])
      expect(classifyFacts(a, b, PUBLISHED).kind, `${a} / ${b}`).not.toBe('disagree');
  });
});

describe('an attendance whose event is left to the sentence before', () => {
  it('is of the event the other reports only when the sentences before report one fact', () => {
    const implicit = 'The club said 25,912 supporters attended, the largest crowd since 1971.';
    const crowd = 'A crowd of 24,118 watched the match, the club said.';
    const related = (leanedOnAlike?: () => boolean) =>
      classifyFacts(implicit, crowd, { ...PUBLISHED, ...(leanedOnAlike ? { leanedOnAlike } : {}) });
    expect(related(() => true)).toMatchObject({ kind: 'disagree', aspect: 'number' });
    expect(related(() => false).kind).not.toBe('disagree');
    expect(related().kind).not.toBe('disagree');
  });

  it('is set against one of the event the other article reports', () => {
    // Not yet "how many people watched the first match" (the 25,912 sentence holds none of its
    // words, so it is no candidate) nor "what did the club say the crowd was" (of no answer
    // type, a note needs the values after shared words the question holds: differ-anchor.ts).
    for (const question of [
      'how many supporters attended the first match',
      'how many supporters attended the match',
    ]) {
      const differ = engine.ask(question).sourcesDiffer;
      expect(
        differ.map((d) => d.aspect),
        question,
      ).toEqual(['number']);
      expect(differ[0]?.quotes.map((q) => q.source.id).sort(), question).toEqual([
        'radio',
        'weekly',
      ]);
    }
  });

  it('is not set against the crowd of another match', () => {
    for (const question of [
      'how many watched the cup match',
      'what was the crowd at the cup match',
    ])
      for (const d of engine.ask(question).sourcesDiffer)
        expect(
          d.quotes.map((q) => q.source.id),
          question,
        ).not.toContain('cup');
  });
});
