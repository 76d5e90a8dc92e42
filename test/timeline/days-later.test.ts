/**
 * "Two days later" counts from the one event the sentence before dates (Reichenbach's reference
 * time); when that sentence dates more than one, or none, it is left undated. Invented council
 * reports, published 20 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

const timeline = (...sentences: string[]) =>
  buildTimelineDetailed(corpusOf({ published: '2026-03-20', paragraphs: [sentences] }));
const LATER = 'Two days later the council admitted the pumps had failed.';

describe('a count of days later', () => {
  it('counts from the sentence before’s one date', () => {
    const { events } = timeline('On 4 March the council denied that the pumps had failed.', LATER);
    expect(events.map((e) => [e.date, e.quotes[0]!.quote])).toEqual([
      ['2026-03-04', 'On 4 March the council denied that the pumps had failed.'],
      ['2026-03-06', LATER],
    ]);
  });

  it.each([
    [
      'three months later',
      'Three months later the council admitted the pumps had failed.',
      '2026-01',
    ],
  ])('counts months too: "%s"', (_, sentence, date) => {
    const { events } = timeline(
      'In October 2025 the council denied that the pumps had failed.',
      sentence,
    );
    expect(events.map((e) => e.date)).toContain(date);
  });

  it('is undated when the sentence before dates two events', () => {
    const { events, undated } = timeline(
      'On 4 March the council denied it, and on 5 March it apologised.',
      LATER,
    );
    expect(events.map((e) => e.date)).toEqual(['2026-03-04', '2026-03-05']);
    expect(undated.map((u) => u.text)).toContain('Two days later');
  });

  it('is undated when the sentence before dates nothing', () => {
    const { undated } = timeline(
      'On 4 March the council said the pumps were working.',
      'It first denied that anything had failed.',
      LATER,
    );
    expect(undated.map((u) => u.text)).toContain('Two days later');
  });

  it('is not "later than" (an offset)', () => {
    const { undated, events } = timeline(
      'The report came two days later than the council had promised.',
    );
    expect([...undated, ...events.flatMap((e) => e.quotes)]).toEqual([]);
  });
});
