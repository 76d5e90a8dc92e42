/**
 * A print paper's page as text: its name, its tagline, the headline, a name and a date line
 * under it, a footer notice with an imprint or contact fields. Tiny invented pages; each rule
 * also has a page where it must not apply.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { copyrightHolder } from '../../src/corpus/copyright.js';
import { parseDateline } from '../../src/corpus/dates.js';
import { furnitureReason } from '../../src/corpus/furniture.js';
import { isMastheadTagline } from '../../src/corpus/masthead.js';

const BODY = [
  'The harbour board voted 6–3 on Tuesday to close the old fish market at Quay Street.',
  'Traders will move to the new hall by the end of May.',
];
const page = (...blocks: string[]) => blocks.join('\n\n');

describe('masthead taglines', () => {
  it.each([
    'Serving the Gull Coast since 1902 | Issue 4,118 | Price £1.20',
    'Est. 1902 · No. 48 · 90p',
    'Serving the Gull Coast since 1902',
    'Vol. 12 | Thursday, March 6, 2025 | $2.00',
  ])('reads %j as a tagline', (line) => {
    expect(isMastheadTagline(line)).toBe(true);
  });

  it.each([
    'Thursday, March 6, 2025',
    'Issue of the week | Harbour fees',
    'Fish market to close after 120 years',
    'Price of fish rises £1.50 in a year',
  ])('leaves %j alone', (line) => {
    expect(isMastheadTagline(line)).toBe(false);
  });

  it('never takes the tagline as the title; the masthead is corroborated by the footer notice', () => {
    const cleaned = cleanArticle(
      page(
        'THE GULL COAST WEEKLY',
        'Serving the Gull Coast since 1902  |  Issue 4,118  |  Price £1.20',
        'Fish market to close after 120 years',
        'Nadia Perrin\nThursday, March 6, 2025',
        ...BODY,
        '© The Gull Coast Weekly 2025. Printed and published by Coast Papers Ltd, 4 Quay Street, Gullhaven.',
      ),
    );
    expect(cleaned.headline).toBe('Fish market to close after 120 years');
    expect(cleaned.outlet).toBe('The Gull Coast Weekly');
    expect(cleaned.author).toBe('Nadia Perrin');
    expect(cleaned.dateline).toBe('2025-03-06');
    expect(cleaned.text).not.toContain('Issue 4,118');
    expect(cleaned.text).not.toContain('Nadia Perrin');
  });
});

describe('a bare name above the date line under the headline', () => {
  it('is not a byline as the first heading of the page (a title-case headline has its shape)', () => {
    const cleaned = cleanArticle(page('Harbour Bridge Reopens\nThursday, March 6, 2025', ...BODY));
    expect(cleaned.author).toBeNull();
    expect(cleaned.headline).toBe('Harbour Bridge Reopens');
  });

  it('is not a byline without a date line under it', () => {
    const cleaned = cleanArticle(
      page('Fish market to close after 120 years', 'Nadia Perrin\nQuay Street', ...BODY),
    );
    expect(cleaned.author).toBeNull();
  });
});

describe('copyright notices with more fields', () => {
  it('reads the holder before an imprint', () => {
    expect(copyrightHolder('© The Gull Coast Weekly 2025. Printed by Coast Papers Ltd.')).toBe(
      'The Gull Coast Weekly',
    );
  });

  it('reads a notice that opens a line of footer fields', () => {
    const line = '(c) Gull FM Ltd 2025 | Contact the newsroom: news@gullfm.example';
    expect(furnitureReason(line)).toBe('copyright notice');
    expect(copyrightHolder(line)).toBe('Gull FM Ltd');
  });

  it('leaves a list item with a bar in it alone', () => {
    expect(furnitureReason('(c) The board may sell the site | subject to consent.')).toBeNull();
  });
});

describe('date lines with their time', () => {
  it.each([
    ['6 November 2025, 07:10', '2025-11-06'],
    ['Thursday, March 6, 2025 at 6:02 p.m. EST', '2025-03-06'],
    ['2025-03-06 10.02 BST', '2025-03-06'],
  ])('reads %j', (line, date) => {
    expect(parseDateline(line)).toBe(date);
  });

  it.each(['6 November 2025, when the court sat', '6 November 2025 2025'])(
    'leaves %j alone',
    (line) => {
      expect(parseDateline(line)).toBeNull();
    },
  );

  it('takes a date line with its time near the top as the publication date', () => {
    const cleaned = cleanArticle(
      page(
        'Fish market to close',
        'By Nadia Perrin, Business Reporter\n6 November 2025, 07:10',
        ...BODY,
      ),
    );
    expect(cleaned.dateline).toBe('2025-11-06');
    expect(cleaned.dropped).toContainEqual({ line: '6 November 2025, 07:10', reason: 'dateline' });
  });
});
