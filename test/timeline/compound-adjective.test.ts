/**
 * A compound of an adjective or a number and a noun in "-ed" ("black-necked", "white-crested",
 * "three-legged") before a noun is an adjective, whatever words open its noun phrase: it carries
 * no tense, so a yearless date in a clause of "will" lies ahead of the article's date, and the
 * attribution's past ("the zoo announced on Friday") stays the announcement's. Invented
 * sentences of an article published Friday 20 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const FRIDAY = '2026-03-20';
const datedOn = (sentence: string, date: string) =>
  buildTimeline(articleOf(FRIDAY, sentence))
    .filter((event) => event.date.endsWith(date))
    .map((event) => [event.date, event.future]);

describe('an adjective-noun compound in "-ed" carries no tense', () => {
  it.each([
    'Kestrel Zoo will begin vaccinating its captive black-necked storks against avian flu on 6 April, the zoo announced on Friday.',
    'Kestrel Zoo will begin vaccinating its black-necked storks on 6 April, the zoo announced on Friday.',
    'The sanctuary will start feeding white-crested cranes a new diet on 6 April, the keepers said.',
    'The farm will show its prize three-legged lambs on 6 April.',
  ])('"%s" is a plan for 6 April ahead', (sentence) => {
    expect(datedOn(sentence, '04-06')).toEqual([['2026-04-06', true]]);
  });

  it.each([
    'Keepers moved the captive black-necked storks to a new pen on 6 March.',
    'The kitchen deep-fried fresh fish on 6 March.',
  ])('"%s" still dates a past act', (sentence) => {
    expect(datedOn(sentence, '03-06')).toEqual([['2026-03-06', false]]);
  });
});
