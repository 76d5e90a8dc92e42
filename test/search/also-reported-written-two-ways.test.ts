/**
 * One fact whose values are written two ways (src/search/select/fact-relation.ts): a vote's tally
 * after the vote's object ("approved the Marsh Lane scheme 31 to 9") and as "by 31 votes to
 * nine"; a calendar day with its year on one side only ("Nov. 19, 2026" / "19 November"); a
 * figure stated alike ("more than 200" / "over 200") with a name before the counted noun ("200
 * Kelby residents"). Each join has its near misses, which stay apart: another number, another
 * day, another year, another outcome, a denial, a plan, another place or thing named.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { factValues } from '../../src/search/select/fact-values.js';
import { frontMatterArticle, suiteEngine } from '../support/corpus-fixture.js';

const on = (a: string | null, b: string | null): RelationContext => ({ published: [a, b] });
/** 4 March 2026 is a Wednesday: "on Tuesday" is 3 March. */
const WEDNESDAY = '2026-03-04';

const tallies = (text: string) =>
  factValues(text).positioned.flatMap((v) =>
    'number' in v && v.kind === 'tally' ? [v.number] : [],
  );

describe('a tally after the vote’s object', () => {
  const AFTER_OBJECT = 'Kerrow councillors approved the Marsh Lane scheme 31 to 9 on Tuesday.';
  const IN_WORDS = 'The Marsh Lane scheme was approved by 31 votes to nine on Tuesday.';

  it('is read as a tally, winner first, in a sentence with a word of voting', () => {
    expect(tallies(AFTER_OBJECT)).toEqual(['31-9']);
    expect(tallies('The Senate passed the Harlow bill 52 to 48.')).toEqual(['52-48']);
  });

  it('is no tally when it runs upwards, is a change, or no vote is told', () => {
    expect(tallies('Councillors voted to extend free meals to pupils aged 16 to 18.')).toEqual([]);
    expect(tallies('The council approved plans for 10 to 12 homes.')).toEqual([]);
    expect(tallies('Councillors voted to cut the committee from 31 to 9.')).toEqual([]);
    expect(tallies('The queue stretched 31 to 9 on Tuesday.')).toEqual([]);
  });

  it('joins the tally written as "by 31 votes to nine", both ways round', () => {
    expect(classifyFacts(AFTER_OBJECT, IN_WORDS, on(WEDNESDAY, WEDNESDAY))).toEqual({
      kind: 'same-fact',
    });
    expect(classifyFacts(IN_WORDS, AFTER_OBJECT, on(WEDNESDAY, '2026-03-05'))).toEqual({
      kind: 'same-fact',
    });
  });

  it('finds another tally of that vote a disagreement on the number', () => {
    expect(
      classifyFacts(
        AFTER_OBJECT,
        'The Marsh Lane scheme was approved by 30 votes to nine on Tuesday.',
        on(WEDNESDAY, WEDNESDAY),
      ).kind,
    ).toBe('disagree');
  });

  it('keeps apart another outcome, day, scheme, a denial and a plan', () => {
    for (const other of [
      'The Marsh Lane scheme was rejected by 31 votes to nine on Tuesday.',
      'The Marsh Lane scheme was approved by 31 votes to nine on Monday.',
      'The Ash Lane scheme was approved by 31 votes to nine on Tuesday.',
      'The Marsh Lane scheme was not approved by 31 votes to nine on Tuesday.',
      'The Marsh Lane scheme will be approved by 31 votes to nine on Tuesday.',
    ])
      expect(classifyFacts(AFTER_OBJECT, other, on(WEDNESDAY, WEDNESDAY)).kind, other).toBe(
        'different-fact',
      );
  });
});

describe('a calendar day with its year written on one side only', () => {
  const WITH_YEAR =
    'The Harwick health board approved the closure of the maternity unit on Nov. 19, 2026.';
  const WITHOUT =
    'The closure of the Harwick maternity unit was approved by the health board on 19 November.';

  it('is one day when the missing year, from its article’s date, makes it one', () => {
    expect(classifyFacts(WITH_YEAR, WITHOUT, on('2026-11-20', '2026-11-22'))).toEqual({
      kind: 'same-fact',
    });
    expect(classifyFacts(WITHOUT, WITH_YEAR, on('2026-11-22', '2026-11-20'))).toEqual({
      kind: 'same-fact',
    });
  });

  it('keeps apart another day, another year, and a day whose year is not known', () => {
    expect(
      classifyFacts(WITH_YEAR, WITHOUT.replace('19', '18'), on('2026-11-20', '2026-11-22')).kind,
    ).toBe('different-fact');
    expect(
      classifyFacts(WITH_YEAR.replace('2026', '2025'), WITHOUT, on('2026-11-20', '2026-11-22'))
        .kind,
    ).toBe('different-fact');
    expect(classifyFacts(WITH_YEAR, WITHOUT, on('2026-11-20', null)).kind).toBe('different-fact');
  });
});

describe('a figure stated alike, a name before the counted noun', () => {
  const PEOPLE = 'More than 200 people were evacuated from their homes in Kelby on Sunday.';
  const RESIDENTS = 'Over 200 Kelby residents were evacuated from their homes on Sunday.';
  // 2 March 2026 is a Monday.
  const MONDAY = '2026-03-02';

  it('counts the noun, not the name: "200 Kelby residents" are residents', () => {
    const [count] = factValues(RESIDENTS).positioned.filter((v) => 'number' in v);
    expect(count).toMatchObject({ number: '200', unit: 'resid', bound: 'lower' });
  });

  it('joins one evacuation told with "more than" and "over", both ways round', () => {
    expect(classifyFacts(PEOPLE, RESIDENTS, on(MONDAY, MONDAY))).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(RESIDENTS, PEOPLE, on(MONDAY, MONDAY))).toEqual({ kind: 'same-fact' });
  });

  it('keeps apart another number, day, town, act, a denial and a plan', () => {
    for (const other of [
      'Over 300 Kelby residents were evacuated from their homes on Sunday.',
      'Over 200 Kelby residents were evacuated from their homes on Monday.',
      'Over 200 Arnby residents were evacuated from their homes on Sunday.',
      'Over 200 residents were evacuated from their homes in Arnby on Sunday.',
      'Over 200 Kelby residents returned to their homes on Sunday.',
      'Over 200 homes in Kelby were flooded on Sunday.',
      'Over 200 Kelby residents were not evacuated from their homes on Sunday.',
      'Over 200 Kelby residents will be evacuated from their homes on Sunday.',
    ])
      expect(classifyFacts(PEOPLE, other, on(MONDAY, MONDAY)).kind, other).toBe('different-fact');
  });
});

describe('names read whole', () => {
  it('reads a place whose name begins like a month or a weekday', () => {
    expect(factValues('Fans gathered in Montreal on Sunday.').listedPlaces).toEqual(['Montreal']);
    expect(factValues('Fans gathered in Sunderland.').listedPlaces).toEqual(['Sunderland']);
    expect(factValues('Fans gathered in March.').listedPlaces).toEqual([]);
  });

  it('keeps apart two names of several words that share one', () => {
    expect(
      classifyFacts(
        'Kerrow councillors approved the Marsh Lane scheme by 31 votes to nine on Tuesday.',
        'The Ash Lane scheme was approved by 31 votes to nine on Tuesday.',
        on(WEDNESDAY, WEDNESDAY),
      ).kind,
    ).toBe('different-fact');
  });
});

/** Each shown passage's source with the sources of its "also reported by", in order shown. */
function links(answer: Answer): Array<[string, string[]]> {
  return [...answer.passages, ...answer.closest].map((p) => [
    p.source.id,
    p.alsoReportedBy.map((q) => q.source.id),
  ]);
}

describe('"also reported by" for one vote’s tally written two ways', () => {
  const engine = suiteEngine({
    'figures.md': frontMatterArticle(
      'Marsh Lane scheme approved',
      'Vale Post',
      WEDNESDAY,
      'Kerrow councillors approved the Marsh Lane scheme 31 to 9 on Tuesday.\n\nWork is due to start in June.',
    ),
    'words.md': frontMatterArticle(
      'Councillors back Marsh Lane',
      'Fen Radio',
      WEDNESDAY,
      'The Marsh Lane scheme was approved by 31 votes to nine on Tuesday.\n\nObjectors said they would appeal.',
    ),
    'ash.md': frontMatterArticle(
      'Ash Lane scheme approved',
      'Vale Post',
      WEDNESDAY,
      'The Ash Lane scheme was approved by 31 votes to nine on Tuesday.\n\nIts homes will be built by 2028.',
    ),
  });

  it('joins the two reports of the Marsh Lane vote and not the Ash Lane one', () => {
    const answer = engine.ask('How did councillors vote on the Marsh Lane scheme?', { limit: 5 });
    const joined = links(answer).flatMap(([id, also]) =>
      also.map((other) => [id, other].sort().join('+')),
    );
    expect(joined).toEqual(['figures+words']);
  }, 240_000);
});
