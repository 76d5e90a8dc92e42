/**
 * A definite noun phrase refers to what its context identifies (Hawkins 1978; Halliday & Hasan
 * 1976): "A crowd of 9,406 watched the match." / "A crowd of 24,118 watched the match." are of
 * one match only when the sentences before may name one. When they name different teams or
 * different days, "sources differ" on the two counts would be untrue
 * (src/search/select/fact-context-referents.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import {
  contextsApart,
  leavesReferentToContext,
} from '../../src/search/select/fact-context-referents.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const PUBLISHED: readonly [string, string] = ['2026-03-08', '2026-03-10'];

const apart = (x: string, y: string, published = PUBLISHED) =>
  contextsApart([analyseFact(x), analyseFact(y)], published);

describe('a passage that leaves its referent to the context', () => {
  it('holds a definite noun phrase and names nothing', () => {
    for (const text of [
      'A crowd of 24,118 watched the match.',
      'A crowd of 24,118 watched the match, the club said.',
      'The tickets for the concert cost £20.',
    ])
      expect(leavesReferentToContext(analyseFact(text)), text).toBe(true);
    for (const text of [
      'A crowd of 24,118 watched the match against Ashby Rovers.',
      'Dunmore Town drew a crowd of 24,118.',
      'A crowd of 24,118 watched.',
      // The story's participants are the same in every report of it: a dispute stands.
      'The hackers had demanded £4 million in cryptocurrency.',
      'The university said the hackers had demanded £2.4 million.',
    ])
      expect(leavesReferentToContext(analyseFact(text)), text).toBe(false);
  });
});

describe('two contexts', () => {
  it('are apart when they name different things or different days', () => {
    expect(
      apart(
        'Dunmore Town beat Ashby Rovers at Pell Road.',
        'Kelby United drew with Lowther Athletic.',
      ),
    ).toBe(true);
    expect(
      apart(
        'Dunmore Town beat Ashby Rovers on Saturday.',
        'Dunmore Town lost to Kelby United on Tuesday.',
      ),
    ).toBe(true);
    expect(apart('Town won on 3 March.', 'Town won on 9 March.')).toBe(true);
  });

  it('are not apart when they may name one thing', () => {
    // One match: a name shared, the same day (8 March's "yesterday" is 7 March, a Saturday).
    expect(
      apart(
        'Dunmore Town beat Ashby Rovers on Saturday.',
        "Sam Okafor's header gave Town victory over Ashby.",
      ),
    ).toBe(false);
    expect(
      apart('Dunmore Town beat Ashby Rovers on Saturday.', 'Town beat Ashby Rovers yesterday.', [
        '2026-03-08',
        '2026-03-08',
      ]),
    ).toBe(false);
    // A context that names nothing or states no day sets nothing apart.
    expect(apart('It was a cold afternoon.', 'Kelby United drew with Lowther Athletic.')).toBe(
      false,
    );
    expect(apart('Town won on Saturday.', 'Town won.')).toBe(false);
  });
});

describe('a disagreement between two passages that leave the referent to the context', () => {
  const a = 'A crowd of 9,406 watched the match.';
  const b = 'A crowd of 24,118 watched the match.';

  it('stands unless the contexts are apart', () => {
    const related = (contextsApart?: () => boolean) =>
      classifyFacts(a, b, { published: PUBLISHED, ...(contextsApart ? { contextsApart } : {}) });
    expect(related()).toMatchObject({ kind: 'disagree', aspect: 'number' });
    expect(related(() => false)).toMatchObject({ kind: 'disagree', aspect: 'number' });
    expect(related(() => true)).toMatchObject({ kind: 'different-fact' });
  });

  it('is not set aside by context when a passage names what it is about', () => {
    const named = [
      'A crowd of 9,406 watched the match against Ashby Rovers.',
      'A crowd of 24,118 watched the match against Ashby Rovers.',
    ] as const;
    expect(
      classifyFacts(named[0], named[1], { published: PUBLISHED, contextsApart: () => true }),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });
});

const FILES: Record<string, string> = {
  'weekly.txt':
    'Town win at the new stand.\n\nDunmore Town beat Ashby Rovers 2-1 at Pell Road on Saturday.\n\nA crowd of 24,118 watched the match.',
  'herald.txt':
    'Cup exit for Town.\n\nDunmore Town lost to Kelby United in the county cup on Tuesday.\n\nA crowd of 9,406 watched the match.',
  'radio.txt':
    'Town christen new stand.\n\nDunmore Town beat Ashby Rovers 2-1 at Pell Road yesterday.\n\nA crowd of 21,000 watched the match.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('weekly.txt', '2026-03-08'),
      datedArticle('herald.txt', '2026-03-10'),
      datedArticle('radio.txt', '2026-03-08'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe('an invented corpus', () => {
  it('sets two crowds of one match against each other, never a crowd of another match', () => {
    for (const question of ['how many watched the match', 'what was the crowd at the match']) {
      const differ = engine.ask(question).sourcesDiffer;
      for (const d of differ)
        expect(d.quotes.map((q) => q.source.id).sort(), question).not.toContain('herald');
    }
    const differ = engine.ask('how many watched the match').sourcesDiffer;
    expect(differ.map((d) => d.quotes.map((q) => q.source.id).sort())).toContainEqual([
      'radio',
      'weekly',
    ]);
  });
});
