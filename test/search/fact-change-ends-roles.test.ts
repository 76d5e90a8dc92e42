/**
 * A change's start and end are two roles (src/search/select/fact-change-ends.ts
 * `changeEndsApart`): "The levy rose to $58 million, up from $44 million." / "The levy rose to
 * $44 million, up from $58 million." hold the same two figures in swapped roles, and were joined
 * as one fact when the subject was too short for the figures to be placed by shared wording.
 * Invented sentences and articles.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';
import { joinedSourcePairs } from '../support/also-reported-links.js';

const PUBLISHED = { published: ['2026-04-02', '2026-04-03'] as const };
const RISE = 'The levy rose to $58 million, up from $44 million.';

describe("a change's two ends", () => {
  it('in swapped roles are never one fact', () => {
    for (const [a, b] of <[string, string][]>[
      [RISE, 'The levy rose to $44 million, up from $58 million.'],
      [RISE, 'The levy rose to $61 million, up from $44 million.'],
      [RISE, 'The levy rose to $58 million, up from $39 million.'],
      [
        'The levy rose from $44 million to $58 million.',
        'The levy rose from $58 million to $44 million.',
      ],
      [
        'Fares rose to 900 pence, up from 700 pence.',
        'Fares rose to 700 pence, up from 900 pence.',
      ],
    ]) {
      expect(classifyFacts(a, b, PUBLISHED).kind, `${a} / ${b}`).not.toBe('same-fact');
      expect(classifyFacts(b, a, PUBLISHED).kind, `${b} / ${a}`).not.toBe('same-fact');
    }
  });

  it('alike in each role stay one fact', () => {
    for (const [a, b] of <[string, string][]>[
      [RISE, 'The levy rose to $58 million, up from $44 million, the council said.'],
      // A rounded reading of one end ("about $58 million") states that end.
      [RISE, 'The levy rose to about $58 million, up from $44 million.'],
    ])
      expect(classifyFacts(a, b, PUBLISHED).kind, `${a} / ${b}`).toBe('same-fact');
  });
});

describe('an invented corpus', () => {
  const engine = suiteEngine({
    'post.md': frontMatterArticle(
      'Levy rises',
      'Vale Post',
      '2026-04-02',
      `${RISE}\n\nTraders objected.`,
    ),
    'radio.md': frontMatterArticle(
      'Levy figures',
      'Fen Radio',
      '2026-04-03',
      'The levy rose to $44 million, up from $58 million.\n\nTraders objected.',
    ),
    'echo.md': frontMatterArticle(
      'Levy up',
      'Kelby Echo',
      '2026-04-03',
      'The levy rose to $58 million, up from $44 million, the council said.\n\nTraders objected.',
    ),
  });

  it('joins the two reports of one change, not the swapped one', () => {
    const answer = engine.ask('How much did the levy rise to?', { limit: 5 });
    const pairs = joinedSourcePairs(answer);
    expect(pairs).toContain('echo+post');
    expect(pairs.filter((p) => p.includes('radio'))).toEqual([]);
  }, 240_000);
});
