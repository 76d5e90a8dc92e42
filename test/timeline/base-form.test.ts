/**
 * A verb after a modal or the infinitive "to" is the base form, whatever its spelling: in "will
 * shut", "plans to cut", "is going to hit" the verb carries no tense, so the future marker before
 * it governs the date. Verbs whose past equals their base ("shut", "cut", "hit", "set", "put")
 * must not read as past there; without such a marker they still do. Invented ferry sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { baseFormCue } from '../../src/timeline/base-form.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.end ? `${e.date}/${e.end}` : e.date, e.future];
const eventsOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('a base-form verb after a future marker', () => {
  it.each([
    'The Dunmore ferry ramp will shut on April 14.',
    'The Dunmore ferry company will cut its Sunday sailings on April 14.',
    'The new timetable will hit the island on April 14.',
    'The ferry company plans to cut its Sunday sailings on April 14.',
    'The ferry company expects to shut the ramp on April 14.',
    'The ferry company is going to shut the ramp on April 14.',
    'The ferry company will shut down the ramp on April 14.',
    'The ferry company will not put on extra sailings on April 14.',
    "The ramp'll shut on April 14, the harbour master said.",
    'The ramp is to shut on April 14.',
    'The ramp is due to shut on April 14.',
    'The ramp is set to shut on April 14.',
  ])('is ahead: "%s" (published 5 March 2025)', (sentence) => {
    expect(eventsOf('2025-03-05', sentence)).toEqual([['2025-04-14', true]]);
  });

  it('takes the next year for a month already past in the year of publication', () => {
    expect(
      eventsOf('2024-12-20', 'The harbour trust will shut the channel on February 10.'),
    ).toEqual([['2025-02-10', true]]);
  });
});

describe('the same verbs with no future marker', () => {
  it.each([
    'The Dunmore ferry company cut its Sunday sailings on April 14.',
    'Crews were told to shut the ramp on April 14.',
  ])('stay past: "%s" (published 5 March 2025)', (sentence) => {
    expect(eventsOf('2025-03-05', sentence)).toEqual([['2024-04-14', false]]);
  });

  it('"voted to cut" is no past cut: the infinitive\'s act follows the vote (committed-act.ts)', () => {
    expect(
      eventsOf('2025-03-05', 'The ferry company voted to cut its Sunday sailings on April 14.'),
    ).toEqual([['2025-04-14', true]]);
  });
});

describe('the month "May" is no modal', () => {
  it('reads the word after a capitalised "May" inside a sentence as no verb', () => {
    const words = (s: string) => s.replace(/[.,]/gu, '').split(' ');
    const cue = (s: string, word: string) => baseFormCue(words(s), words(s).indexOf(word));
    expect(cue('From 3 May tenants can give their views.', 'tenants')).toBeNull();
    expect(cue('In May tenants can give their views.', 'tenants')).toBeNull();
    expect(cue('May tenants give their views?', 'tenants')).toBe('May');
    expect(cue('Tenants may give their views.', 'give')).toBe('may');
  });
});
