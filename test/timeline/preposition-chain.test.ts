/**
 * "at a meeting on Tuesday": a weekday at the end of a chain of phrases takes the tense of the
 * verb the chain hangs from, and "to" after a noun such as "plan" is a preposition unless a verb
 * follows it ("outlined the plan to members of the public at a meeting on Tuesday" was put on the
 * Tuesday after publication).
 * Invented harbour sentences, published Wednesday 12 November 2025.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { markerAt } from '../../src/timeline/tense-markers.js';
import { articleOf } from './fixtures.js';

const PUBLISHED = '2025-11-12';
const entriesOf = (sentence: string) =>
  buildTimeline(articleOf(PUBLISHED, sentence)).map((e) => [e.date, e.future]);

describe('a weekday after a chain of phrases', () => {
  it.each([
    'Jo Marr outlined the plan to members of the public at a meeting on Tuesday.',
    'Jo Marr presented the harbour plans to the council at a meeting on Tuesday.',
  ])('takes the tense of the verb it hangs from: "%s"', (sentence) => {
    expect(entriesOf(sentence)).toEqual([['2025-11-11', false]]);
  });

  it.each([
    "The quay lease was approved at the meeting of the harbour trust's board in the town hall on Tuesday.",
    'Residents were told of the quay closure by officials at a packed meeting of the parish council in the village hall on Tuesday.',
  ])('takes the tense of the verb before a long chain: "%s"', (sentence) => {
    expect(entriesOf(sentence)).toEqual([['2025-11-11', false]]);
  });

  it('counts a genitive and the noun phrase it determines as two phrases', () => {
    expect(
      entriesOf(
        "Halvard Renewables submitted its planning application for the Skerrow offshore wind farm's cable landing on Tuesday, the company confirmed.",
      ),
    ).toEqual([['2025-11-11', false]]);
  });

  it('reads a future verb before a long chain as ahead', () => {
    expect(
      entriesOf(
        "The quay lease will be put to the members of the harbour trust's board at their meeting in the town hall on Tuesday.",
      ),
    ).toEqual([['2025-11-18', true]]);
  });

  it('leaves a chain after a present copula undated', () => {
    expect(
      entriesOf(
        'The quay lease is on the agenda for the meeting of the board of the harbour trust in the town hall on Tuesday.',
      ),
    ).toEqual([]);
  });

  it('still reads "plans to" before a verb as ahead', () => {
    expect(entriesOf('The harbour trust plans to discuss the quay lease on Tuesday.')).toEqual([
      ['2025-11-18', true],
    ]);
  });

  it('reads "to" as an infinitive only before a possible base form', () => {
    const at = (sentence: string) => {
      const words = sentence.split(' ');
      return markerAt(words, words.indexOf('to'));
    };
    expect(at('the trust plans to close the quay')).toBe('future');
    expect(at('the trust plans to focus on the quay')).toBe('future');
    expect(at('she outlined the plan to members')).toBeNull();
    expect(at('she outlined the plan to the council')).toBeNull();
    expect(at('she outlined the plan to Ms Hart')).toBeNull();
  });
});
