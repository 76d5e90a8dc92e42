/**
 * Two digits before a word for a source ("the 43 address") are that source's year written short
 * (The Chicago Manual of Style, 17th ed., §9.31), as a full year before it cites a publication
 * ("the 1943 address"): they date every article of a year ending with them, whoever else is named.
 * Invented annual addresses of a river authority's chairs.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/corpus/types.js';
import {
  buildSourceCatalog,
  citedShortYears,
  matchSources,
  sourceSpeech,
} from '../../src/search/plan/source-match.js';
import { termsOf, tokenize } from '../../src/text/terms.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

function meta(id: string, title: string, published: string): ArticleMeta {
  return {
    id,
    file: `${id}.txt`,
    title,
    outlet: null,
    published,
    url: null,
    author: null,
  } as ArticleMeta;
}

const addresses = [
  meta('a43', 'River authority annual address, 1843 (Edwin Marsh)', '1843-12-04'),
  meta('b43', 'River authority annual address, 1943 (Ruth Calloway)', '1943-12-06'),
  meta('b44', 'River authority annual address, 1944 (Ruth Calloway)', '1944-12-04'),
  meta('b45', 'River authority annual address, 1945 (Ruth Calloway)', '1945-12-03'),
  meta('x1', 'Lock keepers', '1901-05-01'),
  meta('x2', 'Ferry tolls', '1902-05-01'),
  meta('x3', 'Weir repairs', '1903-05-01'),
  meta('x4', 'Towpath', '1904-05-01'),
  meta('x5', 'Dredging', '1905-05-01'),
  meta('x6', 'Flood banks', '1906-05-01'),
  meta('x7', 'Mill leats', '1907-05-01'),
  meta('x8', 'Eel traps', '1908-05-01'),
  meta('x9', 'Boathouses', '1909-05-01'),
  meta('x10', 'Moorings', '1910-05-01'),
  meta('x11', 'Slipways', '1911-05-01'),
  meta('x12', 'Footbridges', '1912-05-01'),
];
const catalog = buildSourceCatalog(addresses, { maxShare: 0.2, strongMaxShare: 0.4 }, () => false);
const named = (question: string) =>
  [
    ...matchSources(
      termsOf(question),
      catalog,
      sourceSpeech(question),
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      citedShortYears(tokenize(question), question),
    ).articles,
  ]
    .map((a) => addresses[a]?.id)
    .sort();

describe('two digits before a word for a source', () => {
  it('are read as its year only there, and not before a plural, which they count', () => {
    const cited = (question: string) => [...citedShortYears(tokenize(question), question)];
    expect(cited('what did the 43 address say about the weirs')).toEqual(['43']);
    expect(cited('how many weirs were built in 43')).toEqual([]);
    expect(cited('what did the 12 reports say about weirs')).toEqual([]);
  });

  it('are a measure, not a year, joined to the noun by a hyphen', () => {
    const cited = (question: string) => [...citedShortYears(tokenize(question), question)];
    expect(cited('when did the 12-story tower open')).toEqual([]);
    expect(cited('who led the 40–piece band')).toEqual([]);
  });

  it('name the articles of every year ending with them, a name narrowing them', () => {
    expect(named('what did the 43 address say about the weirs')).toEqual(['a43', 'b43']);
    expect(named("what did calloway's 43 address say about the weirs")).toEqual(['b43']);
  });

  it('name none as a count or alone', () => {
    expect(named('what did the 12 reports say about the weirs')).toEqual([]);
    expect(named('how many weirs were built in 43')).toEqual([]);
  });

  const address = (year: string, chair: string, text: string) =>
    frontMatterArticle(
      `River authority annual address, ${year} (${chair})`,
      'River Authority',
      `${year}-12-04`,
      text,
    );
  const engine = suiteEngine({
    'address-1943.md': address(
      '1943',
      'Ruth Calloway',
      [
        'The new sluice at Hallam Weir was opened in the spring.',
        'Barge traffic on the lower reach rose by a third.',
      ].join('\n\n'),
    ),
    'address-1944.md': address(
      '1944',
      'Ruth Calloway',
      [
        'The sluice gates at Hallam Weir and at Pell Weir were both rebuilt, and the weir keepers were given new cottages.',
        'Barge traffic on the lower reach fell by a tenth.',
      ].join('\n\n'),
    ),
    'address-1945.md': address(
      '1945',
      'Ruth Calloway',
      [
        'Flood banks were raised along the whole of the upper reach.',
        'The towpath was reopened to walkers.',
      ].join('\n\n'),
    ),
  });

  it('answer from the address of that year', () => {
    expect(
      engine.ask('what did the 43 address say about the sluice at the weir?').passages[0]?.quote,
    ).toContain('new sluice at Hallam Weir was opened');
  });
});
