/**
 * A year in a time adjunct of a clause the question attributes to a source after it ("… in 1921
 * according to Tabb") dates the event reported, not the source (src/search/plan/event-year.ts):
 * the speaker's addresses of that year or later are named, and the next year's, which tells
 * what was done, may answer. Invented addresses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../src/corpus/types.js';
import { eventYearTokens } from '../../src/search/plan/event-year.js';
import { buildSourceCatalog, matchSources } from '../../src/search/plan/source-match.js';
import { termsOf } from '../../src/text/terms.js';
import { tokenize } from '../../src/text/terms.js';
import { annualAddress, engineOver } from './fixtures.js';

const yearsIn = (question: string) => [...eventYearTokens(tokenize(question))].map((t) => t.word);

describe('years that date the event a source is said to report', () => {
  it.each([
    ['how many ploughs did we make in 1921 according to tabb', ['1921']],
    ['avg wages in march 1921 per tabb', ['1921']],
    ['how many ploughs since 1919 per orrin tabb', ['1919']],
    // After the attribution, or with none, or not in a time adjunct: the source's year as before.
    ['how many ploughs were made according to tabb in 1921', []],
    ['how many ploughs did tabb want in 1921', []],
    ['what did tabb say about ploughs in his 1921 message', []],
    ['tabb 1921 ploughs per acre', []],
    // A year in prose (text/year.ts): before 1500 only right after a word of time, never 2150.
    ['how many ploughs were there in 1450 according to tabb', ['1450']],
    ['how many ploughs by 1450 according to tabb', []],
    ['how many ploughs by 2150 per tabb', []],
  ])('%j → %j', (question, expected) => {
    expect(yearsIn(question)).toEqual(expected);
  });
});

describe('an event year beside a name that names only with a date', () => {
  // "Grant" is a title word here, no label: it names an address only with the address's year.
  const metas = [1873, 1874, 1875, 1862].map(
    (year) =>
      ({
        id: String(year),
        file: `${year}.txt`,
        title: `Annual message, ${year} (${year === 1862 ? 'Amos Pell' : 'Ulysses Grant'})`,
        outlet: null,
        published: `${year}-12-01`,
        url: null,
        author: null,
      }) as ArticleMeta,
  );
  const others =
    'quay ferry market school weather harbour mill dock road bridge canal fort mint depot'
      .split(' ')
      .map((word) => ({ ...metas[0]!, id: word, title: word, published: null }) as ArticleMeta);
  const all = [...metas, ...others];
  const catalog = buildSourceCatalog(all, { maxShare: 0.2, strongMaxShare: 0.4 }, () => false);
  const named = (question: string) => {
    const events = new Set([...eventYearTokens(tokenize(question))].map((t) => t.word));
    const match = matchSources(
      termsOf(question),
      catalog,
      'source',
      undefined,
      new Set(),
      new Set(),
      new Set(),
      events,
    );
    return { articles: [...match.articles].map((a) => all[a]?.id), terms: [...match.terms] };
  };

  it('names the addresses of that year and later, and stays a word of the question', () => {
    expect(named('how many ships were lost in 1874 per grant')).toEqual({
      articles: ['1874', '1875'],
      terms: ['grant'],
    });
    // Dating the attribution, the year names its address, as before.
    expect(named('how many ships were lost per grant in 1874').articles).toEqual(['1874']);
  });
});

const WORKS =
  'canal bridge lighthouse harbour railway tunnel dam aqueduct armoury mint fort depot'.split(' ');
const ADDRESSES = [
  annualAddress(1920, 'Orrin Tabb', [['The mills were idle for most of the spring.']]),
  annualAddress(1921, 'Orrin Tabb', [
    ['In this coming year the works shall make 90,000 ploughs for the prairie farms.'],
  ]),
  annualAddress(1922, 'Orrin Tabb', [
    ['We are proud of the record of the works. We made 64,000 ploughs, more than ever before.'],
  ]),
  // Other speakers, one address each, so that Tabb's are few enough to be named by his name.
  ...['Caleb Wroth', 'Amos Pell', 'Jonas Kerr', 'Silas Brant', 'Eli Marsh', 'Noah Vance'].flatMap(
    (speaker, i) => [
      annualAddress(1923 + 2 * i, speaker, [[`The ${WORKS[2 * i]} was finished this year.`]]),
      annualAddress(1924 + 2 * i, speaker, [[`The ${WORKS[2 * i + 1]} is still being built.`]]),
    ],
  ),
];

describe('a speaker named with the year of the event reported', () => {
  beforeAll(() => void engineOver(...ADDRESSES), 120_000);

  it('names their addresses of that year and later', () => {
    const { index } = engineOver(...ADDRESSES);
    const named = (question: string) => [...index.rank(question).plan.sources.articles];
    expect(named('how many ploughs did the works make in 1921 according to tabb')).toEqual([1, 2]);
    // The year the attribution itself is dated by still names that address alone.
    expect(named('how many ploughs did the works make according to tabb in 1921')).toEqual([1]);
  });

  it('is answered from the later address that tells it', () => {
    const { engine } = engineOver(...ADDRESSES);
    const answer = engine.ask('how many ploughs did the works make in 1921 according to tabb');
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((p) => p.quote).join(' ')).toMatch(/64,000 ploughs/);
  });
});
