/**
 * Sources that count the same thing differently ("Two men were arrested", "Police arrested
 * three men") are not one entry: each would be shown as corroborating the other (newcomer 11
 * finding 7). Invented arrest sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { countsDiffer } from '../../src/timeline/count-conflict.js';
import { corpusOf } from './fixtures.js';

describe('counts that differ', () => {
  it('are read from numbers and number words before the same noun', () => {
    expect(countsDiffer('Two men were arrested.', 'Police arrested three men.')).toBe(true);
    expect(countsDiffer('About 18,500 residents were told.', 'It told 18,500 residents.')).toBe(
      false,
    );
    expect(countsDiffer('Two men were arrested.', 'Police arrested two men.')).toBe(false);
    // Different things counted.
    expect(countsDiffer('Two men were arrested.', 'Police searched three houses.')).toBe(false);
  });

  it('keep two sources of a day apart; agreeing counts still join', () => {
    const events = buildTimeline(
      corpusOf(
        {
          published: '2026-03-11',
          paragraphs: [['Two men were arrested yesterday over the theft of the painting.']],
        },
        {
          published: '2026-03-12',
          paragraphs: [['Police arrested three men on Tuesday over the theft of the painting.']],
        },
        {
          published: '2026-03-12',
          paragraphs: [['Police arrested two men on Tuesday over the theft of the painting.']],
        },
      ),
    );
    expect(events.map((e) => [e.date, e.quotes.length])).toEqual([
      ['2026-03-10', 2],
      ['2026-03-10', 1],
    ]);
    expect(events[1]?.quotes[0]?.quote).toMatch(/three men/);
  });
});
