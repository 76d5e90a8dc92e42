import { describe, expect, it } from 'vitest';
import { differingSlot } from '../../src/search/select/fact-slots.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { buildSynonymTable } from '../../src/search/synonyms.js';

describe('differingSlot', () => {
  it('finds words swapped in one place of the same wording', () => {
    expect(
      differingSlot(
        ['council', 'vote', 'close', 'gate'],
        ['council', 'vote', 'open', 'gate'],
        2,
        1,
      ),
    ).toEqual({ a: ['close'], b: ['open'] });
    expect(
      differingSlot(['shellfish', 'survei', 'began'], ['cost', 'review', 'began'], 2, 1),
    ).toEqual({ a: ['shellfish', 'survei'], b: ['cost', 'review'] });
  });

  it('finds none for an added detail, a long swap, or wording different throughout', () => {
    expect(
      differingSlot(['council', 'vote', 'gate'], ['council', 'vote', 'close', 'gate'], 2, 1),
    ).toBeNull();
    expect(differingSlot(['a', 'x', 'y', 'z', 'b'], ['a', 'p', 'q', 'r', 'b'], 2, 1)).toBeNull();
    expect(
      differingSlot(['a', 'x', 'b', 'c', 'd', 'e'], ['a', 'y', 'b', 'f', 'g', 'h'], 2, 1),
    ).toBeNull();
  });

  it("passes over a place whose words on one side are synonyms of the other's, the rest a detail", () => {
    const same = (x: string, y: string) => x === 'arrest' && y === 'apprehe';
    const a = ['teenag', 'arrest', 'kelby', 'boatho'];
    expect(differingSlot(a, ['teenag', 'apprehe', 'boatho'], 2, 1, same)).toBeNull();
    expect(differingSlot(a, ['teenag', 'apprehe', 'boatho'], 2, 1)).toEqual({
      a: ['arrest', 'kelby'],
      b: ['apprehe'],
    });
    // Words left on both sides still differ in that place.
    expect(differingSlot(a, ['teenag', 'apprehe', 'durnfo', 'boatho'], 2, 1, same)).toEqual({
      a: ['arrest', 'kelby'],
      b: ['apprehe', 'durnfo'],
    });
  });

  it('passes over words the other passage writes elsewhere: moved, not different', () => {
    // "The fire forced the evacuation of 300 residents" / "300 residents were evacuated because
    // of the fire": aligned in order, "fire forced" and "residents" fall in one place.
    expect(
      differingSlot(
        ['resid', 'evacu', 'kelby', 'fire'],
        ['fire', 'forc', 'evacu', 'resid', 'kelby'],
        2,
        2,
      ),
    ).toBeNull();
    // A word new on each side still differs there.
    expect(differingSlot(['resid', 'evacu', 'kelby'], ['pupil', 'evacu', 'kelby'], 2, 1)).toEqual({
      a: ['resid'],
      b: ['pupil'],
    });
  });

  it('ignores verbs of attribution', () => {
    expect(differingSlot(['varga', 'told', 'monei'], ['varga', 'said', 'monei'], 2, 1)).toBeNull();
  });
});

describe('synonyms in one place of shared wording', () => {
  const sentences = (verb: string) => `The council ${verb} the Harbour Road footbridge on Monday.`;
  // The corpus's synonym table as the index builds it from WordNet (synonyms.ts).
  const table = new Map(
    buildSynonymTable(new Set(['council', 'close', 'shut', 'open', 'harbour', 'road'])),
  );
  const synonyms = (stem: string) => table.get(stem) ?? [];
  const relation = (a: string, b: string) =>
    classifyFacts(sentences(a), sentences(b), { synonyms }).kind;

  it('reads synonyms ("closed" / "shut") as one word, so the reports are one fact', () => {
    expect(relation('closed', 'shut')).toBe('same-fact');
    expect(relation('shut', 'closed')).toBe('same-fact');
    // Without the table the two words are a differing slot, as before.
    expect(classifyFacts(sentences('closed'), sentences('shut')).kind).toBe('different-fact');
  });

  it('keeps words that are not synonyms apart ("closed" / "opened")', () => {
    expect(relation('closed', 'opened')).toBe('different-fact');
  });
});

describe('one report reordered (a passive, a clause fronted)', () => {
  const sameDay = { published: ['2026-03-10', '2026-03-10'] as const };
  it('sets two counts of one evacuation against each other, both ways round', () => {
    const a = 'The fire forced the evacuation of about 300 residents in Tarrow.';
    const b = 'Some 350 residents were evacuated in Tarrow because of the fire.';
    expect(classifyFacts(a, b, sameDay)).toMatchObject({ kind: 'disagree', aspect: 'number' });
    expect(classifyFacts(b, a, sameDay)).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('keeps residents and pupils apart', () => {
    expect(
      classifyFacts(
        'The fire forced the evacuation of about 300 residents in Tarrow.',
        'Some 350 pupils were evacuated in Tarrow because of the fire.',
        sameDay,
      ).kind,
    ).toBe('different-fact');
  });
});
