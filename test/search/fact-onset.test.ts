/**
 * A state told from its start against the act that started it (src/search/select/fact-onset.ts):
 * "The Pelham lido has stood on Marsh Lane since 1937" dates the beginning "The Pelham lido
 * opened in 1937" tells. Another year, a state of being shut, another lido, an act of another
 * doer, a reopening, a denial and a hedged state stay apart. Invented sentences and articles.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { onsetOfState, onsetsMeet, readOnsets } from '../../src/search/select/fact-onset.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

const relate = (a: string, b: string, published: [string, string] = ['2026-03-10', '2026-03-20']) =>
  classifyFacts(a, b, { published });

const OPENED = 'The Pelham lido, on Marsh Lane, opened in 1937 and is run by a charity.';
const STOOD = 'The Pelham lido has stood on Marsh Lane since 1937, the charity says.';

describe('a state since a year and the act that began it', () => {
  it('is read in its narrow form only', () => {
    expect(onsetOfState('The lido opened in 1937.', 'The lido has stood since 1937.')).toBe(true);
    expect(onsetOfState('The lido has been open since 1937.', 'The lido was built in 1937.')).toBe(
      true,
    );
    expect(onsetOfState('The lido opened in 1937.', 'The lido has been closed since 1937.')).toBe(
      false,
    );
    expect(onsetOfState('The lido reopened in 1937.', 'The lido has stood since 1937.')).toBe(
      false,
    );
    expect(
      onsetOfState('The council opened a second lido in 1937.', 'The lido has stood since 1937.'),
    ).toBe(false);
  });

  it('is one fact, both ways round', () => {
    expect(relate(OPENED, STOOD)).toEqual({ kind: 'same-fact' });
    expect(relate(STOOD, OPENED, ['2026-03-20', '2026-03-10'])).toEqual({ kind: 'same-fact' });
    expect(relate('The lido opened in 1937.', 'The lido has been open since 1937.')).toEqual({
      kind: 'same-fact',
    });
  });

  it('is no "also reported by" for a sentence asserting something else, the state in a supplement', () => {
    const lost = 'The Pelham lido, which has stood on Marsh Lane since 1937, lost money last year.';
    expect(relate(OPENED, lost).kind).toBe('different-fact');
  });

  it('keeps apart another year, a closure, another lido, another doer, a reopening, a denial', () => {
    for (const [a, b] of [
      ['The lido opened in 1937.', 'The lido has stood on Marsh Lane since 1938.'],
      ['The lido opened in 1937.', 'The lido has been closed since 1937.'],
      ['The Pelham lido opened in 1937.', 'The Arden lido has stood since 1937.'],
      ['The council opened a second lido in 1937.', 'The lido has stood since 1937.'],
      ['The lido reopened in 1937.', 'The lido has stood since 1937.'],
      ['The lido did not open in 1937.', 'The lido has stood since 1937.'],
      ['The lido opened in 1937.', 'The lido is thought to have stood since 1937.'],
      ['The lido on Marsh Lane opened in 1937.', 'The lido has stood on Quay Street since 1937.'],
    ])
      expect(relate(a as string, b as string).kind).toBe('different-fact');
  });
});

describe('a reading of one text kept for every pair it is weighed in', () => {
  const texts = [
    'The lido opened in 1937.',
    'The lido has stood since 1937.',
    'Since 1937 the lido has stood on Marsh Lane.',
    'The lido, which has stood on Marsh Lane Since 1937, lost money.',
    'The lido was built in 1937.',
    'The lido has been closed since 1937.',
    'The lido opened in 1938.',
    'A lido with no year.',
  ];

  it('answers every pair as reading both texts afresh does, either way round', () => {
    const readings = texts.map(readOnsets);
    texts.forEach((a, i) =>
      texts.forEach((b, j) =>
        expect(onsetsMeet(readings[i]!, readings[j]!), `${a} / ${b}`).toBe(onsetOfState(a, b)),
      ),
    );
  });

  it('reads a state written with a capital "Since" when the other text writes "since" and a year', () => {
    const capital = readOnsets('The lido, which has stood on Marsh Lane Since 1937, lost money.');
    expect(capital.sinceYear).toBe(false);
    expect(onsetsMeet(capital, readOnsets('The lido opened in 1937.'))).toBe(false);
    expect(
      onsetsMeet(capital, readOnsets('The lido opened in 1937 and has been open since 1937.')),
    ).toBe(true);
  });
});

/** Each shown passage's source with the sources of its "also reported by", in order shown. */
function links(answer: Answer): Array<[string, string[]]> {
  return [...answer.passages, ...answer.closest].map((p) => [
    p.source.id,
    p.alsoReportedBy.map((q) => q.source.id),
  ]);
}

describe('"also reported by" for a beginning told as a state', () => {
  const engine = suiteEngine({
    'opened.md': frontMatterArticle(
      'Lido shuts for winter repairs',
      'Vale Post',
      '2026-03-10',
      `The Pelham lido will shut for repairs to its tiled pool.\n\n${OPENED}\n\nWork starts next month.`,
    ),
    'stood.md': frontMatterArticle(
      'Lido charity reports losses',
      'Fen Radio',
      '2026-03-20',
      `A charity that runs two pools has reported losses.\n\n${STOOD}\n\nIts trustees meet on Friday.`,
    ),
    'other.md': frontMatterArticle(
      'Arden pool history',
      'Vale Post',
      '2026-03-12',
      'The Arden lido, which has stood on Quay Street since 1937, is the oldest in the county.\n\nIt holds a gala in June.',
    ),
  });

  it('joins the two reports of the Pelham lido and not the Arden one', () => {
    const answer = engine.ask('When did the Pelham lido open?', { limit: 5 });
    const joined = links(answer).flatMap(([id, also]) =>
      also.map((other) => [id, other].sort().join('+')),
    );
    expect(joined).toEqual(['opened+stood']);
  }, 120_000);
});
