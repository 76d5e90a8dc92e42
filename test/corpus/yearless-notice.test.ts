/**
 * A copyright notice with no year at the foot of a pasted page ("(c) Bramwick FM." or with the
 * station's promotion run on after it): it names the holder as a dated notice does, so it is
 * dropped and states the outlet; a masthead under the headline that extends the holder with a
 * news noun ("Bramwick FM News") is the publication. Tiny invented pages; each rule also has a
 * line where it must not apply.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { copyrightHolder, noticeSentence } from '../../src/corpus/copyright.js';
import { furnitureReason } from '../../src/corpus/furniture.js';

const HEADLINE = 'Ferry fares to rise in the spring';
const BODY = [
  'Ferry fares between Bramwick and the island will rise by 6 per cent in April, the operator said.',
  'The operator blamed the cost of fuel.',
];
const page = (...blocks: string[]) => blocks.join('\n\n');

describe('a copyright notice with no year', () => {
  it.each([
    ['(c) Bramwick FM.', 'Bramwick FM'],
    ['(c) Bramwick FM', 'Bramwick FM'],
    ['(C) Bramwick FM. Listen on 101.2 FM and DAB.', 'Bramwick FM'],
    ['(c) Bramwick FM. All rights reserved.', 'Bramwick FM'],
    ['© Bramwick FM. Listen Live.', 'Bramwick FM'],
  ])('reads %j as a notice naming %j', (line, holder) => {
    expect(furnitureReason(line, { standalone: true })).toBe('copyright notice');
    expect(copyrightHolder(line)).toBe(holder);
  });

  it.each([
    // A list item: a clause, no name alone.
    '(c) The operator may, with the consent of the board, raise the fares.',
    '(c) the operator raises the fares',
    // A name, then prose: no footer.
    '(c) Bramwick FM. The operator said the fares would rise.',
  ])('keeps %j as text', (line) => {
    expect(furnitureReason(line, { standalone: true })).toBeNull();
  });

  it('ends the notice at a sentence, not at an abbreviation or an initial', () => {
    expect(noticeSentence('(c) Bramwick FM. Listen on 101.2 FM.')).toEqual({
      notice: '(c) Bramwick FM.',
      rest: 'Listen on 101.2 FM.',
    });
    expect(noticeSentence('(c) St. Albans Review 2025')).toBeNull();
    expect(noticeSentence('(c) J. Ruiz 2025')).toBeNull();
    expect(copyrightHolder('(c) St. Albans Review 2025')).toBe('St. Albans Review');
  });

  it('states the outlet at the foot of the page and leaves the line out of the text', () => {
    const footer = '(c) Bramwick FM. Listen on 101.2 FM and DAB.';
    const cleaned = cleanArticle(page(HEADLINE, ...BODY, footer));
    expect(cleaned.outlet).toBe('Bramwick FM');
    expect(cleaned.text).not.toContain('101.2');
    expect(cleaned.dropped).toContainEqual({ line: footer, reason: 'copyright notice' });
  });

  it('takes the masthead under the headline that extends the holder with a news noun', () => {
    const cleaned = cleanArticle(
      page(HEADLINE, 'Bramwick FM News\n3 March 2025, 09:10 GMT', ...BODY, '(c) Bramwick FM.'),
    );
    expect(cleaned.outlet).toBe('Bramwick FM News');
    expect(cleaned.headline).toBe(HEADLINE);
    expect(cleaned.dateline).toBe('2025-03-03');
    expect(cleaned.text).not.toContain('Bramwick FM News');
  });

  it('states no outlet when prose follows the notice', () => {
    const cleaned = cleanArticle(page(HEADLINE, '(c) Bramwick FM.', ...BODY));
    expect(cleaned.outlet).toBeNull();
  });
});
