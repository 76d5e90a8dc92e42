/**
 * Two reports that give two figures each, one alike and one not ("killed three and injured 12" /
 * "killed four and injured 12"), differ on the one that is not: the figure agreeing in another
 * place of the wording says nothing of the place where they differ
 * (src/search/select/fact-relation.ts, values in one place of shared wording).
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const sameDay = { published: ['2026-10-15', '2026-10-15'] as const };

describe('a second figure alike beside one that differs', () => {
  it('leaves the difference standing, both ways round', () => {
    const three = 'The blast at the Harwick grain elevator killed three workers and injured 12.';
    const four = 'The blast at the Harwick grain elevator killed four workers and injured 12.';
    expect(classifyFacts(three, four, sameDay)).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(classifyFacts(four, three, sameDay)).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(
      classifyFacts(
        'The Harwick blast killed three and injured 12.',
        'The Harwick blast killed four and injured 12.',
        sameDay,
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('claims nothing when both figures differ, or the two are swapped', () => {
    const base = 'The blast at the Harwick grain elevator killed three workers and injured 12.';
    for (const other of [
      'The blast at the Harwick grain elevator killed four workers and injured 15.',
      'The blast at the Harwick grain elevator killed 12 workers and injured three.',
    ])
      expect(classifyFacts(base, other, sameDay).kind).toBe('different-fact');
  });
});
