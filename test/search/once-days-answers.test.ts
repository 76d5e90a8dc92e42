/**
 * Three invented outlets on one warehouse fire: two say it broke out (or started) on Monday
 * night, one on Sunday night. Asked when it started, the reply links the two alike under "also
 * reported by" and says the sources differ on the date (src/search/select/fact-once.ts).
 */
import { describe, expect, it } from 'vitest';
import { engineOver } from './fixtures.js';

const article = (id: string, outlet: string, sentence: string, other: string) => ({
  id,
  title: `${outlet}: the Tarrow fire`,
  outlet,
  published: '2026-03-10',
  paragraphs: [[sentence], [other]],
});

describe('one fire started on two days', () => {
  it('links the two reports of Monday and sets Sunday against them', () => {
    const { engine } = engineOver(
      article(
        'courier',
        'Tarrow Courier',
        'The fire at the Tarrow timber warehouse broke out on Monday night.',
        'The harbour festival has been moved to May.',
      ),
      article(
        'radio',
        'Wessex Radio',
        'The fire at the Tarrow timber warehouse started on Sunday night.',
        'A new bus route opens in April.',
      ),
      article(
        'post',
        'Western Post',
        'The fire at the Tarrow timber warehouse started on Monday night, police said.',
        'The school roof has been repaired.',
      ),
    );
    const answer = engine.ask('When did the fire at the Tarrow warehouse break out?');
    const linked = answer.passages.map((p) =>
      [p.source.id, ...p.alsoReportedBy.map((q) => q.source.id)].sort(),
    );
    expect(linked).toContainEqual(['courier', 'post']);
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.aspect).toBe('date');
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id)).toContain('radio');
    // Building the engine reads WordNet: seconds, more on a busy machine.
  }, 120_000);
});
