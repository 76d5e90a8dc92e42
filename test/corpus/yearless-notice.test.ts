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

  it('is a notice only where furniture stands, never as a lettered list’s item', () => {
    const list = [
      'The rules apply in:',
      '(a) England and Wales;\n(b) Scotland; and\n(c) Northern Ireland.',
    ];
    // The list's last item, at the foot of the page too, and as items of their own.
    for (const blocks of [
      [HEADLINE, ...BODY, ...list],
      [
        HEADLINE,
        ...BODY,
        list[0]!,
        '(a) England and Wales;',
        '(b) Scotland; and',
        '(c) Northern Ireland.',
      ],
      [HEADLINE, list[0]!, '(c) Northern Ireland.\n(d) the Isle of Man.', ...BODY],
    ]) {
      const cleaned = cleanArticle(page(...blocks));
      expect(cleaned.text).toContain('(c) Northern Ireland.');
      expect(cleaned.outlet).toBeNull();
    }
    // A notice at the foot, beside furniture, or naming the page's outlet is one.
    const footer = cleanArticle(page(HEADLINE, ...BODY, '(c) Northern Ireland.'));
    expect(footer.text).not.toContain('(c) Northern');
    const beside = cleanArticle(
      page(HEADLINE, ...BODY, 'Related: Fuel prices climb\n(c) Bramwick FM.', BODY[1]!),
    );
    expect(beside.dropped).toContainEqual({ line: '(c) Bramwick FM.', reason: 'copyright notice' });
    const named = cleanArticle(
      page(HEADLINE, 'By Ana Ruiz, Bramwick FM News', ...BODY, '(c) Bramwick FM.', BODY[1]!),
    );
    expect(named.text).not.toContain('(c) Bramwick');
    // Between two paragraphs with nothing of furniture about it, it stays text.
    const between = cleanArticle(page(HEADLINE, BODY[0]!, '(c) Northern Ireland.', BODY[1]!));
    expect(between.text).toContain('(c) Northern Ireland.');
  });
});
