/**
 * What "where …?" asks for is a place a passage names (src/search/plan/place-in-text.ts): a
 * name after a preposition of place, but not an attribution ("according to Detective Inspector
 * …"), a date ("in March") or a titled person ("to President Ames"). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { classedPlaceNamesIn, placeNamesIn } from '../../src/search/plan/place-in-text.js';
import { engineOver } from './fixtures.js';

const where = answerTypeOf('Where was the statue found?')!;

describe('a place named in a passage', () => {
  it('is not an attribution, a date or a titled person', () => {
    for (const text of [
      'The statue was found rolled in a blanket, according to Detective Inspector Ray Osei.',
      'The statue was found in March and shown again from Monday.',
      'The statue was handed to President Ames on Friday.',
      'The statue was found by Officer Dale Pike.',
    ])
      expect(answerTypeScore(text, where), text).toBe(0);
  });

  it('is a name after a preposition of place', () => {
    expect(placeNamesIn('It was found in a garage in Durnford, according to Ray Osei.')).toEqual([
      'Durnford',
    ]);
    expect(placeNamesIn('It was taken to the port of Tarn in May.')).toEqual(['Tarn']);
    expect(answerTypeScore('It was found near Kelby Ring Road on Monday.', where)).toBe(1);
  });

  it('is a street after "on", the preposition English gives a street, and no other name', () => {
    expect(placeNamesIn('The car was found burnt out on Quarry Road, Hollin, on Sunday.')).toEqual([
      'Quarry Road',
    ]);
    expect(answerTypeScore('The car was found burnt out on Quarry Road at 6am.', where)).toBe(1);
    // "On" before a name of no street: a day, a topic, a medium, a target.
    for (const text of [
      'The car was found on Sunday.',
      'The council will vote on Brexit.',
      'The appeal was shared on Facebook.',
      'Sanctions were imposed on Belarus.',
    ])
      expect(placeNamesIn(text), text).toEqual([]);
  });

  it('ranks a passage naming where above one that only looks like it does', () => {
    const { engine } = engineOver({
      published: '2026-04-02',
      paragraphs: [
        ['The stolen statue was found intact, according to Detective Ray Osei.'],
        [
          'The stolen statue was found wrapped in an old blanket on a shelf at the back of a lock-up garage in Durnford, police said on Monday evening.',
        ],
        ['The museum reopened in March.'],
      ],
    });
    expect(engine.ask('Where was the stolen statue found?').passages[0]?.quote).toContain(
      'Durnford',
    );
  });

  it('answers where a car was found by the street it was found on', () => {
    const { engine } = engineOver({
      published: '2026-03-10',
      paragraphs: [
        [
          'CCTV shows two men leaving the scene in a blue Vauxhall estate car.',
          'The car was found burnt out on Quarry Road, Hollin, at around 6am on Sunday.',
        ],
        ['Officers were called at 1.10am after an alarm went off.'],
      ],
    });
    // "getaway" is a word the coverage never uses; it only describes the car the question names.
    const answer = engine.ask('where was the getaway car found');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toContain('Quarry Road');
  });

  it('is a name a place class introduces by "of", wherever it stands', () => {
    expect(classedPlaceNamesIn('The admission of the State of Nevada has been completed.')).toEqual(
      ['Nevada'],
    );
    expect(classedPlaceNamesIn('The city of Minsk hosted the talks.')).toEqual(['Minsk']);
    // Not a class of place, or no name after "of".
    for (const text of [
      'The Secretary of State spoke.',
      'The state of the union is strong.',
      'The port of call was late in March.',
    ])
      expect(classedPlaceNamesIn(text), text).toEqual([]);
    const which = answerTypeOf('Which state was admitted to the union last year?')!;
    expect(answerTypeScore('The admission of the State of Vennor was completed.', which)).toBe(1);
  });

  it('ranks the passage naming the state admitted above one that names none', () => {
    const { engine } = engineOver({
      published: '2026-05-04',
      paragraphs: [
        ['The admission of one more state to the union was completed last year.'],
        ['The admission of the State of Vennor to the union was completed last year.'],
      ],
    });
    expect(engine.ask('which state was admitted to the union?').passages[0]?.quote).toContain(
      'Vennor',
    );
  });
});
