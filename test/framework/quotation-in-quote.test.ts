/**
 * A quote that holds double quotation marks of its own (a paragraph that is one speaker's
 * quotation, "“Two teams, one job.”") is shown between single marks, never as ““…””, by every
 * front end: Discord's and the console's (framework/text.ts `fitQuote`), the command line's
 * answers and timeline, and the chart (text/quotation.ts `quoteMarksFor`, the one definition;
 * quotations within quotations alternate double and single marks: Chicago Manual of Style, 17th
 * ed., §6.11). The quote itself stays verbatim. Invented harbour quotes.
 */
import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../../src/cli/format-answer.js';
import { formatTimelinePage } from '../../src/cli/timeline.js';
import type { Answer } from '../../src/engine/types.js';
import { fitQuote } from '../../src/framework/text.js';
import { inQuoteMarks, quoteMarksFor } from '../../src/text/quotation.js';
import { sourceOf } from '../../src/timeline/events.js';
import type { TimelineEvent } from '../../src/types/timeline.js';
import { gazetteArticle } from '../timeline/fixtures.js';
import { passage, source } from '../support/fake-engine.js';

const WHOLE = '“Two crews, one job. Everyone who came up that slipway should be proud.”';
const SAID = '“We sail at eight,” the skipper said.';
const PLAIN = 'The ferry sailed at noon.';

describe('the marks a quote is shown between', () => {
  it('are double, or single when the quote holds double marks (straight, curly, low, guillemets)', () => {
    expect(quoteMarksFor(PLAIN)).toEqual(['“', '”']);
    for (const quote of [WHOLE, SAID, '"We sail," he said.', '„Wir fahren“', '«Nous partons»'])
      expect(quoteMarksFor(quote)).toEqual(['‘', '’']);
    expect(inQuoteMarks(WHOLE)).toBe(`‘${WHOLE}’`);
    expect(fitQuote(WHOLE, [], 500).text).toBe(`‘${WHOLE}’`);
  });

  it('are never doubled in the command line timeline', () => {
    const article = gazetteArticle('crews', '2026-05-20', WHOLE);
    const event: TimelineEvent = {
      date: '2026-05',
      precision: 'month',
      yearStated: true,
      future: false,
      quotes: [{ quote: WHOLE, source: sourceOf(article), start: 0, end: WHOLE.length }],
    };
    const text = formatTimelinePage({ events: [event], total: 1, offset: 0, limit: 10 });
    expect(text).toContain(`‘${WHOLE}’`);
    expect(text).not.toMatch(/““|””/);
  });

  it('are never doubled in the command line answer', () => {
    const answer: Answer = {
      question: 'Who sails at eight?',
      answered: true,
      passages: [{ ...passage(SAID, source('f')), alsoReportedBy: [passage(WHOLE, source('g'))] }],
      closest: [],
      sourcesDiffer: [],
    };
    const text = formatAnswer(answer);
    expect(text).toContain(`‘${SAID}’`);
    expect(text).toContain(`‘${WHOLE}’`);
    expect(text).not.toMatch(/““|””/);
  });
});
