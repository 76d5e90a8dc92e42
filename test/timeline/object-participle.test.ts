/**
 * A participle news uses mostly as an adjective ("a banned substance") is a past verb with an
 * object after it ("The tribunal on Friday banned Emma Lind"), and a participle right after a
 * date that stands between subject and verb is the verb, a common-noun title before a name
 * ("fined hurdler Karin Berg", news style's false title) being its object. Invented tribunal
 * sentences, published Saturday 23 May 2026: Friday is the 22nd, Thursday the 21st.
 */
import { describe, expect, it } from 'vitest';
import { tenseOf } from '../../src/timeline/tense.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const tense = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return tenseOf(sentence, at, at + date.length);
};
const datesOf = (sentence: string) =>
  buildTimeline(articleOf('2026-05-23', sentence)).map((e) => [e.date, e.future]);

describe('an adjective-like participle with an object', () => {
  it.each([
    ['The athletics tribunal on Friday banned Emma Lind for two years.', 'Friday', '2026-05-22'],
    ['The tribunal banned the sprinter on Friday.', 'Friday', '2026-05-22'],
    ['Police detained him on Thursday.', 'Thursday', '2026-05-21'],
  ])('is past: "%s"', (sentence, day, date) => {
    expect(tense(sentence, day)).toBe('past');
    expect(datesOf(sentence)).toEqual([[date, false]]);
  });

  it.each([
    ['The banned sprinter will race on Friday.', 'future'],
    ['The club will visit injured players on Friday.', 'future'],
    ['Three workers were injured on Friday.', 'past'],
  ])('stays an adjective or a passive without one: "%s"', (sentence, expected) => {
    expect(tense(sentence, 'Friday')).toBe(expected);
  });
});

describe('a participle after a date between subject and verb', () => {
  it.each([
    ['The tribunal on Friday fined hurdler Karin Berg 5,000 kronor.', '2026-05-22'],
    ['The board on Thursday suspended sprinter Per Ek for six months.', '2026-05-21'],
  ])('is the verb, its object a name with a title: "%s"', (sentence, date) => {
    expect(datesOf(sentence)).toEqual([[date, false]]);
  });

  it("is the subject's adjective when the date opens the clause", () => {
    expect(tense('On Friday, disabled residents will receive hot meals.', 'Friday')).toBe('future');
  });
});

describe('a short past the lexicon also tags as an adjective ("used", "tied")', () => {
  it.each([
    ['The club used the ground on Friday.', '2026-05-22'],
    ['The teams tied 2–2 on Friday.', '2026-05-22'],
    ['The teams tied on Thursday.', '2026-05-21'],
    // "tie with": a prepositional verb's complement; the score is no word to the tense rules.
    ['The team tied 2–2 with Rovers on Friday.', '2026-05-22'],
    ['Harlow tied 1-1 with the league leaders on Thursday.', '2026-05-21'],
    ['On Friday the team tied 2–2 with Rovers at home.', '2026-05-22'],
  ])(
    'is past with a subject before it and an object or a date after it: "%s"',
    (sentence, date) => {
      expect(datesOf(sentence)).toEqual([[date, false]]);
    },
  );

  it.each([
    ['The used cars will be sold on Friday.', 'future'],
    ['The tied vote will be rerun on Friday.', 'future'],
    ['The ground is used on Friday.', null],
    ['Smith is tied with Jones on Friday.', null],
    ['The tied vote with Rovers will be rerun on Friday.', 'future'],
  ])('stays an adjective or a passive without one: "%s"', (sentence, expected) => {
    expect(tense(sentence, 'Friday')).toBe(expected);
  });
});
