/**
 * A reporting clause after the clause it reports ("…, the trust announced on Monday") dates the
 * saying: its past verb governs its date, whatever the reported clause's tense
 * (reporting-clause.ts). Invented library reports.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { inReportingClause } from '../../src/timeline/reporting-clause.js';
import { tenseOf } from '../../src/timeline/tense.js';
import { articleOf } from './fixtures.js';

const datedOf = (published: string, sentence: string) =>
  buildTimelineDetailed(articleOf(published, sentence)).events.map((e) => [e.date, e.future]);

describe('a date in a reporting clause at the end of the sentence', () => {
  it.each([
    'The new archive wing will be run by Dr Mina Osei, the library board announced on Monday.',
    'The new archive wing will be run by Dr Mina Osei, the board said on Monday.',
    'The new archive wing will be run by Dr Mina Osei, said the board on Monday.',
    'The archive wing will open in the spring, she said on Monday.',
  ])('dates the saying: "%s"', (sentence) => {
    const at = sentence.indexOf('Monday');
    expect(tenseOf(sentence, at, at + 6)).toBe('past');
    // Published on a Monday, and on the Thursday after it: the Monday of that week.
    expect(datedOf('2026-03-16', sentence)).toContainEqual(['2026-03-16', false]);
    expect(datedOf('2026-03-19', sentence)).toContainEqual(['2026-03-16', false]);
  });

  it('is not a participle clause after a noun', () => {
    expect(inReportingClause('Every home would receive a new bin, delivered on ')).toBe(false);
    const sentence = 'Every home will receive a new bin, delivered on Monday.';
    const at = sentence.indexOf('Monday');
    expect(tenseOf(sentence, at, at + 6)).toBeNull();
  });
});
