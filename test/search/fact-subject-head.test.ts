/**
 * Subjects with different heads are two things (src/search/select/fact-subject-head.ts):
 * "Capacity at Wendle Park will reach 19,800 seats" / "Parking at Wendle Park will reach 19,800
 * seats" share every word but the head, and the stem of "Parking" is the "Park" of the name, so
 * the two were joined as one fact. Invented sentences and articles.
 */
import { describe, expect, it } from 'vitest';
import { openingSubject } from '../../src/search/select/fact-subject-head.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';
import { joinedSourcePairs } from '../support/also-reported-links.js';

const PUBLISHED = { published: ['2026-03-08', '2026-03-09'] as const };

describe("a claim's opening subject head", () => {
  it('is the noun before a postmodifying preposition', () => {
    expect(openingSubject('Capacity at Wendle Park will reach 19,800 seats.')).toEqual({
      head: 'capac',
      postmodifier: 'at wendle park will',
    });
    expect(openingSubject('The parking at the ground will double.')?.head).toBe('park');
  });

  it('is none for a quantity, a name after a determiner or no postmodifier', () => {
    for (const claim of [
      'Two of the men were hurt.',
      'Up to 300 people at the hall were evacuated.',
      'Most in the hall left.',
      'The Wendle Park stand will hold 19,800.',
      'Capacity will reach 19,800 seats.',
    ])
      expect(openingSubject(claim), claim).toBeNull();
  });
});

describe('two claims whose subjects have different heads', () => {
  it('are neither one fact nor a dispute', () => {
    for (const [a, b] of <[string, string][]>[
      [
        'Capacity at Wendle Park will reach 19,800 seats.',
        'Parking at Wendle Park will reach 19,800 seats.',
      ],
      [
        'The club said capacity at Wendle Park will reach 19,800 seats.',
        'The club said parking at Wendle Park will reach 19,800 seats.',
      ],
      [
        'Capacity at Wendle Park will reach 19,800 seats.',
        'Parking at Wendle Park will reach 21,000 seats.',
      ],
    ])
      expect(classifyFacts(a, b, PUBLISHED).kind, `${a} / ${b}`).toBe('different-fact');
  });

  it('leaves one subject told alike as it was', () => {
    expect(
      classifyFacts(
        'The club said capacity at Wendle Park will reach 19,800 seats.',
        'Capacity at Wendle Park will reach 19,800 seats, the club said.',
        PUBLISHED,
      ).kind,
    ).toBe('same-fact');
    expect(
      classifyFacts(
        'Capacity at Wendle Park will reach 19,800 seats.',
        'Capacity at Wendle Park will reach 21,000 seats.',
        PUBLISHED,
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
    // One body named in other words ("Scientists at the Halden Marine Institute" / "The
    // institute in Halden"): another postmodifier, left to the other rules.
    expect(
      classifyFacts(
        'Scientists at the Halden Marine Institute weighed the haul at 7.4 kilograms.',
        'The institute in Halden weighed the haul at 7.4 kilograms.',
        PUBLISHED,
      ).kind,
    ).toBe('same-fact');
    // One report's subject unread (no postmodifier): the other rules decide, as before.
    expect(
      classifyFacts(
        'Two of the stewards at Wendle Park were hurt.',
        'Two of the stewards at Wendle Park were hurt, police said.',
        PUBLISHED,
      ).kind,
    ).toBe('same-fact');
  });
});

describe('an invented corpus', () => {
  const engine = suiteEngine({
    'post.md': frontMatterArticle(
      'Wendle Park grows',
      'Vale Post',
      '2026-03-08',
      'Capacity at Wendle Park will reach 19,800 seats next season.',
    ),
    'radio.md': frontMatterArticle(
      'Wendle Park parking',
      'Fen Radio',
      '2026-03-09',
      'Parking at Wendle Park will reach 19,800 seats next season.',
    ),
    'echo.md': frontMatterArticle(
      'Wendle Park stand',
      'Kelby Echo',
      '2026-03-09',
      'Capacity at Wendle Park will reach 19,800 seats next season, the club said.',
    ),
  });

  it('joins the two reports of the capacity, not the parking', () => {
    const answer = engine.ask('What will capacity at Wendle Park reach?', { limit: 5 });
    const pairs = joinedSourcePairs(answer);
    expect(pairs).toContain('echo+post');
    expect(pairs.filter((p) => p.includes('radio'))).toEqual([]);
  }, 240_000);
});
