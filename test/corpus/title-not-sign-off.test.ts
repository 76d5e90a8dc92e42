import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';

const PROSE = [
  'I have walked the Tarn towpath every morning for twenty years.',
  'The fencing above the weir was broken long before the flood.',
];

describe('a sign-off or a salutation is never the title', () => {
  it('reads a letter with a salutation and a sign-off as untitled', () => {
    const letter = ['Madam,', ...PROSE, 'Yours, a Tarnside walker'].join('\n\n');
    expect(cleanArticle(letter).headline).toBeNull();
  });

  it('never takes a line below the last sentence as the title', () => {
    const story = [...PROSE, 'Tarnside Walkers Association'].join('\n\n');
    expect(cleanArticle(story).headline).toBeNull();
  });

  it('still takes the heading above the text', () => {
    const story = ['Weir fencing to be replaced', ...PROSE, 'What happens next'].join('\n\n');
    expect(cleanArticle(story).headline).toBe('Weir fencing to be replaced');
  });
});
