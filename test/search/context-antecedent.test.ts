import { beforeAll, describe, expect, it } from 'vitest';
import { agreesWithAsked, askedSubjectOf } from '../../src/search/antecedent-agreement.js';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

/**
 * Invented articles in which the answer's subject is a pronoun or a description standing for
 * what the sentence before names, beside sentences that name it again without the answer.
 */
const ARCHIVE: SearchFixtureArticle = {
  id: 'archive',
  title: 'Town archive moves to the old mill',
  published: '2026-03-02',
  paragraphs: [
    [
      "The council named the archive's keeper, Dr Lena Holt, in the spring.",
      'The 61-year-old botanist, who has catalogued the town records since 2004, said the move would take a year.',
    ],
    ["The archive's keeper, Dr Lena Holt, showed visitors the oldest map on Friday."],
    ["Readers thanked the archive's keeper for the new reading room."],
  ],
};
const CANAL: SearchFixtureArticle = {
  id: 'canal',
  title: 'Walking the canal towpath',
  published: '2026-04-11',
  paragraphs: [
    [
      'The canal towpath from Brindle is the quietest walk I know.',
      'It is about 14 km and takes four hours.',
    ],
    ['The canal towpath is at its best in late spring.'],
  ],
};
/** The age of another entity than the one asked, given by "It" after a sentence naming both. */
const BELFRY: SearchFixtureArticle = {
  id: 'belfry',
  title: 'Bell ringers restore the belfry',
  published: '2026-05-20',
  paragraphs: [
    [
      "The chapel's verger, Tomas Brandt, showed us the bell.",
      'It is 300 years old and was cast in Antwerp.',
    ],
    ["Brandt, 58, has been the chapel's verger for ten years."],
  ],
};

/** The text of the first passage the engine gives for `question`. */
function firstQuote(articles: SearchFixtureArticle[], question: string): string | undefined {
  return engineOver(...articles).engine.ask(question).passages[0]?.quote;
}

describe('a sentence whose subject stands for what the sentence before names', () => {
  // The first build reads WordNet: once, outside the tests.
  beforeAll(() => void engineOver(ARCHIVE, CANAL), 120_000);

  it('reads an age given by a description as the age of the person the sentence before names', () => {
    const quote = firstQuote([ARCHIVE, CANAL], "how old is the archive's keeper");
    // Quoted with the sentence naming her: the description alone says nothing of whom it means.
    expect(quote).toContain('The 61-year-old botanist');
    expect(quote).toContain("the archive's keeper, Dr Lena Holt");
  });

  it('reads a length given by "It" as the length of the walk the sentence before names', () => {
    const quote = firstQuote([ARCHIVE, CANAL], 'how long is the canal towpath');
    expect(quote).toContain('It is about 14 km');
    expect(quote).toContain('The canal towpath from Brindle');
  });

  it('does not read "It" as a person: the bell\'s age is no answer to the verger\'s', () => {
    const quote = firstQuote([BELFRY, CANAL], "how old is the chapel's verger");
    expect(quote).toBe("Brandt, 58, has been the chapel's verger for ten years.");
    // The bell's sentence is scored with the verger's as context, never as holding its words.
    const { index, corpus } = engineOver(BELFRY, CANAL);
    const bell = index
      .rank("how old is the chapel's verger")
      .ranked.find((r) => sentenceText(corpus, r.sentence).startsWith('It is 300'));
    expect(bell?.features.contextCoverage).toBeGreaterThan(0);
    expect(bell?.features.coverage).toBe(0);
  });

  it("does not read the words of a sentence in another paragraph as the subject's", () => {
    const SPLIT: SearchFixtureArticle = {
      ...ARCHIVE,
      id: 'split',
      paragraphs: [
        ["The council named the archive's keeper, Dr Lena Holt, in the spring."],
        [
          'The 61-year-old botanist, who has catalogued the town records since 2004, said the move would take a year.',
        ],
        ["The archive's keeper, Dr Lena Holt, showed visitors the oldest map on Friday."],
      ],
    };
    const { index } = engineOver(SPLIT, CANAL);
    const ranked = index.rank("how old is the archive's keeper").ranked;
    const described = ranked.find((r) => r.features.typeMatch === 1);
    // Across a paragraph break the description is scored on its own words only.
    expect(described?.features.coverage).toBe(0);
  });
});

describe("the agreement of a subject with the question's", () => {
  it("reads the head of the question's subject, its number and whether it is a name", () => {
    expect(askedSubjectOf("how old is the museum's keeper?")).toEqual({
      head: 'keeper',
      plural: false,
      name: false,
    });
    expect(askedSubjectOf('where were the two lambs born')).toMatchObject({
      head: 'lambs',
      plural: true,
    });
    expect(askedSubjectOf('how old is Pepper')).toMatchObject({ head: 'pepper', name: true });
    expect(askedSubjectOf('the keeper of the archive')).toBeNull();
  });

  it('agrees "it" with a thing, "he", "she" and a described person with a person, "they" with a plural', () => {
    const keeper = askedSubjectOf("how old is the archive's keeper")!;
    const walk = askedSubjectOf('how long is the towpath')!;
    const lambs = askedSubjectOf('where were the lambs born')!;
    expect(agreesWithAsked('The 61-year-old said so.', keeper)).toBe(true);
    expect(agreesWithAsked('She is 61.', keeper)).toBe(true);
    expect(agreesWithAsked('It is 300 years old.', keeper)).toBe(false);
    expect(agreesWithAsked('It is 14 km long.', walk)).toBe(true);
    expect(agreesWithAsked('They were born in Wales.', lambs)).toBe(true);
    expect(agreesWithAsked('Both were born in Wales.', lambs)).toBe(true);
    expect(agreesWithAsked('He was born in Wales.', lambs)).toBe(false);
    // A description with the question's noun, or any singular one after a name.
    const pepper = askedSubjectOf('how old is Pepper')!;
    expect(agreesWithAsked('The nine-year-old mare was sold.', pepper)).toBe(true);
    expect(agreesWithAsked('The towpath is 14 km long.', walk)).toBe(true);
    expect(agreesWithAsked('The road is 14 km long.', walk)).toBe(false);
    // No pronoun or description of a person: nothing stands for the question's subject.
    expect(agreesWithAsked('Walkers say it is 14 km long.', walk)).toBe(false);
  });
});

describe('an age in apposition written in words', () => {
  it('reads "a nine-year-old pony" and "aged six" as ages, not any number', () => {
    const type = answerTypeOf('How old is Pepper?')!;
    expect(answerTypeScore('Pepper, a nine-year-old pony, won the show.', type)).toBe(1);
    expect(answerTypeScore('Pepper, a pony aged six, won the show.', type)).toBe(1);
    expect(answerTypeScore('a two-and-a-half-year-old boy', type)).toBe(1);
    expect(answerTypeScore('Pepper won nine rosettes.', type)).toBe(0);
  });

  it('answers "how old is" a name with the apposition, instead of refusing', () => {
    const PONY: SearchFixtureArticle = {
      id: 'pony',
      title: 'Pony takes the county title',
      published: '2026-06-01',
      paragraphs: [
        ['Pepper, a nine-year-old pony, was named champion at the county show on Saturday.'],
        ['Her owner, Ines Moll, said she was delighted.'],
      ],
    };
    const answer = engineOver(PONY, CANAL).engine.ask('how old is Pepper');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('a nine-year-old pony');
  });

  it("reads an age in a description after a name as that name's, quoted with it", () => {
    const SOLD: SearchFixtureArticle = {
      id: 'sold',
      title: 'Show pony sold',
      published: '2026-06-08',
      paragraphs: [
        [
          'Juniper was sold at auction on Monday.',
          'The eleven-year-old mare was bought by a riding school.',
        ],
        ['Juniper won the county show twice, and Juniper was a favourite at the county show.'],
      ],
    };
    const answer = engineOver(SOLD, CANAL).engine.ask('how old is Juniper');
    expect(answer.passages[0]?.quote).toBe(
      'Juniper was sold at auction on Monday. The eleven-year-old mare was bought by a riding school.',
    );
  });
});
