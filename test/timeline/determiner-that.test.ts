/**
 * "that" before a noun phrase, in a clause with no verb before the date nor after it, is a
 * determiner, not a conjunction opening a clause: "Crews will repair that damaged section on
 * Monday" is governed by "will". A "that" whose clause has its own verb keeps it. Invented road
 * repair sentences.
 */
import { describe, expect, it } from 'vitest';
import { tenseOf } from '../../src/timeline/tense.js';

const tense = (sentence: string, date = 'Monday') => {
  const at = sentence.indexOf(date);
  return tenseOf(sentence, at, at + date.length);
};

describe('"that" as a determiner', () => {
  it.each([
    ['Crews will repair that damaged section on Monday.', 'future'],
    ['Crews will repair that section on Monday.', 'future'],
    ['Crews repaired that section of the road on Monday.', 'past'],
  ])('leaves the verb before it governing: "%s"', (sentence, expected) => {
    expect(tense(sentence)).toBe(expected);
  });
});

describe('"that" opening a clause with its own verb', () => {
  it.each([
    ['Crews will repair the section that flooded on Monday.', 'past'],
    ['The council said that residents on Monday will vote.', 'future'],
    ['The council said that on Monday the plant would close.', 'future'],
  ])('keeps that verb governing: "%s"', (sentence, expected) => {
    expect(tense(sentence)).toBe(expected);
  });
});
