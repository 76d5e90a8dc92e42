/**
 * A first main clause whose act is not read (its sentence's event words are the later clause's)
 * is one fact with another report only when they share more than the names of who or what they
 * are about (src/search/select/fact-name-only.ts, fact-clause-relations.ts `relateFirstClauses`).
 * Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { nameTerms } from '../../../src/search/select/fact-name-only.js';
import { analyseFact } from '../../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../../src/search/select/fact-relation.js';
import {
  frontMatterArticle,
  suiteEngine,
  UNRELATED_ARTICLES,
} from '../../support/corpus-fixture.js';

const disaster = 'For grower Ana Brey the frost has been a disaster.';
const heating =
  'Grower Ana Brey is still heating her glasshouses with borrowed stoves, and she says she will have to sell some of her vines this spring.';
/** [the long report's article, the other's] publication dates, and the other way round. */
const longFirst = { published: ['2026-04-14', '2026-04-10'] } as const;
const otherFirst = { published: ['2026-04-10', '2026-04-14'] } as const;

describe('name phrases', () => {
  it('hold a capitalised name and the false title before it, not a verb before it', () => {
    expect(
      [...nameTerms(analyseFact('For hill farmer Owen Pryce the fire was a disaster.'))].sort(),
    ).toEqual(['farmer', 'hill', 'owen', 'pryce']);
    expect([...nameTerms(analyseFact('Police arrested Owen Pryce on Monday.'))].sort()).toEqual([
      'owen',
      'pryce',
    ]);
  });

  it('do not hold a sentence’s first word alone', () => {
    expect(nameTerms(analyseFact('Pryce is a farmer.')).size).toBe(0);
  });
});

describe('a first clause whose act is not read', () => {
  it('is not one fact with a report sharing only the person it names, both ways round', () => {
    expect(classifyFacts(heating, disaster, longFirst).kind).toBe('different-fact');
    expect(classifyFacts(disaster, heating, otherFirst).kind).toBe('different-fact');
  });

  it('is one fact with a report of what it says, in other words', () => {
    const told = 'Ana Brey is still heating her glasshouses with stoves borrowed from neighbours.';
    expect(classifyFacts(heating, told, longFirst).kind).toBe('same-fact');
    expect(classifyFacts(told, heating, otherFirst).kind).toBe('same-fact');
  });

  it('is one fact with a report of its act, beside the name of what it is about', () => {
    const reopens =
      'The Fenby Green library reopens on 3 May, and the council says its café will follow in June.';
    const dates = { published: ['2026-04-20', '2026-04-18'] } as const;
    expect(
      classifyFacts(reopens, 'The library at Fenby Green will reopen on 3 May.', dates).kind,
    ).toBe('same-fact');
    expect(classifyFacts(reopens, 'The Fenby Green library will close on 3 May.', dates).kind).toBe(
      'different-fact',
    );
  });
});

describe('"also reported by" of two outlets naming one grower', () => {
  const engine = suiteEngine({
    'echo.md': frontMatterArticle(
      'Frost ruins Tarn Valley vines',
      'Tarn Echo',
      '2026-04-10',
      `A late frost killed most of the vines in the Tarn Valley last week.\n\n${disaster}`,
    ),
    'radio.md': frontMatterArticle(
      'Tarn Valley growers count the cost',
      'Gull Radio',
      '2026-04-14',
      `Growers in the Tarn Valley are counting the cost of the frost.\n\n${heating}`,
    ),
    ...UNRELATED_ARTICLES,
  });

  it('does not join what each says of her', () => {
    const answer = engine.ask('How has the frost affected Ana Brey?');
    expect(answer.passages.map((passage) => passage.quote)).toContain(disaster);
    expect(answer.passages.flatMap((passage) => passage.alsoReportedBy)).toEqual([]);
  });
});
