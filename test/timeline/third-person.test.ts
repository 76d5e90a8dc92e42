/**
 * A past spelt as its base form ("beat", "upset", "broadcast", "hurt") is past after a
 * third-person singular subject, whose present would take "-s"; after a plural subject it may be
 * the present, and after a noun with no object it is a participle. Invented sentences, published
 * Friday 2026-09-18: a past weekday is Thursday 2026-09-17.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { basePastForms, irregularPastForms } from '../../src/timeline/past-forms.js';
import { articleOf } from './fixtures.js';

const dated = (sentence: string) =>
  buildTimeline(articleOf('2026-09-18', sentence)).map((e) => [e.date, e.future]);

describe('a past spelt as its base form, told by its subject', () => {
  it('derives the verbs from the lexicon, apart from those read as past everywhere', () => {
    const forms = basePastForms();
    for (const form of ['beat', 'upset', 'broadcast', 'hurt', 'let', 'spread', 'cast', 'cost'])
      expect(forms.has(form), form).toBe(true);
    for (const form of ['set', 'cut', 'hit', 'come', 'fit', 'said']) {
      expect(forms.has(form), form).toBe(false);
    }
    expect(irregularPastForms().has('beat')).toBe(false);
  });

  it('is past after a singular name, noun or pronoun with an object', () => {
    for (const sentence of [
      'Norway upset India in the final round on Thursday.',
      'The champion beat her rival on Thursday.',
      'The state channel broadcast the final on Thursday.',
      'He hurt his wrist during training on Thursday.',
      'The ticket cost the family a week of wages on Thursday.',
    ])
      expect(dated(sentence), sentence).toEqual([['2026-09-17', false]]);
  });

  it('stays in doubt after a plural subject, where it may be the present', () => {
    expect(dated('Tickets cost the visitors more on Thursday.')).toEqual([]);
    expect(dated('The men cast their nets on Thursday.')).toEqual([]);
  });

  it('stays in doubt after a noun plural with no plural form ("police", "people")', () => {
    expect(dated('The police beat the protesters on Thursday.')).toEqual([]);
    expect(dated('People cast their votes in the church hall on Thursday.')).toEqual([]);
    // A singular name beside them still makes the past: "The police chief beat …" is singular.
    expect(dated('The police chief beat his rival on Thursday.')).toEqual([['2026-09-17', false]]);
  });

  it('is no finite verb as a participle after a noun, with no object', () => {
    expect(dated('The ballot cast at the meeting on Thursday decides the seat.')).toEqual([]);
  });

  it('is a base form after a verb that takes a bare infinitive, or in a question', () => {
    // "hope to" governs: the coming Thursday, ahead.
    expect(dated('Fans hope to see Norway beat India on Thursday.')).toEqual([
      ['2026-09-24', true],
    ]);
    expect(dated('Can Norway beat India on Thursday?')).toEqual([]);
  });
});
