import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { searchCorpus, type SearchFixtureArticle } from './fixtures.js';

/**
 * An invented swimmer: one report gives her age as news writes it ("Varga, 24,"), a later one
 * names her more often and gives no age.
 */
const AGE: SearchFixtureArticle = {
  id: 'age',
  title: 'Swimmer banned after failed test',
  published: '2026-02-03',
  paragraphs: [['Varga, 24, said in a statement that she was shocked.']],
};
const LATER: SearchFixtureArticle = {
  id: 'later',
  title: 'Varga cleared to swim again',
  published: '2026-11-04',
  paragraphs: [
    ['Varga can return to the pool on 1 April, her lawyer said.'],
    ['Varga was not at the hearing; she spent the day with her family.'],
  ],
};

const aged = 'Varga, 24, said in a statement that she was shocked.';

describe('ages as answers', () => {
  it('reads a number set off by commas after a name or a noun as an age', () => {
    const type = answerTypeOf('How old is Varga?')!;
    expect(type.name).toBe('age');
    expect(answerTypeScore(aged, type)).toBe(1);
    expect(answerTypeScore('The driver, 57, was unhurt.', type)).toBe(1);
    expect(answerTypeScore('Anna Varga, 24, of Szeged, won.', type)).toBe(1);
    // The apposition may close the sentence: "said coach Anna Varga, 24."
    expect(answerTypeScore('"We won," said coach Anna Varga, 24.', type)).toBe(1);
    expect(answerTypeScore('"We won," said coach Anna Varga, 24. "Again."', type)).toBe(1);
    // The other ways news gives an age are read as before.
    expect(answerTypeScore('The 24-year-old won.', type)).toBe(1);
    expect(answerTypeScore('Varga, aged 24, won.', type)).toBe(1);
  });

  it('reads the decade of life a person is in as an age told approximately', () => {
    const type = answerTypeOf('How old is Varga?')!;
    expect(answerTypeScore('Varga, who is in her late sixties, won.', type)).toBe(1);
    expect(answerTypeScore('Varga is in her early 40s.', type)).toBe(1);
    expect(answerTypeScore('The pool was built in the sixties.', type)).toBe(0);
  });

  it('reads no age in a date or a run of figures set off by commas', () => {
    const type = answerTypeOf('How old is Varga?')!;
    expect(answerTypeScore('Heats were swum on May, 24, and 25.', type)).toBe(0);
    expect(answerTypeScore('She swam in lanes 3, 24, and 5.', type)).toBe(0);
    expect(answerTypeScore('Varga won 24 races.', type)).toBe(0);
    expect(answerTypeScore('The heats were on lanes 3, 24.', type)).toBe(0);
    expect(answerTypeScore('Varga swam on May, 24.', type)).toBe(0);
  });

  it('ranks the sentence giving the age first, above sentences that only name the person', () => {
    const corpus = searchCorpus(AGE, LATER);
    const index = SearchIndex.build(corpus, []);
    for (const question of ['how old is varga?', 'what age is varga']) {
      const ranked = index.rank(question).ranked;
      const first = corpus.sentences[ranked[0]!.sentence]!;
      expect(corpus.articles[first.article]!.text.slice(first.start, first.end)).toBe(aged);
    }
  });
});

/**
 * An invented farmer named in one sentence, his age given in the next by the description "The
 * 67-year-old" (news style's second reference), whatever verb follows it: the context of that
 * sentence is the one naming him.
 */
const FARMER: SearchFixtureArticle = {
  id: 'farmer',
  title: 'Farmer wins county medal',
  published: '2026-05-18',
  paragraphs: [
    [
      "Olav Ruud, a sheep farmer from Nessby, won the county's conservation medal on Sunday.",
      'The 67-year-old planted more than 3,000 trees along the river over the past decade.',
    ],
    ['Ruud plans to hand the farm to his daughter within two years.'],
  ],
};

describe('an age given by "the N-year-old" after the sentence naming the person', () => {
  it('answers "how old is X", quoted with the sentence naming X', () => {
    const corpus = searchCorpus(FARMER);
    const index = SearchIndex.build(corpus, []);
    const first = index.rank('how old is ruud').ranked[0]!;
    const s = corpus.sentences[first.sentence]!;
    expect(corpus.articles[s.article]!.text.slice(s.start, s.end)).toMatch(/^The 67-year-old/);
  });

  it('reads no age in "within two years"', () => {
    const type = answerTypeOf('how old is ruud')!;
    expect(
      answerTypeScore('Ruud plans to hand the farm to his daughter within two years.', type),
    ).toBe(0);
  });
});

describe('an age asked by its noun and given in any unit of time', () => {
  it('reads "what is X\'s age" and "what was the age of X" as asking an age', () => {
    for (const question of [
      "what is marisol vega's age",
      "what's vega's age",
      'what was the age of the driver',
      'what is her age',
    ])
      expect(answerTypeOf(question)).toMatchObject({ name: 'age' });
    expect(answerTypeOf('what is the page count')?.name).not.toBe('age');
  });

  it('reads an age in months or weeks, and "at N years", as an age', () => {
    const type = answerTypeOf('how old was megan')!;
    expect(answerTypeScore('She was diagnosed when she was 15 months old.', type)).toBe(1);
    expect(answerTypeScore('The six-week-old foal was found on Sunday.', type)).toBe(1);
    expect(answerTypeScore('The baby, ten days old, is well.', type)).toBe(1);
    expect(
      answerTypeScore('Franklin, the oldest delegate at 81 years and frail, rose.', type),
    ).toBe(1);
    // A span of time, or a point reached after years of something else, is no age.
    expect(answerTypeScore('The talks lasted 15 months.', type)).toBe(0);
    expect(answerTypeScore('The bond matures at 20 years in most cases.', type)).toBe(0);
    expect(answerTypeScore('She retired at 30 years of service.', type)).toBe(0);
  });

  it('ranks the sentence giving the age first for "what is X\'s age", above ones only naming her', () => {
    const corpus = searchCorpus({
      id: 'vega',
      title: 'Organiser appeals',
      published: '2026-06-09',
      paragraphs: [
        ['Marisol Vega founded the festival in 2015.'],
        [
          'Marisol Vega spoke to reporters outside the court.',
          'The 34-year-old has run events in the town for a decade.',
        ],
      ],
    });
    const index = SearchIndex.build(corpus, []);
    const first = index.rank("what is marisol vega's age").ranked[0]!;
    const s = corpus.sentences[first.sentence]!;
    expect(corpus.articles[s.article]!.text.slice(s.start, s.end)).toBe(
      'The 34-year-old has run events in the town for a decade.',
    );
  });
});
