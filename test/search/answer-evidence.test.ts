import { describe, expect, it } from 'vitest';
import {
  answerTypeOf,
  answerTypeScore,
  newAnswerTypeScore,
} from '../../src/search/plan/answer-type.js';
import { withoutAskedWords } from '../../src/search/plan/asked-words.js';
import { termsOf } from '../../src/text/terms.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { engineOver, searchCorpus, type SearchFixtureArticle } from './fixtures.js';
import { sentenceText } from '../../src/corpus/sentence-text.js';

const asked = (question: string) => new Set(termsOf(question));

/** A water board, its chair, a dam's weight and a vote: answers that repeat or add to a question. */
const RESERVOIR: SearchFixtureArticle = {
  id: 'reservoir',
  title: 'Reservoir to be raised',
  published: '2024-03-04',
  paragraphs: [
    [
      'The Tarn Valley Water Board met on Tuesday to discuss raising the Tarn Valley reservoir.',
      'Board chair Selma Ortiz said the reservoir would be full again by May.',
    ],
    ['The Tarn Valley Water Board is chaired by Selma Ortiz, a former engineer.'],
    [
      'Every year the board publishes a report on the dam.',
      'The dam was completed in 1962 by a company from Leeds.',
    ],
    [
      'The new sluice gates will each weigh about 40 tonnes.',
      'Engineers said the gates would be tested in the spring.',
    ],
  ],
};

describe('answer evidence beyond the question', () => {
  it('blanks the question’s own names and numbers but keeps a name after a title it used', () => {
    expect(
      withoutAskedWords(
        'In October, Russian Prime Minister Mikhail Mishustin tasked officials.',
        asked("what's the name of the russian prime minister"),
      ),
    ).toBe('In October, xxxxxxx xxxxx xxxxxxxx Mikhail Mishustin tasked officials.');
    const question = asked('Who runs the Tarn Valley Water Board?');
    const board = 'The Tarn Valley Water Board met on Tuesday.';
    expect(answerTypeScore(board, { name: 'person' })).toBeGreaterThan(0);
    expect(newAnswerTypeScore(board, { name: 'person' }, question)).toBe(0);
    expect(
      newAnswerTypeScore('Board chair Selma Ortiz said so.', { name: 'person' }, question),
    ).toBeGreaterThan(0);
    // A year the question names is no answer to "how many", a count is.
    const farming = asked('how many farmers were there in 1878');
    expect(newAnswerTypeScore('The act of 1878 was passed.', { name: 'number' }, farming)).toBe(0);
  });

  it('keeps the kind a question names and the unit it counts: they belong to the answer', () => {
    const type = answerTypeOf('Which news agency reported the signing?');
    expect(type).toMatchObject({ name: 'organisation', focus: 'agenc' });
    const question = asked('Which news agency reported the signing?');
    expect(newAnswerTypeScore('The Tass Agency reported the signing.', type!, question)).toBe(1);
    const count = answerTypeOf('How many gates were closed?')!;
    expect(
      newAnswerTypeScore('Four gates were closed.', count, asked('How many gates were closed?')),
    ).toBe(1);
  });

  it('keeps the choices a question offers ("Minsk or Moscow") as answers', () => {
    const { index } = engineOver(RESERVOIR);
    const plan = index.rank('Was the dam built by a company from Leeds or York?').plan;
    expect(plan.askedTerms.has('leed')).toBe(false);
    expect(plan.askedTerms.has('dam')).toBe(true);
  });

  it('ranks a sentence that adds a person above one that only repeats the question’s name', () => {
    const { index, corpus } = engineOver(RESERVOIR);
    const ranking = index.rank('Who runs the Tarn Valley Water Board?');
    const text = (s: number) => sentenceText(corpus, s);
    const sentence = (start: string) =>
      ranking.ranked.find((r) => text(r.sentence).startsWith(start))!;
    // Both hold the board's whole name; only one says who the person is (a name described
    // as a former engineer's holds a person even before the question's words are blanked).
    const met = sentence('The Tarn Valley Water Board met');
    const chaired = sentence('The Tarn Valley Water Board is chaired');
    expect(met.features.typeMatch).toBeLessThanOrEqual(chaired.features.typeMatch);
    expect(met.features.typeNew).toBe(0);
    expect(chaired.features.typeNew).toBeGreaterThan(0);
    expect(sentence('Board chair').features.typeNew).toBe(1);
    expect(chaired.score).toBeGreaterThan(met.score);
  });
});

describe('names and sources', () => {
  it('reads a name that opens a sentence, but not a capitalised opening word', () => {
    const person = { name: 'person' as const };
    expect(answerTypeScore('Selma Ortiz chairs the board.', person)).toBe(0.5);
    expect(answerTypeScore('The Board met on Tuesday.', person)).toBe(0);
    expect(answerTypeScore('After Tuesday the board met.', person)).toBe(0);
  });

  it('reads a name set off beside a role noun or an age as a person’s', () => {
    const person = { name: 'person' as const };
    const voted = 'Two board members, Ruth Calder and Owen Sayle, voted against the plan.';
    expect(answerTypeScore(voted, person)).toBe(1);
    expect(answerTypeScore('Ann Bell, the union’s chief negotiator, walked out.', person)).toBe(1);
    expect(answerTypeScore('Dana Whitcombe, 52, ran a copper mine.', person)).toBe(1);
    // A body: named, but neither a role noun nor an age beside it.
    expect(answerTypeScore('Tressa Minerals, the new owner, bought the site.', person)).toBe(0.5);
    expect(answerTypeScore('In 2023, Tressa Minerals bought the site.', person)).toBe(0.5);
    // The question's own words are blanked; the people named beside the role are new.
    const question = asked('Who voted against the plan?');
    expect(newAnswerTypeScore(voted, person, question)).toBe(1);
  });

  it('reads the source a report is attributed to as the organisation asked for', () => {
    const organisation = { name: 'organisation' as const };
    expect(answerTypeScore('The deal was signed on Friday, Interfax reported.', organisation)).toBe(
      1,
    );
    expect(answerTypeScore('Two members told Coastline Wire about the vote.', organisation)).toBe(
      1,
    );
    expect(answerTypeScore('The deal was signed on Friday.', organisation)).toBe(0);
  });
});

describe('words that only name the kind of answer', () => {
  it.each([
    ['What year was the dam completed?', 'year'],
    ["What's the name of the board chair?", 'name'],
    ['What day of the week did the board meet?', 'week'],
  ])('frame "%s" and are not content', (question, word) => {
    const { index } = engineOver(RESERVOIR);
    const labels = index.rank(question).plan.concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain(word);
    expect(labels.length).toBeGreaterThan(0);
  });

  it('answers "what year" from the date, not from a sentence that says "year"', () => {
    const { engine } = engineOver(RESERVOIR);
    expect(engine.ask('What year was the dam completed?').passages[0]?.quote).toMatch(/1962/);
  });
});

describe('"when" after the wh-phrase', () => {
  it.each([
    ['How many gates were in place when the storm hit?', 'number'],
    ['Who commanded the fort when it was attacked?', 'person'],
    ['When did the storm hit?', 'date'],
    ['What did the mayor say about when the gates would close?', 'date'],
  ])('"%s" asks for a %s', (question, type) => expect(answerTypeOf(question)?.name).toBe(type));
});

describe('amounts, measures and times', () => {
  it.each([
    ['What price tag did the council put on the quay?', 'number'],
    ['What was the final bill for the barrier?', 'number'],
    ["What's the latest death toll from the fire?", 'number'],
    ['What was the turnout at the rally?', 'number'],
    ['How heavy is each gate?', 'number'],
    ['How far is the port from the city?', 'number'],
    ['What opening date did the paper give?', 'date'],
    ['What time were the gates closed?', 'date'],
  ])('"%s" asks for a %s', (question, type) => expect(answerTypeOf(question)?.name).toBe(type));

  it('reads every number word as a count: thirteen to nineteen and the tens too', () => {
    const homes = answerTypeOf('how many homes were evacuated')!;
    for (const count of ['Seventeen', 'Thirteen', 'Sixty', 'Ninety', 'Twelve'])
      expect(answerTypeScore(`${count} homes were evacuated.`, homes), count).toBe(1);
    expect(answerTypeScore('Homes were evacuated.', homes)).toBe(0);
  });

  it('reads a clock time as the answer to "what time", and as a hint to "when"', () => {
    const closed = 'The gates were shut by hand at 9.40 p.m. using winches.';
    expect(answerTypeScore(closed, answerTypeOf('What time were the gates closed?')!)).toBe(1);
    // An hour says when only within a day, as "on Tuesday" does.
    expect(answerTypeScore(closed, answerTypeOf('When were the gates closed?')!)).toBe(0.5);
  });

  it('reads a clock time for "what time" even after a "when" question on the same index', () => {
    const gates: SearchFixtureArticle = {
      id: 'gates',
      title: 'Flood gates shut',
      published: '2024-11-02',
      paragraphs: [
        [
          'The flood gates were shut by hand at 9.40 p.m. using winches.',
          'The gates were shut because the river rose fast.',
        ],
      ],
    };
    const question = 'What time were the flood gates shut?';
    // Two indexes of their own: engineOver shares one per set of articles.
    const corpus = searchCorpus(gates);
    const fresh = SearchIndex.build(corpus, []).rank(question);
    const clock = corpus.sentences.findIndex((s) =>
      corpus.articles[s.article]!.text.slice(s.start, s.end).includes('9.40 p.m.'),
    );
    expect(fresh.ranked.find((r) => r.sentence === clock)?.features.typeMatch).toBe(1);
    const index = SearchIndex.build(corpus, []);
    const when = index.rank('When were the flood gates shut?');
    expect(when.ranked.find((r) => r.sentence === clock)?.features.typeMatch).toBe(0.5);
    expect(index.rank(question).ranked).toEqual(fresh.ranked);
  });

  it('answers "how heavy" with the weight', () => {
    const { engine } = engineOver(RESERVOIR);
    expect(engine.ask('How heavy is each sluice gate?').passages[0]?.quote).toMatch(/40 tonnes/);
  });
});

describe('dates and ages as texts write them', () => {
  it('reads a month after a capitalised preposition opening the sentence, not the verb "may"', () => {
    const date = answerTypeOf('When were the talks held?')!;
    expect(answerTypeScore('In March, talks were held in the capital.', date)).toBe(1);
    expect(answerTypeScore('Since June the talks have stalled.', date)).toBe(1);
    expect(answerTypeScore('Talks may be held in the capital.', date)).toBe(0);
  });

  it('reads an age written "15 years old" as well as "the 15-year-old"', () => {
    const age = answerTypeOf('How old was the boy?')!;
    expect(answerTypeScore('The boy was only 15 years old when he left.', age)).toBe(1);
    expect(answerTypeScore('The 15-year-old left school.', age)).toBe(1);
    expect(answerTypeScore('The boy left school after 15 years.', age)).toBe(0);
  });
});
