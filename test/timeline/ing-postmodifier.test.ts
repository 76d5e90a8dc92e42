/**
 * A date in an -ing participle clause after a noun takes the time of its finite verb's reference
 * time: under a present perfect that is the present, which tells no side of the time of writing;
 * under a simple past it is past, under a future ahead. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { presentPerfectIngPostmodifier } from '../../src/timeline/ing-postmodifier.js';
import { articleOf } from './fixtures.js';

/** Published Thursday 2025-09-11. */
const THURSDAY = '2025-09-11';
const dates = (sentence: string) =>
  buildTimeline(articleOf(THURSDAY, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);
const at = (sentence: string, date: string) => {
  const start = sentence.indexOf(date);
  return presentPerfectIngPostmodifier(sentence, start, start + date.length);
};

describe('an -ing postmodifier under a present perfect', () => {
  it('leaves a weekday undated: the perfect dates the issuing, not the Saturday covered', () => {
    const sentence =
      'Forecasters have issued a yellow warning for gales covering Dunmore on Saturday, the opening day of the regatta.';
    expect(at(sentence, 'Saturday')).toBe(true);
    expect(dates(sentence)).toEqual([]);
  });

  it('reads "has" and an adverb before the verb alike', () => {
    expect(
      at('The harbour has just issued a notice covering the slipway on Monday.', 'Monday'),
    ).toBe(true);
  });
});

describe('other verbs keep their reading', () => {
  it.each([
    // Simple past: the participle's time is the arrest's, past.
    ['Police arrested a man carrying a knife on Saturday.', '2025-09-06'],
    // Future: ahead.
    ['Forecasters will issue a warning covering Dunmore on Saturday.', '2025-09-13 future'],
    // A perfect progressive is the finite verb itself, not a postmodifier.
    ['Crews have been clearing the slipway since Monday.', '2025-09-08'],
  ])('"%s"', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });

  it('needs the participle right after a noun, and the date in its clause', () => {
    expect(
      at('Forecasters have issued a warning, and crews began clearing it on Saturday.', 'Saturday'),
    ).toBe(false);
    expect(at('The council has spent money on Saturday.', 'Saturday')).toBe(false);
  });
});
