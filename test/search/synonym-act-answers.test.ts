/**
 * "Also reported by" for one act two outlets tell with WordNet synonyms ("were arrested" / "were
 * apprehended") on one day, each dated its own way: the engine reads the synonyms from the
 * index's table, as the fact relation does (fact-acts.ts `actInOtherWords`). Invented articles:
 * the Herald of Friday 3 April 2026 ("on Thursday": 2 April), the radio of 8 May 2026.
 */
import { describe, expect, it } from 'vitest';
import { engineOver } from './fixtures.js';

const article = (
  id: string,
  outlet: string,
  published: string,
  sentence: string,
  other: string,
) => ({
  id,
  title: `${outlet} on the boathouse fire`,
  outlet,
  published,
  paragraphs: [[sentence], [other]],
});
const alsoOf = (herald: string, radio: string) => {
  const { engine } = engineOver(
    article('herald', 'Kelby Herald', '2026-04-03', herald, 'The rowing club met on Friday.'),
    article('radio', 'Radio Kelby News', '2026-05-08', radio, 'A brass band played on Sunday.'),
  );
  const answer = engine.ask('When were the teenagers arrested over the boathouse fire?');
  return answer.passages.flatMap((p) => p.alsoReportedBy.map((q) => q.source.id));
};

describe('one act told with a synonym, on one day', () => {
  it('links "arrested on Thursday" / "apprehended on April 2"', () => {
    expect(
      alsoOf(
        'Two teenagers were arrested on Thursday over the boathouse fire.',
        'Two teenagers were apprehended on April 2 over the boathouse fire.',
      ),
    ).toHaveLength(1);
    // Building the engines reads WordNet: seconds, more on a busy machine.
  }, 120_000);

  it('links nothing for another day, nor for a denial', () => {
    expect(
      alsoOf(
        'Two teenagers were arrested on Thursday over the boathouse fire.',
        'Two teenagers were apprehended on April 9 over the boathouse fire.',
      ),
    ).toEqual([]);
    expect(
      alsoOf(
        'Two teenagers were arrested on Thursday over the boathouse fire.',
        'Two teenagers were not apprehended on April 2 over the boathouse fire.',
      ),
    ).toEqual([]);
  }, 120_000);
});
