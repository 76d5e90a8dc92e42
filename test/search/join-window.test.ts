/**
 * The sentences of a passage compared for "also reported by" (src/search/select/join-window.ts):
 * its main sentence first, then the others in text order, headings left out; `nextCompared`
 * reads them one at a time in that order.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/corpus/types.js';
import { comparedSentences } from '../../src/search/select/join-window.js';
import type { Window } from '../../src/search/select/widen.js';

function sentencesOf(kinds: ReadonlyArray<'heading' | 'body'>): Sentence[] {
  return kinds.map((kind, i) => ({ kind, article: 0, paragraph: i, start: i, end: i + 1 }));
}

/** The rule as the module's docstring states it, written out as a filter: the oracle. */
function byTheRule(window: Window, sentences: readonly Sentence[]): number[] {
  const body = (t: number) => sentences[t]?.kind !== 'heading';
  const rest: number[] = [];
  for (let t = window.first; t <= window.last; t++) if (t !== window.sentence) rest.push(t);
  return [...(body(window.sentence) ? [window.sentence] : []), ...rest.filter(body)];
}

describe('the sentences of a passage compared', () => {
  it('puts the main sentence first, then the others in text order, without headings', () => {
    const sentences = sentencesOf(['heading', 'body', 'body', 'body', 'body']);
    expect(comparedSentences({ sentence: 2, first: 0, last: 4 }, sentences)).toEqual([2, 1, 3, 4]);
    expect(comparedSentences({ sentence: 0, first: 0, last: 2 }, sentences)).toEqual([1, 2]);
    expect(comparedSentences({ sentence: 3, first: 3, last: 3 }, sentences)).toEqual([3]);
  });

  it('reads them one at a time (nextCompared) in that order, in every window', () => {
    const sentences = sentencesOf(['body', 'heading', 'body', 'body', 'heading', 'body']);
    for (let first = 0; first < sentences.length; first++)
      for (let last = first; last < sentences.length; last++)
        for (let main = first; main <= last; main++) {
          const window = { sentence: main, first, last };
          expect(comparedSentences(window, sentences)).toEqual(byTheRule(window, sentences));
        }
  });
});
