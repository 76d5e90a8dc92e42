import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const same = { published: ['2025-01-10', '2025-01-10'] as const };
const relation = (a: string, b: string) => classifyFacts(a, b, same);

describe('who spoke is no value of what was said', () => {
  it('never sets the same words from two speakers against each other on the actor', () => {
    for (const [a, b] of <Array<[string, string]>>[
      [
        'Councillor Ana Ruiz said the mine would create 240 jobs in the valley.',
        'Tom Rowe said the mine would create 240 jobs in the valley.',
      ],
      [
        'The mine will open in 2027, Dana Whitcombe told Coastline Radio.',
        'The mine will open in 2027, Ian Petherick told the Gazette.',
      ],
      [
        'Ana Ruiz said the council approved the plan by eight votes to three on Tuesday.',
        'Tom Rowe said the council approved the plan by eight votes to three on Tuesday.',
      ],
    ])
      expect(relation(a, b), `${a} / ${b}`).toEqual({
        kind: 'different-fact',
        reason: 'different actor',
      });
  });

  it('never sets where a statement was made against where else, as the fact’s place', () => {
    expect(
      relation(
        'Speaking in Truro, Dana Whitcombe said the mine would open in 2027.',
        'Speaking in Penzance, Dana Whitcombe said the mine would open in 2027.',
      ).kind,
    ).toBe('different-fact');
  });

  it('still finds a place or an actor that what is reported differs on', () => {
    expect(
      relation(
        'Ana Ruiz said the council approved the plan in Truro.',
        'Ana Ruiz said the council approved the plan in Penzance.',
      ),
    ).toEqual({ kind: 'disagree', aspect: 'place' });
  });
});

describe('a teller and the told swapped', () => {
  it('are two tellings: neither one fact nor a difference of place', () => {
    for (const [a, b] of <Array<[string, string]>>[
      [
        'Residents from St Aubyn told officials from Truro that the dam was unsafe.',
        'Officials from Truro told residents from St Aubyn that the dam was unsafe.',
      ],
      [
        'Residents from St Aubyn told officials that the dam was unsafe.',
        'Officials from Truro told residents that the dam was unsafe.',
      ],
      [
        'Save the Maren Valley told Tressa Minerals at St Aubyn that the dam was unsafe.',
        'Tressa Minerals told Save the Maren Valley at Truro that the dam was unsafe.',
      ],
    ])
      expect(relation(a, b), `${a} / ${b}`).toEqual({
        kind: 'different-fact',
        reason: 'who did it and to whom swapped',
      });
  });

  it('leaves one telling told twice alone', () => {
    const a = 'Residents from St Aubyn told officials that the dam was unsafe.';
    expect(relation(a, a)).toEqual({ kind: 'same-fact' });
  });
});

describe('the same kind of body named by different words', () => {
  it('keeps the dates of two bodies’ meetings apart', () => {
    expect(
      classifyFacts(
        "Kerrow County Council's planning committee will meet on November 4 to decide the application.",
        'The parish council will discuss the plan at its meeting on January 28.',
        { published: ['2025-09-19', '2025-01-16'] },
      ).kind,
    ).toBe('different-fact');
  });

  it('still sets one body’s two dates against each other', () => {
    expect(
      relation(
        'The parish council will discuss the plan at its meeting on January 28.',
        'The parish council will discuss the plan at its meeting on February 4.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'date' });
    expect(
      relation(
        "Kerrow County Council's planning committee will meet on November 4 to decide the application.",
        "Kerrow County Council's planning committee will meet on November 11 to decide the application.",
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'date' });
  });
});
