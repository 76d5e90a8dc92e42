/**
 * "since" a date with a perfect telling an event came about ("had suffered a break-in since
 * 2019") opens a stretch and dates no event (since-occurrence.ts); the sentence's other date
 * still dates its own act. A state since a date keeps its onset (since-state.ts). Invented
 * museum reports, published 4 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { isOccurrenceSince } from '../../src/timeline/since-occurrence.js';
import { articleOf } from './fixtures.js';

const timeline = (sentence: string) => buildTimelineDetailed(articleOf('2026-03-04', sentence));

describe('an event that came about since a date', () => {
  it('is left undated; "last year" dates the survey', () => {
    const { events, undated } = timeline(
      'A survey last year found that one in four museums had suffered an attempted burglary since 2019.',
    );
    expect(events.map((e) => e.date)).toEqual(['2025']);
    expect(undated.map((u) => u.text)).toContain('2019');
  });

  it('is left undated as the sentence’s only date', () => {
    const { events } = timeline('The museum has suffered a flood since 2019.');
    expect(events).toEqual([]);
  });

  it('leaves a state since a date dated at its onset', () => {
    const sentence = 'The museum has been closed since 2019.';
    expect(
      isOccurrenceSince(sentence, sentence.indexOf('2019'), sentence.indexOf('2019') + 4),
    ).toBe(false);
    expect(timeline(sentence).events.map((e) => e.date)).toEqual(['2019']);
  });

  it('needs an event noun after "a"', () => {
    const sentence = 'The family has owned a farm since 1950.';
    const at = sentence.indexOf('1950');
    expect(isOccurrenceSince(sentence, at, at + 4)).toBe(false);
  });
});
