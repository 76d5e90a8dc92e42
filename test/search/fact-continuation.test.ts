/**
 * A change (a movement, an opening) and the state holding on after it ("remain", "stay", "still",
 * "continue to") are two facts of the same people or place, never "also reported by" one another
 * (src/search/select/fact-continuation.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { continuationSpans } from '../../src/search/select/fact-continuation.js';

const sameDay = { published: ['2026-10-15', '2026-10-15'] as const };
const relation = (a: string, b: string) => {
  const r = classifyFacts(a, b, sameDay);
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
};
const apart = 'different-fact: a state holding on, not a change';

const flown =
  'Two workers injured in the blast at the Harwick grain elevator were flown to a hospital in Omaha.';
const remain =
  'Two workers injured in the blast at the Harwick grain elevator remain hospitalised in Omaha.';

describe('a change and the state holding on after it', () => {
  it('a transfer to hospital is not the stay there, both ways round', () => {
    expect(relation(flown, remain)).toBe(apart);
    expect(relation(remain, flown)).toBe(apart);
    expect(
      relation(
        'Two workers hurt in the Harwick blast were airlifted to a hospital in Omaha.',
        'Two workers hurt in the Harwick blast are still in a hospital in Omaha.',
      ),
    ).toBe(apart);
  });

  it('reopening is not staying open', () => {
    expect(
      relation(
        'The Harwick grain elevator reopened to farmers on Monday morning.',
        'The Harwick grain elevator stayed open to farmers on Monday morning.',
      ),
    ).toBe(apart);
  });

  it('a plan to reopen is not staying open either', () => {
    expect(
      classifyFacts(
        'The Harwick grain elevator will reopen on Monday, the company said.',
        'The Harwick grain elevator stays open, the company said.',
        sameDay,
      ).kind,
    ).toBe('different-fact');
  });

  it('two reports of the state, or of the change, stay one fact', () => {
    expect(
      relation(
        remain,
        'Two workers injured in the blast at the Harwick grain elevator remain hospitalised in Omaha, the company said.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        flown,
        'Two workers injured in the blast at the Harwick grain elevator were flown to a hospital in Omaha, officials said.',
      ),
    ).toBe('same-fact');
  });

  it('a state in a clause joined by a comma alone does not reach the next clause', () => {
    // WordNet lists "go" and "work" in one sense (function, operate), so the acts may meet:
    // only the aspect of each sets them apart.
    const table: Record<string, readonly string[]> = { gone: ['work'], work: ['go'] };
    const withSynonyms = {
      ...sameDay,
      synonyms: (stem: string) => table[stem] ?? [],
    };
    const r = classifyFacts(
      'The car park is still shut, the rescue teams have gone, and along the western ridge a few walkers are coming back.',
      'Rescue teams were still working along the western ridge of the hill on Monday.',
      withSynonyms,
    );
    expect(r.kind === 'different-fact' ? r.reason : r.kind).toBe(
      'a state holding on, not a change',
    );
    expect(continuationSpans('The car park is still shut, the rescue teams have gone.')).toEqual([
      { start: 16, end: 26 },
    ]);
    // A fronted adverbial is no clause of its own; nor is a subject set off by an apposition.
    expect(continuationSpans('On Monday, the rescue teams were still searching.')).toEqual([
      { start: 33, end: 48 },
    ]);
    expect(
      continuationSpans('The ridge is still closed, the park said, and walkers are asked to wait.'),
    ).toHaveLength(1);
  });

  it('a state told without a change on the other side is not set apart', () => {
    expect(
      relation(
        'Two workers injured in the Harwick blast remain in a hospital in Omaha.',
        'Two workers injured in the Harwick blast are in a hospital in Omaha.',
      ),
    ).toBe('same-fact');
  });
});

describe('what marks a state holding on', () => {
  const marked = (text: string) => continuationSpans(text).length > 0;
  it('reads the verbs, "still", and the perfect with "since"', () => {
    expect(marked('Two workers remain in hospital.')).toBe(true);
    expect(marked('The road stays shut.')).toBe(true);
    expect(marked('Fires continue to burn at the site.')).toBe(true);
    expect(marked('The men are still missing.')).toBe(true);
    expect(marked('The town has been cut off since the storm.')).toBe(true);
  });

  it('not a noun, "Still," meaning even so, nor a plan that holds', () => {
    expect(marked('Human remains were found at the site.')).toBe(false);
    expect(marked('The judge granted a stay of execution.')).toBe(false);
    expect(marked('Still, the company said it would reopen.')).toBe(false);
    expect(marked('The barrier remains on course to be finished in 2027.')).toBe(false);
    expect(marked('The cause remains unclear.')).toBe(false);
  });

  it('governs its own clause only', () => {
    const text = 'The contractor is still disputing the fine; a hearing is due in September.';
    const [span] = continuationSpans(text);
    expect(text.slice(span!.start, span!.end)).toBe('still disputing the fine');
  });

  it('not a perfect with the size of a change: "has been lowered by 5m since" (session 70)', () => {
    expect(marked('The level at Harl has been lowered by 5m since pumping began.')).toBe(false);
    expect(marked('Fares have been cut by about 20% since 2019.')).toBe(false);
    expect(marked('The level has been lowered by five metres since Tuesday.')).toBe(false);
    // A state, or a figure of something else than the change, is still one.
    expect(marked('The road has been closed since the storm.')).toBe(true);
    expect(marked('The town has been gripped by protests since the vote.')).toBe(true);
    expect(
      relation(
        'The water level in Harl Reservoir has been lowered by 5 metres since pumping began.',
        'The pumps had lowered the water level in Harl Reservoir by five metres.',
      ),
    ).toBe('same-fact');
    expect(
      relation(
        'The water level in Harl Reservoir has been lowered by 5 metres since pumping began.',
        'The pumps had lowered the water level in Harl Reservoir by three metres.',
      ),
    ).not.toBe('same-fact');
  });
});
