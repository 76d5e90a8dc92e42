/**
 * Words told with WordNet synonyms beyond the act: every term of one report that is a synonym of
 * a term of the other counts as a word both share (fact-shared-terms.ts `toldInOtherWords`), and a
 * word said of a count is one word with its synonym (fact-measures.ts `saidAlike`), so "Fourteen
 * people were injured when the roof fell" / "Seventeen people were hurt when the roof collapsed"
 * differ on the number and "… Fourteen people were hurt when the roof collapsed" is the same
 * fact. Everything else (stance, another event, a name before other nouns) still keeps two
 * reports apart. Invented sentences, articles published on one day.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { synonymsFor } from '../support/index-synonyms.js';

const DAY = '2026-02-13';

/** Relates `a` and `b` with the synonyms of their words, both read as published on one day. */
function relate(a: string, b: string) {
  return classifyFacts(a, b, { published: [DAY, DAY], synonyms: synonymsFor(a, b) });
}

const injured = 'Fourteen people were injured when the roof fell.';

describe('words told with WordNet synonyms', () => {
  it('reads two synonym pairs as shared words: one fact, both ways round', () => {
    const hurt = 'Fourteen people were hurt when the roof collapsed.';
    expect(relate(injured, hurt)).toEqual({ kind: 'same-fact' });
    expect(relate(hurt, injured)).toEqual({ kind: 'same-fact' });
    // Without the synonym table (no index) the words are other words: a missed claim only.
    expect(classifyFacts(injured, hurt, { published: [DAY, DAY] }).kind).toBe('different-fact');
  });

  it('sets a count said with a synonym against the other count', () => {
    expect(relate(injured, 'Seventeen people were hurt when the roof fell.')).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(relate('Fourteen people were injured.', 'Seventeen people were hurt.')).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(
      relate(
        'The Kelsby roof collapse injured 14 people.',
        'The Kelsby roof collapse hurt 17 people.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });

  it('keeps apart what else differs: a denial, another act, another named thing', () => {
    expect(relate(injured, 'Fourteen people were not hurt when the roof collapsed.').kind).toBe(
      'different-fact',
    );
    expect(relate(injured, 'Seventeen people were evacuated when the roof collapsed.').kind).toBe(
      'different-fact',
    );
    // One name before two nouns ("the Kelsby roof collapse" / "the Kelsby bus crash") names two
    // events of one town, the same verb or a synonym alike.
    for (const verb of ['injured', 'hurt'])
      expect(
        relate(
          'The Kelsby roof collapse injured 14 people.',
          `The Kelsby bus crash ${verb} 17 people.`,
        ).kind,
      ).toBe('different-fact');
  });

  it('pairs words one for one: a word is not shared twice through two synonyms', () => {
    // "shut" and "closed" are synonyms; the library and the pool are still two things.
    expect(
      relate(
        'The council shut the Kelsby pool on Monday.',
        'The council closed the Kelsby library on Monday.',
      ).kind,
    ).toBe('different-fact');
    expect(
      relate(
        'The council shut the Kelsby pool on Monday.',
        'The council closed the Kelsby pool on Monday.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('reads no verb of saying as a synonym of the act: an order is not a plan to discuss', () => {
    // WordNet puts "order" and "say" in one sense (to give a directive); "said" frames a claim.
    const ordered = 'The council has ordered safety inspections of every sports hall in Kelsby.';
    const agenda =
      'The mayor said the safety of every sports hall in Kelsby would be on the agenda.';
    expect(relate(ordered, agenda).kind).toBe('different-fact');
    expect(relate(agenda, ordered).kind).toBe('different-fact');
    // The same words from another outlet are still one fact.
    expect(
      relate(ordered, 'The council has ordered safety inspections of every sports hall in Kelsby.'),
    ).toEqual({ kind: 'same-fact' });
  });
});
