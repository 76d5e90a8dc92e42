/**
 * "could" as the past of "can": with a verb of perception before a month earlier in the year than
 * publication, or with a clause after the date that sets a past time, the date is past (this
 * year's month), never the next one. A modal of possibility about an act ("could reopen") keeps
 * its reading. Invented harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (published: string, sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return {
    dated: events.map((e) => [e.date, e.future] as const),
    undated: undated.map((u) => u.text),
  };
};

/** Published in October: the nearer February is the next one. */
const OCTOBER = '2025-10-10';
const APRIL = '2025-04-10';

describe('a past ability under "could"', () => {
  it.each([
    'Residents could see the harbour smoke from the bridge in February.',
    'Residents could clearly hear the harbour sirens in February.',
    'In February, residents could smell the harbour fire from the hills.',
  ])('with a verb of perception, a month before the publication month: "%s"', (sentence) => {
    expect(datesOf(OCTOBER, sentence)).toEqual({ dated: [['2025-02', false]], undated: [] });
  });

  it.each([
    'Swimmers could use the harbour pool in February, before it closed.',
    'Residents could see the harbour smoke in February, when the fire started.',
  ])('with a clause after the date that sets a past time: "%s"', (sentence) => {
    expect(datesOf(OCTOBER, sentence)).toEqual({ dated: [['2025-02', false]], undated: [] });
  });

  it('a day with a verb of perception, earlier in the year: past', () => {
    expect(datesOf(APRIL, 'Swimmers could hear the harbour alarms on 3 March.').dated).toEqual([
      ['2025-03-03', false],
    ]);
  });
});

describe('a possibility under "could" keeps its reading', () => {
  it('an act that may come ("could reopen") is no past ability: undated', () => {
    expect(datesOf(OCTOBER, 'The harbour pool could reopen in February.')).toEqual({
      dated: [],
      undated: ['February'],
    });
  });
  it('a verb of perception before a month after the publication month: a possibility, undated', () => {
    expect(datesOf(APRIL, 'Visitors could see the new harbour slide in May.')).toEqual({
      dated: [],
      undated: ['May'],
    });
  });
  it('under a condition, whatever its verb: no past', () => {
    expect(
      datesOf(APRIL, 'If the repairs go well, swimmers could see the pool reopen in February.'),
    ).toEqual({ dated: [], undated: ['February'] });
  });
});
