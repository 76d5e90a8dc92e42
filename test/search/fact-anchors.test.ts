/**
 * An event a sentence names only as a time anchor ("since the explosion", "after the Oct. 14
 * blast") or as what a noun is about ("an investigation into the explosion") is not reported by
 * it, so never "also reported by" under a report of the event (src/search/select/fact-anchors.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { mentionSpans } from '../../src/search/select/fact-anchors.js';
import { datedQuotes } from '../../src/engine/about-fallback.js';
import type { Quote, TimelineEvent } from '../../src/engine/types.js';

const sameDay = { published: ['2026-10-16', '2026-10-16'] as const };
const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b, sameDay);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};
const mentioned = 'different-fact: an event mentioned, not reported';
const blast = 'An explosion ripped through the Harwick grain elevator on Oct. 14.';

describe('an event named as a time anchor or a topic', () => {
  it('is not reported by the sentence that names it, both ways round', () => {
    for (const other of [
      'Since the explosion at the Harwick grain elevator on Oct. 14, the company has hired safety staff.',
      'After the Oct. 14 explosion at the Harwick grain elevator, the company replaced its chief engineer.',
      'An investigation into the Oct. 14 explosion at the Harwick grain elevator is under way.',
      'Questions about the Oct. 14 explosion at the Harwick grain elevator have grown.',
    ]) {
      expect(relation(other, blast)).toBe(mentioned);
      expect(relation(blast, other)).toBe(mentioned);
    }
  });

  it('two reports of what followed, timed by the same event, stay one fact', () => {
    expect(
      relation(
        'Since the explosion at the Harwick grain elevator on Oct. 14, the company has hired safety inspectors.',
        'The company has hired safety inspectors since the explosion at the Harwick grain elevator on Oct. 14.',
      ),
    ).toBe('same-fact');
  });

  it('a report of the event with a time phrase of its own stays one fact with another report', () => {
    expect(
      relation(
        'An explosion ripped through the Harwick grain elevator on Oct. 14, after a dust fire.',
        blast,
      ),
    ).toBe('same-fact');
  });
});

describe('a date answer', () => {
  it("lists under a report of the day's event only reports of it, not mentions", () => {
    const quote = (id: string, text: string): Quote => ({
      quote: text,
      source: { id, title: id, outlet: null, published: '2026-10-16', url: null, author: null },
      start: 0,
      end: text.length,
    });
    const event = {
      date: '2026-10-14',
      precision: 'day',
      yearStated: true,
      future: false,
      quotes: [
        quote('herald', blast),
        quote(
          'courier',
          'Since the explosion at the Harwick grain elevator on Oct. 14, the company has hired safety staff.',
        ),
        quote(
          'wire',
          'An explosion ripped through the Harwick grain elevator on Oct. 14, officials said.',
        ),
        quote(
          'post',
          'After the Oct. 14 explosion at the Harwick grain elevator, the company replaced its chief engineer.',
        ),
      ],
    } as TimelineEvent;
    const day = { year: 2026, month: 10, day: 14, start: 0, end: 0 };
    expect(
      datedQuotes([event], day, 5).map((p) => [p.quote.source.id, p.also.map((q) => q.source.id)]),
    ).toEqual([
      ['herald', ['wire']],
      ['courier', []],
      ['post', []],
    ]);
  });
});

describe('the phrases that mention an event', () => {
  const spans = (text: string) => mentionSpans(text).map((s) => text.slice(s.start, s.end));
  it('run from the preposition to the end of the clause, past an abbreviated month', () => {
    expect(spans('Since the blast on Oct. 14, the firm has hired staff.')).toEqual([
      'Since the blast on Oct. 14',
    ]);
    expect(spans('An inquiry into the Harwick fire is under way.')).toEqual([
      'into the Harwick fire is under way',
    ]);
  });

  it('not "the following day", nor "about" before a figure', () => {
    expect(spans('The plant reopened the following day.')).toEqual([]);
    expect(spans('About 40 workers were on site.')).toEqual([]);
  });
});
