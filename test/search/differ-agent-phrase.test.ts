/**
 * A passive's agent phrase told by one report alone (src/search/select/fact-agent-phrase.ts):
 * "Windows in 30 homes were smashed" / "windows in 42 homes were smashed by the explosion" tell
 * one act, its doer left unstated on one side (Huddleston & Pullum 2002, ch. 16; Quirk et al.
 * 1985, §3.63–3.65), so the counts differ on the number; before, "smashed" alone against "smashed
 * explosion" was one word against two, and nothing was claimed. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const PUBLISHED = { published: ['2026-05-04', '2026-05-06'] as const };
const BARE = 'Windows in 30 homes were smashed, and a garage door was torn off its hinges.';
const AGENTED =
  'Residents came back to glass on the carpets: windows in 42 homes were smashed by the explosion, according to the council.';

const both = (a: string, b: string) => [
  classifyFacts(a, b, PUBLISHED).kind,
  classifyFacts(b, a, PUBLISHED).kind,
];

describe("a passive's agent phrase on one side alone", () => {
  it('leaves the counts of one act differing on the number', () => {
    expect(both(BARE, AGENTED)).toEqual(['disagree', 'disagree']);
    expect(
      both('Windows in 30 homes were smashed.', 'Windows in 42 homes were smashed by the blast.'),
    ).toEqual(['disagree', 'disagree']);
  });

  it('leaves one count told alike one fact', () => {
    expect(both(BARE, AGENTED.replace('42', '30'))).toEqual(['same-fact', 'same-fact']);
  });

  it('claims nothing when the agents differ, the phrase says more than who, or is no agent', () => {
    for (const [a, b] of <[string, string][]>[
      // Two agents named: two acts.
      [
        'Windows in 30 homes were smashed by the vandals.',
        'Windows in 42 homes were smashed by the explosion.',
      ],
      // A name in the phrase may tell another place.
      [
        'Windows in 30 homes were smashed.',
        'Windows in 42 homes were smashed by the storm in Pellford.',
      ],
      // A phrase inside the agent phrase or after it may say where or when.
      ['Some 30 homes were damaged.', 'Some 45 homes were damaged by the floods in the valley.'],
      ['Some 30 homes were damaged.', 'Some 45 homes were damaged by the fire on Friday.'],
      // A bare noun after "by" is a means more often than an agent.
      ['Some 30 homes were sold.', 'Some 42 homes were sold by auction.'],
      // Another act.
      ['Windows in 30 homes were smashed.', 'Windows in 42 homes were boarded up by the council.'],
    ])
      expect(both(a, b), `${a} / ${b}`).not.toContain('disagree');
  });
});
