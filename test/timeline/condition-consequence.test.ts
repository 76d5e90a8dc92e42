/**
 * The consequence of a condition ("If funding is approved, work will start in May": Quirk et al.
 * 1985, §15.33) and an act ruled out ("ruled out closing the road in June") are irrealis: no event
 * on their date, not even an expected one, so they are left undated. A concessive condition ("even
 * if"), an indirect question ("asked if") and "if" of degree ("months, if not years") leave the
 * clause asserted; so does "did not rule out", a possibility still open, read as a forecast.
 * Invented quay sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { inConsequence } from '../../src/timeline/condition-consequence.js';
import { ruledOut } from '../../src/timeline/ruled-out.js';
import { articleOf } from './fixtures.js';

/** Published before May and June: both lie ahead. */
const JANUARY = '2026-01-20';

const datesOf = (sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(JANUARY, sentence));
  return { dated: events.map((e) => [e.date, e.future]), undated: undated.map((u) => u.text) };
};

/** The offsets of `word` in `sentence`. */
const at = (sentence: string, word: string): [string, number, number] => {
  const start = sentence.indexOf(word);
  return [sentence, start, start + word.length];
};

describe('the consequence of a condition', () => {
  it.each([
    'If funding is approved, work on the quay will start in May.',
    'Work on the quay will start in May if funding is approved.',
    'Unless the bid fails, work on the quay will start in May.',
    'The council said that if funding is approved, work on the quay will start in May.',
  ])('is not expected: "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual({ dated: [], undated: ['May'] });
    expect(inConsequence(...at(sentence, 'May'))).toBe(true);
  });

  it.each([
    // Concessive: the work starts either way.
    'Even if funding is refused, work on the quay will start in May.',
    // "if" of degree, not a condition.
    'Repairs to the quay will take months, if not years, and start in May.',
    // No condition at all.
    'Work on the quay will start in May, the council said.',
  ])('stays expected: "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual({ dated: [['2026-05', true]], undated: [] });
  });

  it('a coordinated clause after a comma is a clause of its own, not read under the condition', () => {
    expect(
      datesOf(
        'If the test succeeds, the quay will be handed over, and the opening is set for 8 July.',
      ),
    ).toEqual({ dated: [['2026-07-08', true]], undated: [] });
    expect(
      datesOf('The quay road will close in June, and the toll will rise if the bid fails.'),
    ).toEqual({ dated: [['2026-06', true]], undated: [] });
  });

  it('an indirect question opened by "if" is no condition of the clause before it', () => {
    expect(
      datesOf('Work on the quay started in May, and residents asked if the road would close.'),
    ).toEqual({ dated: [['2025-05', false]], undated: [] });
  });

  it('a past act in the matrix is still told', () => {
    const sentence = 'If it is approved, the quay plan, drawn up in 2019, will cost £4m.';
    expect(datesOf(sentence).dated).toEqual([['2019', false]]);
  });
});

describe('an act ruled out', () => {
  it.each([
    'The council ruled out closing the quay road in June.',
    'Closing the quay road in June has been ruled out.',
    'The council has ruled out any closing of the quay road in June.',
  ])('is no event on its date: "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual({ dated: [], undated: ['June'] });
    expect(ruledOut(...at(sentence, 'June'))).toBe(true);
  });

  it('negated, it stays expected', () => {
    // A possibility left open: a forecast, as the bundled gold reads "did not rule out a war".
    const sentence = 'The council did not rule out closing the quay road in June.';
    expect(datesOf(sentence).dated).toEqual([['2026-06', true]]);
    expect(ruledOut(...at('Closing the quay road in June has not been ruled out.', 'June'))).toBe(
      false,
    );
  });

  it('another clause after a comma is not the act ruled out', () => {
    const sentence = 'The council ruled out a toll, but the quay road will close in June.';
    expect(datesOf(sentence)).toEqual({ dated: [['2026-06', true]], undated: [] });
  });
});
