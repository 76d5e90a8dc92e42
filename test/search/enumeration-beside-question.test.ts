/**
 * "Which tribes agreed to move west?" asks for tribes: a series of other names between words
 * the question does not hold, in a passage that also mentions tribes ("in allowing Ashby,
 * Corran, Mendle and Strood to form counties, … the tribes"), names none of them, and does not move ahead of the passage naming the tribes
 * (enumerations-first.ts `besideAsked`). Invented article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { enumerates } from '../../src/search/enumerations-first.js';
import { engineOver } from './fixtures.js';

const TRIBES = {
  id: 'tribes',
  published: '1831-12-06',
  paragraphs: [
    [
      'With full understanding, the Orrin and the Valka tribes have agreed to move west of the Teller River.',
    ],
    [
      'Why, in allowing Ashby, Corran, Mendle and Strood to form counties, did the assembly leave within their bounds the lands of powerful tribes who had not agreed to move?',
    ],
    ['The land office will survey the lands west of the river next spring.'],
  ],
};

describe('a series answers a list question beside the asked noun', () => {
  // Building reads WordNet: in the hook, whose time limit is longer than a test's.
  beforeAll(() => {
    engineOver(TRIBES);
  });

  it('counts a series beside a word of the question, or opening or closing its sentence', () => {
    const tribes = { count: null, head: 'tribe' };
    expect(enumerates('the tribes such as the Orrin, the Valka and the Sarn agreed', tribes)).toBe(
      true,
    );
    expect(enumerates('the Orrin, the Valka and the Sarn tribes agreed', tribes)).toBe(true);
    expect(enumerates('They are the Orrin, the Valka and the Sarn.', tribes)).toBe(true);
    expect(enumerates('The land was ceded by the Orrin, the Valka and the Sarn.', tribes)).toBe(
      true,
    );
    const skirting =
      'Why, in allowing Ashby, Corran, Mendle and Strood to form counties, did tribes';
    expect(enumerates(skirting, tribes)).toBe(false);
    // Beside another word of the question ("which tribes sent envoys?").
    const envoys = 'Envoys from the Orrin, the Valka and the Sarn have arrived.';
    expect(enumerates(envoys, tribes)).toBe(false);
    expect(enumerates(envoys, tribes, (term) => term === 'tribe' || term === 'envoy')).toBe(true);
  });

  it('keeps the passage naming the tribes above a series of other names', () => {
    const { engine } = engineOver(TRIBES);
    expect(engine.ask('Which tribes agreed to move west?').passages[0]?.quote).toContain(
      'Orrin and the Valka tribes',
    );
  });
});
