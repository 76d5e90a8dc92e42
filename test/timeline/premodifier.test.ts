/**
 * A participle that modifies a noun ("elderly and disabled residents", "will visit retired
 * teachers") is an adjective, not the verb whose tense governs a date; one after its subject or
 * an auxiliary ("were injured on Saturday") still is. Invented sentences of an article published
 * Thursday 14 May 2026: the Saturday before is 9 May, the Saturday after 16 May.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { tenseOf } from '../../src/timeline/tense.js';
import { articleOf } from './fixtures.js';

const THURSDAY = '2026-05-14';
const shown = (sentence: string) =>
  buildTimeline(articleOf(THURSDAY, sentence)).map((e) => [e.date, e.future]);
const tense = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return tenseOf(sentence, at, at + date.length);
};

describe('a participle modifying a noun carries no tense', () => {
  it.each([
    'Volunteers will deliver hot meals to elderly and disabled residents on Saturday.',
    'Volunteers will deliver hot cooked meals on Saturday.',
    'The charity will visit retired teachers on Saturday.',
    'Volunteers will visit retired and disabled residents on Saturday.',
    'Nurses will check on injured and displaced families on Saturday.',
    'The council will open a helpline for affected households on Saturday.',
    'The party will meet newly elected councillors on Saturday.',
    'The trust will repair 30 damaged homes on Saturday.',
    "The mayor will thank the council's retired staff on Saturday.",
    'On Saturday, disabled residents will receive hot meals.',
  ])('"%s" is a plan for the Saturday ahead', (sentence) => {
    expect(shown(sentence)).toEqual([['2026-05-16', true]]);
  });

  it.each([
    'Three people were injured on Saturday.',
    'Two councillors were elected on Saturday.',
    'Police arrested three men on Saturday.',
    'The council retired its oldest buses on Saturday.',
    'Staff affected by the closure were told on Saturday.',
    'He said injured workers were taken to hospital on Saturday.',
  ])('"%s", a participle heading its verb group, is the Saturday before', (sentence) => {
    expect(shown(sentence)).toEqual([['2026-05-09', false]]);
  });

  it('keeps a participle as the verb when its clause has no other ("many opposed plans")', () => {
    expect(tense('Residents said many opposed plans on Monday.', 'on Monday')).toBe('past');
    expect(tense('Many opposed plans on Monday.', 'on Monday')).toBe('past');
  });

  it('reads a noun before "and" as a coordinated verb, not a modifier', () => {
    expect(tense('The council wrote to residents and closed roads on Monday.', 'on Monday')).toBe(
      'past',
    );
  });
});
