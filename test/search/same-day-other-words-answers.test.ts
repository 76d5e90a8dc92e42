/**
 * "Also reported by" for one fact told by two outlets in other words: a calendar date against a
 * time counted from publication that names the same day, and WordNet synonyms in one place of
 * the shared wording ("began" / "started"). Invented articles of 8 April 2026 (a Wednesday, so
 * "Tuesday last week" is 31 March 2026).
 */
import { describe, expect, it } from 'vitest';
import { engineOver } from './fixtures.js';

/** An invented article of 8 April 2026: the sentence compared, then one about something else. */
const article = (id: string, outlet: string, sentence: string, other: string) => ({
  id,
  title: `${outlet} on the museum roof`,
  outlet,
  published: '2026-04-08',
  paragraphs: [[sentence], [other]],
});
const gazette = (sentence: string) =>
  article(
    'gazette',
    'Dunmere Gazette',
    sentence,
    'The museum shop sold out of guidebooks at Easter.',
  );
const radio = (sentence: string) =>
  article('radio', 'Radio Dunmere News', sentence, 'A brass band played at the harbour on Sunday.');
const alsoOf = (a: string, b: string) => {
  const { engine } = engineOver(gazette(a), radio(b));
  const answer = engine.ask('When did the inspectors begin reviewing the museum roof?');
  return answer.passages.flatMap((p) => p.alsoReportedBy.map((q) => q.source.id));
};

describe('one fact in other words, on one day', () => {
  it('links "on 31 March 2026" / "on Tuesday last week" told with "began" / "started"', () => {
    const also = alsoOf(
      "Inspectors began their review of the Dunmere museum's roof on 31 March 2026.",
      "The inspectors started reviewing the museum's roof on Tuesday last week.",
    );
    expect(also).toHaveLength(1);
    // Building the engines reads WordNet: seconds, more on a busy machine.
  }, 120_000);

  it('links nothing for another day, nor for "finished" against "started"', () => {
    expect(
      alsoOf(
        "Inspectors began their review of the Dunmere museum's roof on 31 March 2026.",
        "The inspectors started reviewing the museum's roof on Wednesday last week.",
      ),
    ).toEqual([]);
    expect(
      alsoOf(
        "Inspectors finished their review of the Dunmere museum's roof on 31 March 2026.",
        "The inspectors started reviewing the museum's roof on Tuesday last week.",
      ),
    ).toEqual([]);
  }, 120_000);
});
