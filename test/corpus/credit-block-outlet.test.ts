/**
 * A plain-text credit block at the top: the headline, then the outlet's name on a line of its
 * own beside the byline ("Radio Tarn News" / "By Ana Ruiz"). The name is the outlet, never a
 * part of the headline or a passage; a line there that is no outlet's name is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';

const HEADLINE = 'Kelder pool closed for foreseeable future';
const STORY = 'Kelder pool will stay closed after cracks were found in its floor, the trust said.';
const article = (...blocks: string[]) => blocks.join('\n\n');

describe('an outlet’s name beside the byline in the credit block', () => {
  it.each([
    [
      'above the byline',
      `${HEADLINE}\nRadio Tarn News\nBy Ana Ruiz\nPublished 5 March 2026, 07:40`,
    ],
    [
      'under the byline',
      `${HEADLINE}\nBy Ana Ruiz\nRadio Tarn News\nPublished 5 March 2026, 07:40`,
    ],
    ['in capitals', `${HEADLINE}\nKELDER EVENING POST\nBy Ana Ruiz\nPublished 5 March 2026`],
  ])('%s is the outlet, not glued to the headline', (_where, header) => {
    const cleaned = cleanArticle(article(header, STORY));
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.text).toBe(article(HEADLINE, STORY));
    expect(cleaned.author).toBe('Ana Ruiz');
    expect(cleaned.dateline).toBe('2026-03-05');
    expect(cleaned.outlet?.toLowerCase()).toMatch(/^(?:radio tarn news|kelder evening post)$/);
  });

  it.each([
    // A standfirst: a sentence, no outlet's name.
    'Cracks were found in the floor on Friday.',
    // Capitalised words ending in no news outlet's noun: a place, a label.
    'Kelder Leisure Centre',
  ])('leaves "%s" between the headline and the byline as no outlet', (line) => {
    const cleaned = cleanArticle(article(`${HEADLINE}\n${line}\nBy Ana Ruiz`, STORY));
    expect(cleaned.outlet).toBeNull();
    expect(cleaned.text).toContain(line);
  });

  it('sets a standfirst above the byline apart from the headline, never glued into it', () => {
    const standfirst = 'Cracks were found in the floor on Friday.';
    const cleaned = cleanArticle(article(`${HEADLINE}\n${standfirst}\nBy Ana Ruiz`, STORY));
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.text).toBe(article(HEADLINE, standfirst, STORY));
  });

  it('still joins a headline wrapped over two lines above the byline', () => {
    const cleaned = cleanArticle(
      article('Kelder pool closed for the\nforeseeable future\nBy Ana Ruiz', STORY),
    );
    expect(cleaned.headline).toBe('Kelder pool closed for the foreseeable future');
  });

  it('reads no outlet from a name away from a byline', () => {
    const cleaned = cleanArticle(article(`${HEADLINE}\nRadio Tarn News`, STORY));
    expect(cleaned.dropped.map(({ line }) => line)).not.toContain('Radio Tarn News');
  });
});
