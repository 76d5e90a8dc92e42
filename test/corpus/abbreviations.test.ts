import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/segment.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence boundaries after abbreviations', () => {
  it.each([
    'Maj. Gen. Oleg Belov led the exercise near the border, the ministry said.',
    'Adm. Igor Kasatonov commanded the fleet during the drills.',
    'Under Art. 5 of the treaty, an attack on one member is an attack on all.',
    'The Ph.D. student who filmed the convoy was detained for two days.',
    'Sgt. Maj. Ivan Orlov gave the order.',
    'Rev. Anna Kim led the service in the square.',
    'The results are shown in Fig. 3 of the report.',
    'Resolution No. 12 was adopted without a vote.',
    'Lt. Col. Mark Evans said the unit was ready.',
    'Prof. Lena Park and Dr. Alan Wu signed the letter.',
  ])('keeps %j as one sentence', (sentence) => {
    const text = `${sentence} The next sentence starts here.`;
    expect(sentencesOf(text)).toEqual([sentence, 'The next sentence starts here.']);
  });
});
