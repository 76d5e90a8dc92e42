/**
 * A kind of person counted above the people counted under one act cannot both hold
 * (src/search/select/fact-general-nouns.ts `personKindAboveGeneral`): every tenant is a person,
 * so "More than 90 tenants were evacuated" / "About 40 people were evacuated" is a dispute, where
 * before the two counted nouns kept the counts apart. Invented sentences and articles.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

const PUBLISHED = { published: ['2026-02-10', '2026-02-10'] as const };
const TENANTS = 'More than 90 tenants were evacuated, the fire service said.';
const PEOPLE = 'About 40 people were evacuated, the fire service said.';

const both = (a: string, b: string) => [
  classifyFacts(a, b, PUBLISHED).kind,
  classifyFacts(b, a, PUBLISHED).kind,
];

describe('a kind of person counted above the people counted', () => {
  it('is a disagreement on the number', () => {
    expect(both(TENANTS, PEOPLE)).toEqual(['disagree', 'disagree']);
    // The kind's count narrowed ("from the flats") still counts persons the people include.
    expect(
      both('More than 90 tenants were evacuated from the flats, the fire service said.', PEOPLE),
    ).toEqual(['disagree', 'disagree']);
  });

  it('is none when both may hold, or when the counts are of other acts or things', () => {
    for (const [a, b] of <[string, string][]>[
      // More people than tenants: the people may include others.
      [
        'About 40 tenants were evacuated, the fire service said.',
        'More than 90 people were evacuated, the fire service said.',
      ],
      // The people's count narrowed to one place may count fewer than all the tenants.
      [TENANTS, 'About 40 people were evacuated from the school, the fire service said.'],
      // Another act.
      [TENANTS, 'About 40 people were rescued, the fire service said.'],
      // Homes are no kind of person.
      ['More than 90 homes were evacuated, the fire service said.', PEOPLE],
    ])
      expect(both(a, b), `${a} / ${b}`).not.toContain('disagree');
  });
});

describe('an invented corpus', () => {
  const engine = suiteEngine({
    'post.md': frontMatterArticle(
      'Flats fire',
      'Vale Post',
      '2026-02-10',
      `${TENANTS}\n\nThe blaze started in a kitchen.`,
    ),
    'radio.md': frontMatterArticle(
      'Fire in Kelby',
      'Fen Radio',
      '2026-02-10',
      `${PEOPLE}\n\nCrews stayed overnight.`,
    ),
    'echo.md': frontMatterArticle(
      'School drill',
      'Kelby Echo',
      '2026-02-10',
      'About 40 people were evacuated from the school, the fire service said.\n\nNobody was hurt.',
    ),
  });

  it('says the sources differ on the two counts of one evacuation only', () => {
    const answer = engine.ask('How many people were evacuated?', { limit: 5 });
    const pairs = differing(answer);
    expect(pairs).toContain('post+radio');
    expect(pairs.filter((p) => p.includes('echo'))).toEqual([]);
  }, 240_000);
});

/** The sources of each "sources differ", sorted and joined. */
function differing(answer: Answer): string[] {
  return answer.sourcesDiffer.map((d) =>
    d.quotes
      .map((q) => q.source.id)
      .sort()
      .join('+'),
  );
}
