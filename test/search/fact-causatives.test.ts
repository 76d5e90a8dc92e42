/**
 * One happening told through its cause (fact-causatives.ts): a causative verb in the passive
 * and the verb of what it causes (WordNet's cause pointer, "kill" → "die") are one word.
 * Invented sentences, articles published on one day.
 */
import { describe, expect, it } from 'vitest';
import { analyseFact } from '../../src/search/select/fact-analysis.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { causativePairs } from '../../src/search/select/fact-causatives.js';

const DAY = '2026-03-04';

function relation(a: string, b: string): string {
  const r = classifyFacts(a, b, { published: [DAY, DAY] });
  return r.kind === 'different-fact' ? `${r.kind}: ${r.reason}` : r.kind;
}

const killed = 'Two crew members were killed when the Hallin ferry hit rocks.';
const died = 'Two crew members died when the Hallin ferry hit rocks.';

describe('causativePairs', () => {
  it('pairs a passive causative with the verb of what it causes, either side first', () => {
    // Fact terms are stems: "died" is "di".
    expect(causativePairs(analyseFact(killed), analyseFact(died))).toEqual([['kill', 'di']]);
    expect(causativePairs(analyseFact(died), analyseFact(killed))).toEqual([['di', 'kill']]);
  });

  it('pairs only the passive whose subject the other verb shares, however often compared', () => {
    // One analysis compared with several others, both ways round, as a question compares a
    // candidate: what is read of it once must not carry one comparison's pairs to the next.
    const two = analyseFact(
      'A pilot was hurt and two crew members were killed when the Hallin ferry hit rocks.',
    );
    const crew = analyseFact(died);
    const passengers = analyseFact('Two passengers died when the Hallin ferry hit rocks.');
    expect(causativePairs(two, crew)).toEqual([['kill', 'di']]);
    expect(causativePairs(two, passengers)).toEqual([]);
    expect(causativePairs(crew, two)).toEqual([['di', 'kill']]);
    expect(causativePairs(two, crew)).toEqual([['kill', 'di']]);
  });

  it('pairs nothing for the causative in the active, with its own subject', () => {
    expect(
      causativePairs(analyseFact('The crash killed two crew members.'), analyseFact(died)),
    ).toEqual([]);
  });
});

describe('one happening told through its cause', () => {
  it('reads "were killed" / "died" as one fact, both ways round', () => {
    expect(relation(killed, died)).toBe('same-fact');
    expect(relation(died, killed)).toBe('same-fact');
  });

  it('sets their different counts against each other', () => {
    const three = 'Three crew members were killed when the Hallin ferry hit rocks.';
    expect(relation(died, three)).toBe('disagree');
  });

  it('keeps a verb the causative does not cause, and other subjects, apart', () => {
    expect(
      relation(killed, 'Two crew members were injured when the Hallin ferry hit rocks.'),
    ).toMatch(/^different-fact/);
    expect(relation(killed, 'Two passengers died when the Hallin ferry hit rocks.')).toMatch(
      /^different-fact/,
    );
    expect(
      relation(died, 'Two crew members were rescued when the Hallin ferry hit rocks.'),
    ).toMatch(/^different-fact/);
  });
});
